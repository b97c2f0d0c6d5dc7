"""Football clubs by name: openfootball/clubs' list (``briefing/data/clubs.txt``) put to use.

A club's name of two words or more that no other list holds is an organisation on sight
("Boca Juniors", "AC Milan", "Manchester United"). A one-word name is a club only in a sports
report and only where the words around it do not make it a place or a person: "Arsenal" and
"Juventus" are ordinary or unknown words elsewhere, "Liverpool" a city ("in Liverpool"),
"Chelsea" a given name ("Chelsea Clinton"). Two clubs named in an article also tell a sports
report that has no score line or sports word. North America's franchises (``teams.yaml``, by
hand) join them: a full name or a two-word nickname ("Red Sox") is an organisation on sight, a
one-word nickname a club in sports reports ("Braves"; a singular one, "Heat", only after "the").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

Span = tuple[int, int, str, str]
_CAPITAL_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)?(?![\w-]|['’]\w\w)")
# Words that make the name a place where it stands: "in Liverpool", "Liverpool-born".
_STRONG_PLACE_BEFORE = {"in", "near", "outside", "around", "across", "via", "through", "downtown"}
_PLACE_BEFORE = _STRONG_PLACE_BEFORE | {"of", "to", "from"}
_PLACE_PREFIXES = {"St", "St.", "Saint", "San", "Santa", "Sao", "São", "Mount", "Fort", "Port", "New"}
_PLACE_PREFIXES |= {"North", "South", "East", "West", "Upper", "Lower", "Great", "Little", "Bay", "Lake"}
_PLACE_AFTER = re.compile(
    r"-(?:based|born)\b|(?:'s?|’s?)?\s+(?:city|town|airport|hotel|streets?|suburb|area|region|council|"
    r"university|port|docks|cathedral|skyline|metro|police|mayor|residents)\b|-area\b|,\s+(?:England|Spain|Italy|France|Germany|Scotland|Wales)\b"
)


def add_to(gaz: Gazetteer) -> None:
    """Put the clubs' names into the gazetteer: the longer ones as organisations (where no
    other list holds them, no town or person of that name), the one-word ones apart in
    ``gaz.clubs`` (no family name, country or common word, nor a word three clubs' names share
    or a given name unless it is a club's own name: "Real", "United", "Tom" are no club)."""
    from . import knowledge
    from .gazetteer import Entry, norm, strip_the

    known = knowledge.clubs()
    primary = set(known["primary"])
    shared: dict[str, int] = {}
    for name in primary:
        if " " in name:
            for word in set(name.split()):
                shared[word] = shared.get(word, 0) + 1
    phrases = gaz.phrases
    orgs: set[str] = set()
    single: set[str] = set()
    places: set[str] = set()
    longest = gaz.max_tokens
    for name in known["clubs"]:
        if " " not in name:
            if name in primary or (shared.get(name, 0) < 3 and name not in gaz.given_names):
                single.add(name)  # an alias that is a given name is no club's ("Tom")
            continue
        words = name.split()
        key = norm(strip_the(name))
        if key in phrases or name in gaz.minor_places:
            continue
        if words[0] in gaz.given_names and words[-1] in gaz.family_names:
            continue  # a club named after a person: the person's name wins
        if name not in primary and (words[0] in _PLACE_PREFIXES or words[-1] in gaz.regions):
            if words[0] in _PLACE_PREFIXES and len(words) <= 3:
                places.add(name)  # a club in a sports report only ("West Ham")
            continue  # another name shaped like a place's ("New England" of "New England Revolution")
        phrases[key] = Entry("ORG", key)
        orgs.add(key)
        longest = max(longest, len(words))
    longest, nicknames = _add_teams(gaz, longest)
    gaz.max_tokens = longest
    gaz.clubs = frozenset((single - gaz.countries - gaz.common - gaz.family_names) | nicknames)
    gaz.club_needs_the = frozenset(n for n in nicknames if not n.endswith("s"))
    gaz.club_orgs = frozenset(orgs)
    towns = {n for n in known["towns"] if " " in n and norm(strip_the(n)) not in phrases}
    gaz.club_places = frozenset(places | towns)


def _add_teams(gaz: Gazetteer, longest: int) -> tuple[int, set[str]]:
    """North America's franchises (``teams.yaml``): a full name ("Atlanta Braves") or a
    nickname of two words ("Red Sox") is an organisation on sight where no hand list holds the
    phrase; the one-word nicknames ("Braves", "Heat") are returned, clubs in sports reports."""
    from .gazetteer import Entry, _data, norm, strip_the

    phrases = gaz.phrases
    nicknames: set[str] = set()
    for item in _data("teams.yaml")["teams"]:
        for name in [item["name"], *item.get("nicknames", [])]:
            if " " not in name and name != item["name"]:
                nicknames.add(name)
                continue
            key = norm(strip_the(name))
            if key not in phrases:
                phrases[key] = Entry("ORG", key)
                longest = max(longest, len(key.split()))
    return longest, nicknames


def named(found: list[Span], content: str, gaz: Gazetteer) -> int:
    """How many different clubs the article names: those the mentions name on sight and, once
    there is one, the one-word club names written in it ("Boca Juniors" ... "Juventus")."""
    known = {n for _, _, k, n in found if k == "ORG" and n in gaz.club_orgs}
    if not known:
        return 0
    return len(known) + len({w for w in _CAPITAL_WORD.findall(content) if w in gaz.clubs})


def retype(found: list[Span], content: str, gaz: Gazetteer, inline: list[tuple[int, int]]) -> list[Span]:
    """In a sports report: a one-word club name typed a place or a person, or left untyped
    in the text (``inline`` spans), is the club, unless a person of the article bears it
    ("Sir Alex Ferguson" ... "Ferguson") or the words around it make it a place ("in Liverpool",
    "Liverpool city centre"). One mention in place context keeps only that mention a place."""
    if not gaz.clubs:
        return found
    people = {w for _, _, k, n in found if k == "PERSON" and " " in n for w in n.split()}
    names = gaz.clubs
    out: list[Span] = []
    for m in found:
        start, end, kind, _ = m
        word = content[start:end]
        if kind in ("GPE", "PERSON") and word in names and word not in people:
            if kind == "PERSON" and _place_here(content, start, end, _STRONG_PLACE_BEFORE):
                m = (start, end, "GPE", word)  # "police in Carlisle": the club's town
            elif kind == "PERSON" or not _place_here(content, start, end, _PLACE_BEFORE):
                m = (start, end, "ORG", word)
        out.append(m)
    clubs = {content[s:e] for s, e, k, _ in out if k == "ORG" and content[s:e] in names}
    if clubs:  # its other mentions too, save where a strong place word stands before one
        out = [
            (s, e, "ORG", content[s:e])
            if k == "GPE" and content[s:e] in clubs and not _place_here(content, s, e, _STRONG_PLACE_BEFORE)
            else (s, e, k, n)
            for s, e, k, n in out
        ]
    short = _short_forms(out, content, gaz)
    out = _untyped(out, content, names | frozenset(short), people, inline, short, gaz.club_needs_the)
    out = _place_shaped(out, content, gaz.club_places, inline) if gaz.club_places else out
    return _headline_teams(out, content, inline)


def _headline_teams(found: list[Span], content: str, inline: list[tuple[int, int]]) -> list[Span]:
    """A place in a headline that the report's text only ever types a team is the team
    ("Wenger shock at Leeds dip" over "Leeds are languishing")."""
    body: dict[str, set[str]] = {}
    for s, e, k, _ in found:
        if any(lo <= s < hi for lo, hi in inline):
            body.setdefault(content[s:e], set()).add(k)
    return [
        (s, e, "ORG", n)
        if k == "GPE" and body.get(content[s:e]) == {"ORG"} and not any(lo <= s < hi for lo, hi in inline)
        else (s, e, k, n)
        for s, e, k, n in found
    ]


_CAPITAL_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3}")


def _place_shaped(
    found: list[Span], content: str, names: frozenset[str], inline: list[tuple[int, int]]
) -> list[Span]:
    """A club's name shaped like a place's ("West Ham"; not "in West Ham"), written whole in a
    sports report's text: the club, one name, whatever the rules made of its words."""
    hits: list[tuple[int, int]] = []
    for lo, hi in inline:
        for run in _CAPITAL_RUN.finditer(content, lo, hi):
            words = [(w.start(), w.end()) for w in re.finditer(r"\S+", run.group())]
            for i in range(len(words)):
                for j in range(min(len(words), i + 3), i + 1, -1):
                    s, e = run.start() + words[i][0], run.start() + words[j - 1][1]
                    if content[e - 2 : e] in ("'s", "’s"):
                        e -= 2
                    if content[s:e] in names and not _place_here(content, s, e, _STRONG_PLACE_BEFORE):
                        hits.append((s, e))
                        break
    if not hits:
        return found
    out = [m for m in found if not any(s <= m[0] and m[1] <= e for s, e in hits)]
    spans = [(s, e) for s, e in hits if not any(m[0] < e and s < m[1] for m in out)]
    return sorted(out + [(s, e, "ORG", content[s:e]) for s, e in spans])


def _short_forms(found: list[Span], content: str, gaz: Gazetteer) -> dict[str, str]:
    """The first or last word of a club the article names in full, no place's or person's name,
    that no other club of the article shares: "Real" after "Real Madrid", "United" after
    "Manchester United"."""
    owners: dict[str, set[str]] = {}
    for s, e, k, n in found:
        text = content[s:e]
        if k == "ORG" and " " in text and text in gaz.club_orgs:
            words = text.split()
            for word in {words[0], words[-1]}:
                owners.setdefault(word, set()).add(n)
    out: dict[str, str] = {}
    for word, clubs in owners.items():
        entry = gaz.phrases.get(word)
        if len(clubs) == 1 and entry is None and len(word) > 2:
            if word[1:].islower() and word not in gaz.given_names and word not in gaz.family_names:
                out[word] = next(iter(clubs))
    return out


def _untyped(
    found: list[Span],
    content: str,
    names: frozenset[str],
    people: set[str],
    inline: list[tuple[int, int]],
    canon: dict[str, str],
    needs_the: frozenset[str] = frozenset(),
) -> list[Span]:
    """The clubs' one-word names that no mention covers, in the article's text blocks (a
    singular nickname only after "the": "the Heat", no sentence's "Heat")."""
    taken = sorted((s, e) for s, e, _, _ in found)
    starts = [s for s, _ in taken]
    added: list[Span] = []
    for lo, hi in inline:
        for hit in _CAPITAL_WORD.finditer(content, lo, hi):
            word = hit.group()
            if word not in names or word in people:
                continue
            s, e = hit.span()
            if word in needs_the and content[max(0, s - 4) : s] not in ("the ", "The "):
                continue
            k = bisect.bisect_right(starts, s)
            if (k and taken[k - 1][1] > s) or (k < len(taken) and taken[k][0] < e):
                continue
            if _place_here(content, s, e, _PLACE_BEFORE) or _joined(content, s, e):
                continue
            added.append((s, e, "ORG", canon.get(word, word)))
    return sorted(found + added) if added else found


def _place_here(content: str, start: int, end: int, before: set[str]) -> bool:
    """Whether a place word stands right before the name or a place's word after it."""
    words = content[max(0, start - 30) : start].split()
    return bool(words and words[-1].lower() in before) or bool(_PLACE_AFTER.match(content, end))


def _joined(content: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before or after the name (part of a longer one)."""
    after = content[end : end + 2]
    before = content[max(0, start - 2) : start]
    return (after[:1] == " " and after[1:2].isupper()) or (before[-1:] == " " and before[:1].isupper())
