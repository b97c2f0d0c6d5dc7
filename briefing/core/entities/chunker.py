"""Capitalised-phrase chunking with context: runs of capitalised units -> typed spans.

For a body block, a run of capitalised words is matched against the gazetteer
(longest match first), an organisation/place/event head word ("... Ministry",
"Bank of ...", "... Sea", "... Summit") claims the phrase around it, and what is
left is a name guessed from context: a title or role before it ("Premier",
"former diplomat"), "said" after it, a given name or an East Asian family name
first, "in" before it. Headlines (title, dek, heading blocks) get gazetteer hits
only; their other capitalised words wait for the article-level pass, which
knows the people the body named.
"""

from __future__ import annotations

from .gazetteer import CALENDAR, HEADLINE_AMBIGUOUS, TITLE, Entry, Gazetteer
from .guess import BlockResult, Guesser
from .heads import HeadRules
from .offices import OfficeRules
from .people import HONORIFICS, PEERAGE, PersonRules
from .rules import (
    ACRONYM,
    CONNECTORS,
    INITIALS,
)
from .runs import _mostly_upper, _runs
from .tokens import Unit

# Words that place a region inside a known place ("Rural France", "Inner London", "Deep South").
POSITION_WORDS = frozenset(
    "North South East West Northern Southern Eastern Western Inner Outer Upper Lower Middle Far Deep "
    "Downtown Rural Coastal Metropolitan Mainland Central Greater".split()
)


class Chunker(PersonRules, HeadRules, OfficeRules):
    """Runs the rules for one gazetteer; build once, call :meth:`block` per block."""

    def __init__(self, gaz: Gazetteer) -> None:
        super().__init__(gaz)
        self.keep = frozenset(CONNECTORS | gaz.particles | {"in", "near", "at", "a", "an", "the"})
        self.guess = Guesser(gaz)
        self.kin_before = self.guess.kin_before

    # --- one block ----------------------------------------------------------------------
    def block(self, text: str, base: int, units: list[Unit], headline: bool) -> BlockResult:
        result = BlockResult()
        caps = headline and _mostly_upper(text)
        for start, end in _runs(units, caps):
            run = units[start:end]
            prev = units[start - 1] if start > 0 else None
            before = text[: run[0].start - base]
            after = text[run[-1].end - base :]
            if headline:
                self._headline(run, caps, result)
            else:
                self._body(run, prev, before, after, result)
        return result

    def _headline(self, run: list[Unit], caps: bool, result: BlockResult) -> None:
        i = 0
        pending: list[Unit] = []
        while i < len(run):
            u = run[i]
            found = self.longest(run, i, caps)
            if found and found[0] == i + 1 and u.text in HEADLINE_AMBIGUOUS:
                found = None  # "Labour Shortages Hit Farms": an ordinary word in a headline
            if found and found[0] == i + 1 and self._surname_after_given(pending, u, found[1]):
                found = None  # "Why Michelle Rodriguez Quit": a family name that is a city too
            if found and found[1].type not in (TITLE, CALENDAR):
                j, entry, end = found
                if pending:
                    result.pending.append(pending)
                    pending = []
                result.mentions.append((u.start, end, entry.type, entry.canonical))
                i = j
                continue
            if found and found[1].type == TITLE:
                if pending:
                    result.pending.append(pending)
                    pending = []
                i = found[0]
                continue
            if u.cap or (caps and u.text.isupper()):
                pending.append(u)
                if u.poss:
                    result.pending.append(pending)
                    pending = []
            elif pending:
                result.pending.append(pending)
                pending = []
            i += 1
        if pending:
            result.pending.append(pending)

    def _surname_after_given(self, pending: list[Unit], u: Unit, entry: Entry) -> bool:
        """A one-word place right after a given name in a headline that is a family name too."""
        gaz = self.gaz
        return (
            entry.type in ("GPE", "LOC")
            and bool(pending)
            and pending[-1].text in gaz.given_names
            and not pending[-1].poss
            and u.text in gaz.family_names
        )

    def _body(self, run: list[Unit], prev: Unit | None, before: str, after: str, result: BlockResult) -> None:
        seat = self._member_for(run)
        if seat:  # "Labour MP for Tarrow North"
            self._body(run[: seat - 1], prev, before, "", result)
            result.mentions.append(
                (run[seat].start, run[-1].end, "GPE", " ".join(u.text for u in run[seat:]))
            )
            return
        if self._seat(run, before, after):  # "constituency of Hove and Portslade"
            result.mentions.append((run[0].start, run[-1].end, "GPE", " ".join(u.text for u in run)))
            return
        if self._kin_apposition(before, after, run):
            self._emit_person(run, result)  # "his sister, Charlotte, said": no city
            return
        whole = self.longest(run, 0)
        if whole and whole[0] == len(run) and whole[1].type not in (TITLE, CALENDAR):
            result.mentions.append((run[0].start, whole[2], whole[1].type, whole[1].canonical))
            return
        k = 1 if run[0].text == "The" else 0  # "The UK Parliament" opening a sentence
        if body := self.country_body(run[k:]):  # "US Congress", "the U.S. SEC": the country, the body
            n, country, rest, end = body
            result.mentions.append((run[k].start, run[k + n - 1].end, "GPE", country.canonical))
            result.mentions.append((run[k + n].start, end, "ORG", rest.canonical))
            return
        head = self._head_span(run)
        if head:
            left, right, kind = head
            last = run[right - 1]
            text = " ".join(
                u.raw if u.poss and k < right - 1 else u.text for k, u in enumerate(run[left:right], left)
            )
            if left:
                self._body(run[:left], prev, before, "", result)
            result.mentions.append((run[left].start, last.end, kind, text))
            if right < len(run):
                self._segment(run[right:], run[right - 1], "", after, result)
            return
        self._segment(run, prev, before, after, result)

    def _segment(
        self, seg: list[Unit], prev: Unit | None, before: str, after: str, result: BlockResult
    ) -> None:
        """Type one run of prose, left to right: demonym compounds, given names, known names and
        titles, sentence roles, then the unknown phrases between them."""
        gaz = self.gaz
        titled = bool(before) and self.guess.titled(before)
        after_common = False  # the run began with a sentence-initial "We", "The"...: title-case text
        prev_word = prev.text.lower() if prev is not None and not prev.cap and seg[0].space_before else ""
        i = 0
        n = len(seg)
        while i < n:
            u = seg[i]
            if not u.cap:
                titled = False  # "Secretary of State for the Family": a title's domain, no name
                i += 1
                continue
            if u.norp_compound:
                result.mentions.append((u.start, u.end, "NORP", u.text))
                titled = False
                i += 1
                continue
            if u.parts and gaz.phrases.get(u.text) is None and self._known_parts(u):
                for s, e, t in u.parts:
                    entry = gaz.phrases.get(t)
                    if entry and entry.type not in (TITLE, CALENDAR):
                        result.mentions.append((s, e, entry.type, entry.canonical))
                i += 1
                continue
            club = self._club_prefix(seg, i)
            if club:  # "Real Madrid"
                result.mentions.append((u.start, seg[club - 1].end, "ORG", f"{u.text} {seg[i + 1].text}"))
                i = club
                continue
            office = self._portfolio(seg, i)
            if office:  # "Transport Secretary": the office's portfolio, no name
                i = office
                continue
            name_end = self._given_name(seg, i)
            if name_end:
                self._emit_person(seg[i:name_end], result)
                titled = False
                i = name_end
                continue
            hit = self._lookup(seg, i, titled, result)
            if hit is not None:
                i, titled = hit
                continue
            if self._sentence_role(seg, i):
                titled = True
                i += 1
                continue
            if u.text in gaz.modifiers or (u.sent_start and u.text in gaz.common):
                after_common = u.sent_start and u.text in gaz.common and u.text not in gaz.modifiers
                i += 1
                continue
            before_word = prev_word if i == 0 else (seg[i - 1].text.lower() if not seg[i - 1].cap else "")
            i = self._unknown(seg, i, titled, after_common, before_word, (before, after), result)
            titled = False
            after_common = False

    def _kin_apposition(self, before: str, after: str, seg: list[Unit]) -> bool:
        """Whether a one-word name stands between a kin noun's comma and another comma."""
        name = seg[0].text
        if (
            len(seg) > 1
            or seg[0].poss
            or not before
            or (name not in self.gaz.given_names and name not in self.gaz.place_given)
        ):
            return False
        return after.startswith(",") and bool(self.kin_before.search(before[-30:]))

    def _lookup(self, seg: list[Unit], i: int, titled: bool, result: BlockResult) -> tuple[int, bool] | None:
        """A known name (or a title) starting at ``seg[i]``: the index after it and whether a title
        now stands before the next words; None when the gazetteer knows nothing there."""
        u = seg[i]
        found = self.longest(seg, i)
        if self._honorific_title(seg, i, found):
            self._emit_person([u], result)
            return i + 1, False
        if (
            found
            and titled
            and found[0] == i + 1
            and found[1].type in ("GPE", "LOC", "NORP")
            and not u.poss
            and i + 1 < len(seg)
            and seg[i + 1].cap
            and self.longest(seg, i + 1) is None
        ):
            found = None  # "Rep. Alexandria Ocasio-Cortez": after a title it is a first name
        if found and found[0] == i + 1 and self._place_named_person(seg, i):
            self._emit_person(seg[i : i + 2], result)  # "Paris Hilton", "Jordan Henderson"
            return i + 2, False
        seat = self._seat_member(seg, i, found[0]) if found and found[1].type in ("GPE", "LOC") else 0
        if found and found[1].type == "GPE" and not seat:
            seat = self._compass(seg, i, found[0])  # "Edinburgh South"
        if (
            found
            and found[1].type in ("GPE", "LOC", "ORG", "NORP")
            and found[0] == i + 1
            and i
            and (seg[i - 1].text in HONORIFICS or seg[i - 1].text in PEERAGE)
            and (found[0] >= len(seg) or not seg[found[0]].cap)
        ):
            self._emit_person([u], result)  # "Mr Houston", "Baroness Kennedy", "Mr Islam": a surname
            return i + 1, False
        if seat:  # "the Glasgow Kelvin MP"
            result.mentions.append((u.start, seg[seat - 1].end, "GPE", " ".join(w.text for w in seg[i:seat])))
            return seat, False
        if found and found[1].type == "GPE" and not seg[found[0] - 1].poss:
            k = self._org_tail(seg, found[0])
            if k:  # "Oxford Economics", "Texas Instruments": a place name starting a name
                text = " ".join(w.text for w in seg[i:k])
                result.mentions.append((u.start, seg[k - 1].end, "ORG", text))
                return k, False
        if found:
            return found[0], self._known(u, found, i, titled, result)
        return None

    def _unknown(
        self,
        seg: list[Unit],
        i: int,
        titled: bool,
        title_case: bool,
        before_word: str,
        around: tuple[str, str],
        result: BlockResult,
    ) -> int:
        """Guess the type of the unknown phrase starting at ``seg[i]``; return the index after it."""
        before, after = around
        j = self._unknown_end(seg, i)
        chunk = seg[i:j]
        if seg[j - 1].text in self.gaz.particles:
            chunk = chunk[:-1]
        self.guess.classify(
            chunk,
            titled,
            before_word,
            after if j >= len(seg) else "",
            result,
            title_case=title_case,
            before=before if i == 0 else "",
        )
        return j

    def _known(
        self, u: Unit, found: tuple[int, Entry, int], i: int, titled: bool, result: BlockResult
    ) -> bool:
        """Emit a gazetteer hit; return whether a title now stands before the next words."""
        j, entry, end = found
        if entry.type == TITLE:
            return True
        if entry.type == CALENDAR and u.text in self.gaz.months and j == i + 1:
            result.pending.append([u])  # no date here: maybe the article's "Theresa May"
        elif entry.type != CALENDAR:
            result.mentions.append((u.start, end, entry.type, entry.canonical))
            return False
        return titled

    def _unknown_end(self, seg: list[Unit], i: int) -> int:
        """End of the unknown capitalised phrase starting at seg[i] (before the next known name)."""
        gaz = self.gaz
        j = i + 1
        if seg[i].poss:
            return j
        while j < len(seg):
            w = seg[j]
            if not w.cap:
                if self._particles_to_cap(seg, j):
                    j = self._particles_to_cap(seg, j)
                    continue
                if w.text == "&" and j + 1 < len(seg) and seg[j + 1].cap and not seg[j + 1].sent_start:
                    j += 2  # "Ogilvy & Mather"
                    continue
                break
            hit = self.longest(seg, j)
            if hit is not None and self._place_inside(seg, i, j, hit):
                j += 1  # "Little Britain": a known place ending a longer name stays in it
                break
            if hit is not None or w.norp_compound or self._known_parts(w):
                break
            if (w.text in gaz.given_names or INITIALS.match(w.text)) and self._given_name(seg, j):
                break  # "Administrator Bill Nelson", "Guard T.J. Ford": the name starts there
            j += 1
            if w.poss:
                break
        return j

    def _place_inside(self, seg: list[Unit], i: int, j: int, found: tuple[int, Entry, int]) -> bool:
        """A known one-word place that ends a run after capitalised dictionary words inside a
        sentence ("the comedy Little Britain", "Sport England"): part of that longer name, not a
        place of its own. Not after a compass or position word ("Rural France", "Inner London"),
        nor after words that commonly start a phrase ("New", "Central", "Greater")."""
        gaz = self.gaz
        if seg[i].sent_start or (j + 1 < len(seg) and seg[j + 1].cap):
            return False
        if found[0] != j + 1 or found[1].type not in ("GPE", "LOC"):
            return False
        words = [u.text for u in seg[i:j]]
        return all(
            u.cap and not u.poss and u.text in gaz.english and u.text not in gaz.common for u in seg[i:j]
        ) and not any(x in POSITION_WORDS or x in gaz.given_names or x in gaz.modifiers for x in words)

    def _place_named_person(self, seg: list[Unit], i: int) -> bool:
        """A place that is a given name too before one family name, or one unknown word that is
        no dictionary word nor plural, and nothing capitalised after: a person ("Florence Welch";
        "Texas Instruments", "Washington Post", "Denver Broncos" stay)."""
        gaz = self.gaz
        if seg[i].text not in gaz.place_given or seg[i].poss or i + 1 >= len(seg):
            return False
        tail = seg[i + 1]
        if not tail.cap or tail.sent_start or tail.parts or not tail.text[1:].islower():
            return False
        if i + 2 < len(seg) and seg[i + 2].cap and seg[i + 2].start - tail.raw_end <= 1:
            return False
        word = tail.text
        if word in gaz.family_names:
            return True
        return not (word.endswith("s") or word in gaz.english or word in gaz.common or word in gaz.phrases)

    def _org_tail(self, seg: list[Unit], j: int) -> int:
        """End of up to two unknown capitalised words after a place name, else 0."""
        gaz = self.gaz
        k = j
        while k < len(seg) and k - j < 2:
            w = seg[k]
            if w.text == "A&M" and k == j:  # "Texas A&M", "Florida A&M": a university
                return k + 1
            if (
                not w.cap
                or w.sent_start
                or w.text in gaz.common
                or w.text in gaz.given_names
                or w.norp_compound
                or w.parts
                or ACRONYM.match(w.text)
                or self.longest(seg, k) is not None
            ):
                break
            k += 1
            if w.poss:
                break
        return k if k > j else 0

    def _known_parts(self, u: Unit) -> bool:
        """A compound of capitalised parts at least one of which is a known name ("Canada-China")."""
        if not u.parts or self.gaz.phrases.get(u.text) is not None:
            return False
        for _s, _e, t in u.parts:
            entry = self.gaz.phrases.get(t.replace("’", "'").removesuffix("'s"))
            if entry and entry.type not in (TITLE, CALENDAR):
                return True
        return False
