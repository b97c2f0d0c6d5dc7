"""Late retyping from a name's neighbours, once every mention of the article is typed.

- **owners**: a lone word typed as a person right before "'s" and a person's full name owns
  that person, so it is no person itself ("Kestrelford's Ana Silva", "Brantex's Joe Doe"):
  it is an organisation, in all its mentions;
- **headline verbs**: in a headline written in title case, the capitalised dictionary words
  after a person's name are the headline's own ("Ana Silva Wins Again", "Ben Ode Taps
  Producer"): the name ends before them;
- **clubs in lists**: in a sports report, a city listed with clubs ("Harwick, Dunmore Rovers
  and other clubs", "Harwick and Dunmore Rovers") is a club too when clubs are at least as many
  as cities, unless a place word ("in", "at") stands before the list.
"""

from __future__ import annotations

import re

from . import attach
from .consistency import key_of
from .gazetteer import Gazetteer

Span = tuple[int, int, str, str]
_OWNER = re.compile(r"['’]s ")
_LINK = re.compile(r",? and |, ")
_PLACE_WORDS = (["in"], ["at"], ["near"], ["from"])
_OTHER_CLUBS = re.compile(r",? and (?:other|rival|several|many) (?:clubs|teams|sides|franchises)\b")


def owners(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """``found`` with the lone-word "people" who own a person retyped ORG (see the module)."""
    keys: set[str] = set()
    for a, b in zip(found, found[1:], strict=False):
        s, e, kind, _ = a
        if kind != "PERSON" or " " in content[s:e] or b[2] != "PERSON" or " " not in content[b[0] : b[1]]:
            continue
        if not _OWNER.fullmatch(content, e, b[0]) or content[s:e] in gaz.given_names:
            continue
        keys.add(key_of(content[s:e]))
    if not keys:
        return found
    return [
        (s, e, "ORG", n) if k == "PERSON" and key_of(content[s:e]) in keys else (s, e, k, n)
        for s, e, k, n in found
    ]


def clubs_in_lists(
    found: list[Span], content: str, gaz: Gazetteer, fixed: set[tuple[int, int]]
) -> list[Span]:
    """``found`` (sorted) with the cities listed among clubs retyped ORG (see the module)."""
    out = list(found)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _LINK.fullmatch(content, out[j][1], out[j + 1][0]):
            j += 1
        chain = range(i, j + 1)
        i = j + 1
        first = out[chain[0]][0]
        if len(chain) < 2 or content[max(0, first - 12) : first].lower().split()[-1:] in _PLACE_WORDS:
            continue
        kinds = [out[k][2] for k in chain]
        cities = [k for k in chain if out[k][2] == "GPE" and out[k][3] not in gaz.countries]
        countries = sum(1 for k in chain if out[k][2] in ("GPE", "LOC")) - len(cities)
        others = _OTHER_CLUBS.match(content, out[j][1]) is not None
        clubs = kinds.count("ORG")
        if not cities or countries or not clubs or (clubs < len(cities) and not others):
            continue
        for k in cities:
            if (out[k][0], out[k][1]) not in fixed:
                s, e, _, name = out[k]
                out[k] = (s, e, "ORG", name)
    return out


_NICKNAMED = re.compile(r"[\"“”]")


def headline_people(
    found: list[Span], content: str, headlines: list[tuple[int, int]], gaz: Gazetteer
) -> list[Span]:
    """``found`` with people's names in title-case headlines cut before the headline's own words."""
    out = []
    for s, e, kind, name in found:
        if (
            kind == "PERSON"
            and content.count(" ", s, e) > 1
            and not _NICKNAMED.search(content, s, e)  # 'William "Buckshot" May': read from its shape
            and _headline(s, content, headlines)
        ):
            words = content[s:e].split(" ")
            if content[e : e + 1] == " ":  # a name in a list ("..., James P. Hogan, ...") stays whole
                while len(words) > 2 and _headline_word(words[-1], gaz) and not words[-2].endswith("."):
                    words.pop()
            if len(words) < len(content[s:e].split(" ")):
                e = s + len(" ".join(words))
                name = content[s:e]
        out.append((s, e, kind, name))
    return out


def _headline(at: int, content: str, headlines: list[tuple[int, int]]) -> bool:
    """Whether ``at`` is in a headline block or on a line written in title case."""
    if any(hs <= at < he for hs, he in headlines):
        return True
    start = content.rfind("\n", 0, at) + 1
    end = content.find("\n", at)
    return attach.title_case(content[start : end if end >= 0 else len(content)])


def _headline_word(word: str, gaz: Gazetteer) -> bool:
    """A capitalised dictionary word that names no one ("Arrested", "Taps", "Producer")."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and (word in gaz.english or word in gaz.common)
        and word not in gaz.given_names
        and word not in gaz.family_names
    )
