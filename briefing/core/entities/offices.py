"""Offices and seats of the chunker: the words of an office's title and a member's seat.

- "Transport Secretary Jane Doe", "Work and Pensions Secretary", "Economy and Labour Minister":
  ordinary words right before an office's title are its portfolio, part of the title, never a
  person nor a party ("Labour Minister" alone keeps its party);
- "constituency of Hove and Portslade", "the MP for Ealing North", "the Hartlepool by-election",
  "St Anne's and Eastfield ward": the whole capitalised run a seat's cue names is one place,
  "and" inside included;
- "the Glasgow Kelvin MP": a known place and the words after it up to a member's title are
  the seat; "MP for X" inside one capitalised run ("Labour MP for X") names the seat too;
- "Edinburgh South", "Exeter North East": a known town and compass words are one place (a
  seat, a district).
"""

from __future__ import annotations

import re

from .gazetteer import TITLE, Entry
from .lookup import PhraseLookup
from .tokens import Unit

# The last word of the titles a portfolio can stand before.
OFFICE_HEADS = {
    "Secretary", "Minister", "Spokesman", "Spokeswoman", "Spokesperson", "Commissioner", "Chancellor",
    "Attorney", "Envoy", "Czar", "Tsar",
}  # fmt: skip
MEMBER_TITLES = {"MP", "MSP", "MEP", "AM", "MLA", "TD"}
SEAT_BEFORE = re.compile(
    r"(?:\b(?:constituency|seat|ward|riding)\s+of|\b(?:MP|MSP|MEP|AM|MLA|MPs|MSPs|MEPs|member|members|candidate|candidates)\s+for)\s+$"
)
SEAT_AFTER = re.compile(r"\s+(?:constituency|ward|seat|by-election|by-elections)\b")
COMPASS = {"North", "South", "East", "West", "Central"}
_JOINS = {"and", "&"}


# The class heads of bodies that a country's name makes a national one of its own.
NATIONAL_HEADS = frozenset(
    "Party Association Federation Union League Council Society Institute Club Confederation Front "
    "Movement Alliance Organisation Organization Bank Company Corporation Airlines Airways Group "
    "Committee Foundation Trust".split()
)


class OfficeRules(PhraseLookup):
    """Office-title and seat rules over capitalised units (mixed into the chunker)."""

    def _portfolio(self, seg: list[Unit], i: int) -> int:
        """Index of the office title that ordinary words from ``seg[i]`` lead to ("Transport
        Secretary", "Work and Pensions Secretary"), else 0. The first word must be no known name
        ("Labour Minister" keeps the party); after "and" a known one may follow."""
        gaz = self.gaz
        first = seg[i]
        if (
            not any(u.text in OFFICE_HEADS for u in seg[i + 1 : i + 6])
            or gaz.phrases.get(first.text) is not None
        ):
            return 0
        j = i
        while j < len(seg) and j - i < 5:
            w = seg[j]
            if j > i and w.text in _JOINS and seg[j - 1].cap:
                j += 1
                continue
            ordinary = w.text in gaz.english or w.text in gaz.common
            if not w.cap or w.poss or w.parts or not (ordinary or seg[j - 1].text in _JOINS):
                return 0
            j += 1
            if j >= len(seg):
                return 0
            found = self.longest(seg, j)
            if found and found[1].type == TITLE and seg[found[0] - 1].text in OFFICE_HEADS:
                return j
            if found:
                return 0
        return 0

    def country_body(self, run: list[Unit]) -> tuple[int, Entry, Entry, int] | None:
        """(units of the country's name, the country, the body, the body's end) for a known body
        after a country's name or abbreviation that fills the rest of the run ("US Congress", "UK
        Parliament", "United States Securities and Exchange Commission"), else None; not a body
        whose name a country's makes its own by a class head ("Zimbabwe Football Association",
        "Kurdistan Democratic Party")."""
        if len(run) < 2 or run[0].poss:
            return None
        n, entry = 1, self.gaz.phrases.get(run[0].text)
        if entry is None:  # a country of two words or more ("United States")
            found = self.longest(run, 0)
            n, entry = (found[0], found[1]) if found else (1, None)
        if entry is None or entry.type != "GPE" or entry.canonical not in self.gaz.countries:
            return None
        if n >= len(run) or run[n - 1].poss:
            return None
        rest = self.longest(run, n)
        if rest is None or rest[0] != len(run) or rest[1].type != "ORG" or run[-1].text in NATIONAL_HEADS:
            return None
        return n, entry, rest[1], rest[2]

    def _seat(self, run: list[Unit], before: str, after: str) -> bool:
        """A whole run of capitalised words (and "and") that a seat's cue names ("constituency of
        X and Y", "X ward", "MP for X")."""
        if not (SEAT_BEFORE.search(before[-30:]) or SEAT_AFTER.match(after)):
            return False
        if any(not u.cap and u.text not in _JOINS for u in run) or run[-1].poss and len(run) == 1:
            return False
        whole = self.longest(run, 0)
        if whole and whole[0] == len(run) and whole[1].type not in ("GPE", "LOC", TITLE):
            return False  # "the MP for Labour"? a known organisation stays one
        if self.country_body(run):
            return False  # "a U.S. Senate seat": a country's body
        return not all(u.text in self.gaz.common or u.text in _JOINS for u in run)

    def _seat_member(self, seg: list[Unit], i: int, j: int) -> int:
        """End of a seat: a known place ``seg[i:j]``, up to two capitalised words after it, then a
        member's title ("the Glasgow Kelvin MP"); else 0."""
        k = j
        while k < len(seg) and k - j < 2 and seg[k].cap and not seg[k].poss:
            if seg[k].text in MEMBER_TITLES:
                break
            k += 1
        if k == j or k >= len(seg) or seg[k].text not in MEMBER_TITLES or seg[k - 1].poss:
            return 0
        return k

    def _member_for(self, run: list[Unit]) -> int:
        """Index where a seat starts after a member's title and "for" inside one run ("Labour MP
        for Tarrow North"), else 0."""
        for k in range(len(run) - 2):
            if (
                run[k].text in MEMBER_TITLES and run[k + 1].text == "for" and run[k + 2].cap
            ):  # rare: cheap test first
                whole = self.longest(run, k + 2)
                if whole and whole[0] == len(run) and whole[1].type not in ("GPE", "LOC"):
                    return 0
                return k + 2
        return 0

    def _compass(self, seg: list[Unit], i: int, j: int) -> int:
        """End of a known town ``seg[i:j]`` and one or two compass words after it ("Edinburgh
        South"), with nothing capitalised after them; else 0."""
        entry = self.gaz.phrases.get(" ".join(u.text for u in seg[i:j]))
        if entry is None or entry.canonical in self.gaz.countries or entry.canonical in self.gaz.regions:
            return 0
        k = j
        while k < len(seg) and k - j < 2 and seg[k].text in COMPASS and not seg[k - 1].poss:
            k += 1
        if k == j or (k < len(seg) and seg[k].cap) or self.longest(seg, j) is not None:
            return 0
        return k
