"""Rows of one table share their type: a column of players' names is all people.

A statistics table or a roster written as text gives one name a row, then the same figures:
"Jo Doe - 60 snaps (100%)", "1. Jo Doe, RB, Panthers", "Jo Doe 12 pts". Rows are grouped by
their shape (the text after the row's leading name, its digits all alike); in a group of three
rows or more where more leading names are people (two at least) than names the lists know as
clubs or places, a leading name no rule typed, or typed an organisation that no list knows (a
sports table's default), is a person too ("Sione Vaka-Lolo - 8 snaps (13%)" among the
linebackers).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..model import Block
from .gazetteer import Gazetteer, norm

Span = tuple[int, int, str, str]
_ROW = re.compile(
    r"^(?P<num>\d{1,3}\.[ \t]+)?"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|da|van|von|del|la|le)){1,3})"
    r"(?P<rest>[ \t]*(?:[-–—,:(]|[ \t]\d).*)$",
    re.M,
)
_DIGITS = re.compile(r"\d+(?:[.,:]\d+)*")
_CAPITALISED = re.compile(r"\b[A-Z][\w.'’-]*")


def apply(found: list[Span], content: str, gaz: Gazetteer, blocks: Sequence[Block]) -> list[Span]:
    """Mentions with the leading names of people's rows typed PERSON; only rows of the article's
    blocks count (a table's rows may be short "headings"), never a line ingest dropped."""
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _ROW.finditer(content):
        if not any(b.start <= m.start() < b.end for b in blocks):
            continue
        rest = m.group("rest")
        if len(rest) > 60 or not any(ch.isdigit() for ch in rest):
            continue  # prose after a name, or no figure: no table row
        shape = ("#" if m.group("num") else "") + _DIGITS.sub("9", rest.strip())
        shape = _CAPITALISED.sub("A", shape)  # the teams of a ranking differ row to row
        groups[shape].append((m.start("name"), m.end("name")))
    rows = [spans for spans in groups.values() if len(spans) >= 3]
    if not rows:
        return found
    at = {(s, e): k for k, (s, e, _, _) in enumerate(found)}
    out = list(found)
    for spans in rows:
        kinds = [found[at[sp]][2] if sp in at else None for sp in spans]
        people = kinds.count("PERSON")
        known = sum(1 for s, e in spans if _listed(content[s:e], gaz))
        if people < 2 or known >= people:
            continue  # a league table's clubs, a results list's countries
        for (s, e), kind in zip(spans, kinds, strict=True):
            name = content[s:e]
            if kind is None and not _overlaps(found, s, e):
                out.append((s, e, "PERSON", name))
            elif kind == "ORG" and not _listed(name, gaz):
                out[at[(s, e)]] = (s, e, "PERSON", name)
    return sorted(out)


def _listed(name: str, gaz: Gazetteer) -> bool:
    entry = gaz.lookup(norm(name))
    return entry is not None and entry.type in ("ORG", "GPE", "LOC")


def _overlaps(found: list[Span], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b, _, _ in found)
