"""A match report's line-ups: lines that list players by surname ("Keeper, Back (Sub 67), Mid").

The lines under a football or rugby report list the sides, the substitutes, the bookings and
the scorers by surname, with a minute or a substitute in brackets ("Riise 1, Nunez 113.",
"Subs Not Used: Name, Name."). Read as a table, a surname no list knows is a team. A line of
that shape where most names are the surnames of people the article names in full (or types as
people elsewhere) is a line-up, and then every such line of the article lists people: its
names are PERSON, and so are their other mentions typed ORG by the table rule ("Drogba" in the
prose), unless a name is a club's or a country's. The referee's line, an initial, a surname and
a county in brackets ("J Doe (Kent)."), is a person and a place.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

Span = tuple[int, int, str, str]
_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|da|van|von|der))*"
_ITEM = rf"{_NAME}(?: \d{{1,3}}(?: og| pen)?)?(?: \({_NAME} \d{{1,3}}\))?"
LINE = re.compile(rf"^(?:[A-Z][\w ]{{0,30}}: )?{_ITEM}(?:, {_ITEM})+\.?$")
_WORD = re.compile(_NAME)


_OFFICIAL = re.compile(r"(?m)^((?:[A-Z]\.? ){1,2}[A-Z][a-z][\w'’-]+) \(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)\.?$")


def officials(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """A line of an initial, a surname and a county or country in brackets ("J Doe (Kent).", the
    referee under a match report): a person and a place."""
    if " (" not in content:
        return found
    add: list[Span] = []
    for m in _OFFICIAL.finditer(content):
        entry = gaz.phrases.get(m.group(2))
        if not (entry and entry.type in ("GPE", "LOC")) and not m.group(2).endswith("shire"):
            continue
        add.append((m.start(1), m.end(1), "PERSON", m.group(1)))
        add.append((m.start(2), m.end(2), "GPE", entry.canonical if entry else m.group(2)))
    if not add:
        return found
    kept = [sp for sp in found if not any(a[0] < sp[1] and sp[0] < a[1] for a in add)]
    return sorted(kept + add)


def apply(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """Mentions with the names of the article's line-up lines typed PERSON (see the module)."""
    found = officials(found, content, gaz)
    lines = [
        (m.start(), m.end())
        for m in re.finditer(r"(?m)^.*, .*$", content)
        if len(m.group()) < 400 and LINE.match(m.group())
    ]
    if not lines:
        return found
    people = {w for _, _, k, n in found if k == "PERSON" for w in n.split()[-1:]}
    teams = gaz.clubs | gaz.club_orgs
    if not any(_proven(content[s:e], people) for s, e in lines):
        return found
    retyped: set[str] = set()
    out: list[Span] = []
    for start, end, kind, name in found:
        word = content[start:end]
        inside = any(s <= start and end <= e for s, e in lines)
        if inside and kind in ("ORG", "GPE") and not _team(word, teams, gaz):
            kind, name = "PERSON", word
            retyped.add(word)
        out.append((start, end, kind, name))
    out = [
        (s, e, "PERSON", content[s:e]) if k == "ORG" and content[s:e] in retyped else (s, e, k, n)
        for s, e, k, n in out
    ]
    return sorted(out + _untyped(out, content, lines, gaz))


def _untyped(found: list[Span], content: str, lines: list[tuple[int, int]], gaz: Gazetteer) -> list[Span]:
    """The line-ups' names that no mention covers (a label before a colon aside)."""
    spans = [(s, e) for s, e, _, _ in found]
    out: list[Span] = []
    for lo, hi in lines:
        colon = content.find(": ", lo, hi)
        for m in _WORD.finditer(content, colon + 2 if colon >= 0 else lo, hi):
            s, e = m.span()
            if content[e - 1] == "." and e - s > 3 and content[e - 3 : e - 2] != ".":
                e -= 1  # the line's full stop, not an initial's ("Bridge.")
            word = content[s:e]
            whole = content[s - 2 : s] in (", ", ": ") and (
                content[e : e + 1] in (",", ".", "\n", "") or content[e : e + 2] == " ("
            )
            if (word in gaz.common and not whole) or any(a < e and s < b for a, b in spans):
                continue
            out.append((s, e, "PERSON", word))
    return out


def _proven(line: str, people: set[str]) -> bool:
    """Whether most names of the line are the surnames of the article's people (four at least)."""
    body = line.split(": ", 1)[-1]
    names = [m.group().split()[-1] for m in _WORD.finditer(body)]
    known = sum(1 for n in names if n in people)
    return len(names) >= 4 and known >= 0.5 * len(names)


def _team(word: str, teams: frozenset[str], gaz: Gazetteer) -> bool:
    """A club's or a country's name (a side, not a player)."""
    entry = gaz.phrases.get(word)
    return word in teams or (entry is not None and entry.canonical in gaz.countries)
