"""Head-word phrases of the chunker: an organisation, place or event word claims the name around it.

"Bank of England", "Imperial College London", "Relief and Works Agency", "Farmers' Union":
a head word ("Bank", "College", "Agency", "Union"; see :data:`.rules.HEADS`) at the end of a
capitalised run, or before "of/on/for" and more capitalised words, types the phrase it ends.
Words before the head join it (titles too: "Premier League"); "and" joins two conjuncts only
when the first is made of ordinary words ("Food and Drug Administration", not "Wistron and
Global Lighting Technologies", two companies). A head right before a title ends the name
("the Campaign Committee Chair Jane Doe").
"""

from __future__ import annotations

import re

from .gazetteer import CALENDAR, TITLE
from .guess import group_possessive
from .lookup import PhraseLookup
from .rules import CLUB_HEADS, FUNCTION_WORDS, HEAD_LINKS, HEADS, MEDIA_HEADS
from .tokens import Unit

# Derived English nouns and adjectives ("Atmospheric", "Telecommunications", "Environmental").
REMIT_WORD = re.compile(r"^[A-Z][a-z]{3,}(?:ic|ical|al|ions?|ments?|ities|ity|ology|ics|ive|ary|ance|ence)$")
_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)?")
# Heads that make a name only after at least one other capitalised word.
WEAK_HEADS = {"Energy", "Capital", "Open", "Week", "Media", "Press"}
# Words that start a club's name before a town's or another name ("Real Madrid", "Inter Milan").
CLUB_PREFIXES = {
    "Real", "Inter", "Sporting", "Racing", "Athletic", "Atletico", "Atlético", "Dynamo", "Dinamo",
    "Olympique", "Borussia", "Deportivo", "Lokomotiv", "Spartak", "Steaua", "Eintracht", "Werder",
}  # fmt: skip
# Place heads that after a town's name make its football club.
CLUB_TOWN_HEADS = {"City", "Town"}


class HeadRules(PhraseLookup):
    """Head-word rules over a run of capitalised units (mixed into the chunker)."""

    def head_of(self, u: Unit) -> str | None:
        """The type a head word gives ("Agency" -> ORG); a hyphenated unit by its last part
        ("Review-Journal")."""
        if not u.cap:
            return None
        kind = HEADS.get(u.text)
        if kind is None and "-" in u.text and u.text[-1:].isalpha():
            last = u.text.rsplit("-", 1)[1]
            kind = HEADS.get(last) if last[:1].isupper() else None
        return kind

    def _head_span(self, run: list[Unit]) -> tuple[int, int, str] | None:
        for h in range(len(run) - 1, -1, -1):
            u = run[h]
            kind = self.head_of(u)
            if not kind:
                continue
            right = self._head_right(run, h)
            if right is None:
                continue
            left = self._head_left(run, h, kind)
            if right - left < 2:
                continue
            if u.text in WEAK_HEADS and h - left < 1:
                continue
            if left == 0 and run[0].sent_start and right - left == 2 and run[0].text in self.gaz.common:
                continue
            if u.text == "Games" and left < h and not any(self._known_word(w.text) for w in run[left:h]):
                kind = "ORG"  # "Rockstar Games" the studio; "Olympic Games", "Commonwealth Games" events
            if (
                u.text in CLUB_TOWN_HEADS
                and h - left == 1
                and right == h + 1
                and self._town_club(run[left:right])
            ):
                kind = "ORG"  # "Leicester City", "Ipswich Town": a town's club ("Mexico City" is known)
            return left, right, kind
        return None

    def _club_prefix(self, seg: list[Unit], i: int) -> int:
        """End of a club named by a prefix and a known place or a word no list knows ("Real
        Madrid", "Sporting Lisbon", "Real Sociedad"; not "Real Estate"), else 0."""
        if seg[i].text not in CLUB_PREFIXES or seg[i].poss or i + 1 >= len(seg):
            return 0
        nxt = seg[i + 1]
        if not nxt.cap or nxt.parts or nxt.text[1:].isupper():
            return 0
        entry = self.gaz.phrases.get(nxt.text)
        known_place = entry is not None and entry.type == "GPE" and entry.canonical not in self.gaz.countries
        unknown = entry is None and nxt.text not in self.gaz.english and nxt.text not in self.gaz.common
        return i + 2 if known_place or unknown else 0

    def _town_club(self, words: list[Unit]) -> bool:
        """A known town (no country, no region) and "City"/"Town" that no list knows as a place."""
        gaz = self.gaz
        name = " ".join(w.text for w in words)
        town = gaz.phrases.get(words[0].text)
        return (
            town is not None
            and town.type == "GPE"
            and town.canonical not in gaz.countries
            and town.canonical not in gaz.regions
            and gaz.phrases.get(name) is None
            and name not in gaz.minor_places
        )

    def _starts_title(self, run: list[Unit], k: int) -> bool:
        found = self.longest(run, k) if k < len(run) else None
        return found is not None and found[1].type == TITLE

    def _head_right(self, run: list[Unit], h: int) -> int | None:
        """Where the name a head at ``run[h]`` ends, or None when the head is no name's end."""
        u = run[h]
        right = h + 1
        if right + 1 == len(run) and run[right].cap and not u.poss:
            entry = self.gaz.phrases.get(run[right].text)
            if entry is not None and entry.type == "GPE":
                return right + 1  # "Imperial College London"
        if right < len(run) and run[right].cap and not u.poss:
            if u.text in WEAK_HEADS or not self._starts_title(run, right):
                return None  # "Energy Minister", "Bank Holiday": the head is not the phrase's end
        if right + 1 < len(run) and run[right].text in HEAD_LINKS and u.poss:
            return None
        if not u.poss and right + 1 < len(run) and run[right].text in HEAD_LINKS and u.text not in CLUB_HEADS:
            k = right + 1
            if k < len(run) and run[k].text == "the":
                k += 1
            end = k
            while end < len(run) and (
                run[end].cap or (run[end].text in ("and", "&") and end + 1 < len(run) and run[end + 1].cap)
            ):
                if end > k and self._starts_title(run, end) and self._person_after(run, end):
                    break  # "Federation of Government Employees President Jo Doe": the title ends it
                if run[end].poss:
                    end += 1
                    break
                end += 1
            if end > k and run[end - 1].cap and not self._on_place(run, right, k, end):
                right = end
        return right

    def _on_place(self, run: list[Unit], link: int, k: int, end: int) -> bool:
        """Whether a body's name meets a place after "on": what it discussed ("a meeting of the
        Security Council on Kashmir"), not its name's end (as "Council on Foreign Relations" is)."""
        if run[link].text != "on":
            return False
        found = self.longest(run, k)
        return found is not None and found[0] == end and found[1].type in ("GPE", "LOC")

    def _person_after(self, run: list[Unit], i: int) -> bool:
        """Whether a given name or an initial follows the title at ``run[i]`` (a person's name, not
        the rest of a body's: "Office of the Inspector General", "Court of Human Justice")."""
        given = self.gaz.given_names
        return any(u.text in given or _INITIAL.fullmatch(u.text) for u in run[i + 1 : i + 4])

    def _head_left(self, run: list[Unit], h: int, kind: str) -> int:
        """Where the name a head at ``run[h]`` starts."""
        u = run[h]
        left = h
        crossed = 0  # the index after an "and" the name reached over, to undo it
        while left > 0:
            p = run[left - 1]
            if self._joins(run, left):
                left -= 1  # "Relief and Works Agency", "Procter & Gamble"
                if p.text == "and" and not self._couple(run, left + 1):
                    crossed = left + 1
                continue
            if p.poss and kind == "ORG" and group_possessive(p, self.gaz) and left >= 1:
                left -= 1  # "Farmers' Union", "People's Liberation Army"
                continue
            if not p.cap or p.poss or p.text in FUNCTION_WORDS or p.text in self.gaz.modifiers:
                break
            entry = self.gaz.phrases.get(p.text)
            if (
                entry
                and entry.type == CALENDAR
                and (u.text not in MEDIA_HEADS or p.text not in self.gaz.weekdays)
            ):
                break
            if crossed and not self._ordinary(p.text):
                place = self._place_or_group(p.text) if left == 1 or run[left - 2].text == "The" else None
                if place:  # "Iraqi Telecommunications and Post Company", "U.S." + "Securities and ..."
                    return left - 1 if place == "NORP" else left
                return crossed  # "Ceres Robotics and Tyvak Systems Inc": two names
            left -= 1  # titles too: "Premier League", "Presidential Palace"
        return left

    def _joins(self, run: list[Unit], left: int) -> bool:
        """Whether the "and"/"&" at ``run[left - 1]`` joins the words before it into the name."""
        p = run[left - 1]
        if p.text not in ("and", "&") or left < 2:
            return False
        first = run[left - 2]
        if (left >= 4 and run[left - 3].text == "&") or not first.cap or first.poss:
            return False
        if first.text in HEADS or self._ends_known(run, left - 2):
            return False
        if self._couple(run, left):
            return True
        return p.text == "&" or self._ordinary(first.text)  # "Food and Drug", not "Wistron and"

    def _couple(self, run: list[Unit], left: int) -> bool:
        """Two given names joined by the "and" at ``run[left - 1]``, the first opening the run:
        a couple's names before their family name ("Gordon and Betty Moore Foundation")."""
        given = self.gaz.given_names
        return left == 2 and run[0].text in given and run[2].text in given and run[1].text == "and"

    def _ordinary(self, word: str) -> bool:
        """A dictionary word, or one shaped like an English noun or adjective of a body's
        remit ("Oceanographic", "Telecommunications"): no company's own name."""
        return word in self.gaz.english or word in self.gaz.common or bool(REMIT_WORD.search(word))

    def _known_word(self, word: str) -> bool:
        """A dictionary word, a derived adjective ("Olympic") or a known name."""
        return self._ordinary(word) or self.gaz.phrases.get(word) is not None

    def _place_or_group(self, word: str) -> str | None:
        """ "GPE" or "NORP" for a known country or demonym, else None."""
        entry = self.gaz.phrases.get(word)
        return entry.type if entry is not None and entry.type in ("GPE", "NORP") else None

    def _ends_known(self, run: list[Unit], idx: int) -> bool:
        """Whether a gazetteer phrase ends at run[idx] ("Amnesty International")."""
        for k in range(max(0, idx - self.gaz.max_tokens + 1), idx + 1):
            found = self.longest(run, k)
            if found and found[0] == idx + 1:
                return True
        return False
