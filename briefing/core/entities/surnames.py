"""People the other passes gave away: a firm named by a family name's possessive, a role's compound.

- A firm known by a possessive ("McDonald's", "Sainsbury's") whose stem is the family name of a
  person the article names in full ("Michael McDonald") and writes bare as a name at least once
  ("McDonald joined the band") is that person throughout: "McDonald's cameo" is his possessive
  (the "'s" outside the name), "McDonald" him. An article about the firm seldom names someone
  of that family and writes the bare stem too.
- A capitalised compound of roles opening a sentence before a person's name stays out of it
  ("Singer-keyboardist Jo Doe", "Singer-guitarists Ann Lee": the name is "Jo Doe").
- A family name that is a title word, alone ("King said" after "Billie Jean King"; ``title_surnames``).
"""

from __future__ import annotations

from . import title_surnames
from .gazetteer import Gazetteer

Span = tuple[int, int, str, str]
_POSSESSIVES = ("'s", "’s")


def apply(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """``found`` with those people given back."""
    found = title_surnames.apply(_role_compounds(found, content, gaz), content, gaz)
    families = _families(found)
    if not families:
        return found
    stems: dict[str, str] = {}  # a possessive firm's stem -> the person of that family
    for _s, _e, kind, canon in found:
        if kind == "ORG" and canon.endswith(_POSSESSIVES):
            stem = canon[:-2]
            if stem in families and " " not in stem:
                stems[stem] = families[stem]
    if not stems:
        return found
    bare = {content[s:e] for s, e, kind, _ in found if kind == "ORG" and content[s:e] in stems}
    out: list[Span] = []
    for s, e, kind, canon in found:
        text = content[s:e]
        stem = text[:-2] if text.endswith(_POSSESSIVES) else text
        if kind == "ORG" and stem in stems and stem in bare:
            out.append((s, s + len(stem), "PERSON", stems[stem]))
        else:
            out.append((s, e, kind, canon))
    return out


def _families(found: list[Span]) -> dict[str, str]:
    """Family name -> the full name of the one person of the article who bears it."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for _s, _e, kind, canon in found:
        parts = canon.split()
        if kind != "PERSON" or len(parts) < 2:
            continue
        if parts[-1] in out and out[parts[-1]] != canon:
            seen.add(parts[-1])  # two people of that family: no one to give it to
        out.setdefault(parts[-1], canon)
    return {k: v for k, v in out.items() if k not in seen}


def _role_compounds(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    out: list[Span] = []
    for s, e, kind, canon in found:
        words = content[s:e].split(" ")
        if kind == "PERSON" and len(words) > 1 and "-" in words[0] and _roles(words[0], gaz):
            s += len(words[0]) + 1
            canon = " ".join(canon.split(" ")[1:]) if canon.startswith(words[0]) else canon
        out.append((s, e, kind, canon))
    return out


def _roles(word: str, gaz: Gazetteer) -> bool:
    """A compound of a role and another lower-case word ("Singer-keyboardist")."""
    parts = word.lower().split("-")
    return word[1:].islower() and any(p in gaz.roles or p.rstrip("s") in gaz.roles for p in parts)


def full_surnames(found: list[Span]) -> set[str]:
    """The last word of every person the article names in full ("Kerr" of "Brian Kerr")."""
    return {n.rsplit(" ", 1)[-1] for _, _, k, n in found if k == "PERSON" and " " in n}


def family_plural(word: str, surnames: set[str]) -> bool:
    """Whether the word is the plural of one of the surnames: the family ("the Joneses", "the
    Kennedys")."""
    return word.endswith("s") and (word[:-1] in surnames or (word.endswith("es") and word[:-2] in surnames))
