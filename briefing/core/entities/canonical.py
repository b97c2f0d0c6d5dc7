"""Article-level canonical names: short forms point to the full name named in the same article.

"Carney" -> Mark Carney (last name), "Meng" -> Meng Wanzhou (an East Asian family
name comes first), an acronym defined as "Full Name (ABBR)" -> that entity. The
capitalised words the chunker could not type on their own (sentence starts,
headlines) are resolved here, so a headline only names people the body named.
Gazetteer aliases already carry their canonical name (U.S. -> United States).
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .people import NAME_SUFFIXES
from .rules import NOT_ORG_ABBREVIATIONS, UNKNOWN_ACRONYM
from .runs import _mostly_upper
from .tokens import Unit

_DEFINITION = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.]{1,9})\)")

Span = tuple[int, int, str, str]


def acronym_definitions(content: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(offset of the opening space, offset after ')', acronym) for every "(ABBR)" in a block."""
    out: list[tuple[int, int, str]] = []
    pos = start
    while True:
        k = content.find("(", pos, end)
        if k < 0:
            return out
        m = _DEFINITION.match(content, k)
        if m and m.end() <= end and sum(c.isupper() for c in m.group(1)) >= 2:
            out.append((k, m.end(), m.group(1)))
        pos = k + 1


Definition = tuple[int, int, str]  # offset of the opening space, offset after ')', acronym
Hit = tuple[int, str, str]  # index after the run, canonical name, type


def resolve(
    found: list[Span],
    pending: list[list[Unit]],
    definitions: list[Definition],
    content: str,
    gaz: Gazetteer,
    spelled: set[str] | None = None,
    sports: bool = False,
) -> tuple[list[Span], list[list[Unit]]]:
    """Mentions with canonical names, and the pending units still untyped (runs of them);
    ``spelled`` holds the acronyms the article spells out in lower case (:func:`terms`). In a
    sports report a known firm's one-word name that is the family name of a person the article
    names in full is that person ("Ford" after "T.J. Ford")."""
    people, full_names = _people(found, gaz)
    _word_surnames(found, people, content, gaz)
    initials = _initials(full_names, people, gaz)
    out = []
    for start, end, kind, canon in found:
        if kind == "PERSON" and len(canon.split()) == 1:
            canon = people.get(canon.upper(), canon)
        elif kind == "ORG" and content[start:end] in initials and not _after_article(content, start):
            kind, canon = "PERSON", initials[content[start:end]]  # "JK and Joel": Jason King
        elif (
            kind in ("ORG", "GPE")
            and canon.upper() in people
            and (_weak(canon, gaz) or (sports and kind == "ORG" and _lone_firm(canon, gaz)))
            and not (kind == "GPE" and _place_cued(canon, content))
        ):
            kind, canon = "PERSON", people[canon.upper()]  # a guess the article proves wrong ("Le Pen")
        elif kind in ("GPE", "LOC") and _surname_of(content[start:end], people, content, gaz):
            kind, canon = "PERSON", people[_bare(content[start:end]).upper()]  # "Hague's" of William Hague
        out.append((start, end, kind, canon))
    spelled = spelled if spelled is not None else terms(found, definitions, content)
    acronyms = _acronyms(found, definitions, content)
    resolver = _Pending(people, full_names, acronyms, content, gaz, spelled, initials)
    left: list[list[Unit]] = []
    for group in pending:
        left.extend(resolver.group(group, out))
    return out, [g for g in left if not (len(g) == 1 and g[0].text in spelled)]


def _word_surnames(found: list[Span], people: dict[str, str], content: str, gaz: Gazetteer) -> None:
    """A person's family name that is a dictionary word ("Samuel West", "Jo Hall") names the person
    alone too where the article never writes the word in lower case nor after an article ("the
    West"): "according to West"."""
    for _, _, kind, canon in found:
        parts = canon.split()
        last = parts[-1] if kind == "PERSON" and len(parts) >= 2 else ""
        if len(last) < 3 or not last[1:].islower() or last not in gaz.common or last.upper() in people:
            continue
        if (
            last in gaz.countries
            or last in gaz.regions
            or re.search(rf"\b{re.escape(last.lower())}\b", content)
        ):
            continue
        if re.search(rf"\b(?:the|a|an)\s+{re.escape(last)}\b", content, re.IGNORECASE) is None:
            people[last.upper()] = canon


_WORD_BEFORE = re.compile(r"(?<![\w&])([A-Z][A-Za-z0-9&]{1,9})$")


def terms(found: list[Span], definitions: list[Definition], content: str) -> set[str]:
    """Acronyms the article spells out in lower case, "radio frequency ID (RFID)" or "RFID (radio
    frequency identification)": terms, not names of organisations."""
    out: set[str] = set()
    ends = {end for _, end, kind, _ in found if kind not in ("DATE", "MONEY", "PERCENT", "QUANTITY")}
    for open_at, _close, abbr in definitions:
        k = open_at
        while k > 0 and content[k - 1] in " \t":
            k -= 1
        if k in ends:
            continue  # "the World Health Organization (WHO)": the name's acronym
        words = content[max(0, k - 80) : k].split()[-len(abbr) :]
        if any(w[:1] == abbr[0].lower() for w in words):
            out.add(abbr)
    k = content.find(" (")
    while k >= 0:
        m = _WORD_BEFORE.search(content, max(0, k - 10), k) if content[k + 2 : k + 3].islower() else None
        if m and content[k + 2] == m.group(1)[0].lower() and sum(c.isupper() for c in m.group(1)) >= 2:
            out.add(m.group(1))
        k = content.find(" (", k + 1)
    for m in _OR_ACRONYM.finditer(content):  # "hypersensitivity pneumonitis, or HP"
        abbr, words = m.group(2), m.group(1).split()[-len(m.group(2)) :]
        if len(words) == len(abbr) and all(
            w[0].lower() == c.lower() for w, c in zip(words, abbr, strict=True)
        ):
            out.add(abbr)
    return out


# lower-case words, then ", or" and an acronym of their initials: the term's short form
_OR_ACRONYM = re.compile(r"((?:\b[a-z][a-z-]+ ){1,5}?[a-z][a-z-]+),? or ([A-Z]{2,6})\b")


def _people(found: list[Span], gaz: Gazetteer) -> tuple[dict[str, str], dict[str, str]]:
    """Short forms (upper case) -> the person's full name, and full names (upper case) -> as written."""
    people: dict[str, str] = {}  # short form -> full name
    full_names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for _, _, kind, canon in found:
        if kind == "PERSON":
            counts[canon] = counts.get(canon, 0) + 1
    for name in sorted(counts, key=lambda c: (-len(c.split()), -counts[c])):
        parts = name.split()
        while len(parts) > 2 and parts[-1].rstrip(",") in NAME_SUFFIXES:
            parts = parts[:-1]  # "James P. Kennedy Jr.": the family name is "Kennedy"
        if len(parts) < 2:
            continue
        full_names.setdefault(name.upper(), name)
        keys = [parts[-1]]
        if parts[0] in gaz.surnames:
            keys.append(parts[0])
        if len(parts) > 2:
            keys.append(" ".join(parts[-2:]))
        for k, part in enumerate(parts[1:-1], 1):
            if part.lower() in gaz.particles:
                keys.append(" ".join(parts[k:]))  # "von der Leyen", "bin Salman"
                break
        for key in keys:
            if key not in gaz.common or key in gaz.surnames or key in gaz.months:
                people.setdefault(key.upper(), name)
    for name in counts:  # a lone surname a title or "said" made a person ("Mr Okafor") names it elsewhere
        if len(name.split()) == 1 and name not in gaz.common:
            people.setdefault(name.upper(), name)
    _given_names(full_names, people, gaz)
    return people, full_names


def _initials(full_names: dict[str, str], people: dict[str, str], gaz: Gazetteer) -> dict[str, str]:
    """Initials -> the one person of the article who has them ("PG" after "Paul George", "SBF" after
    "Sam Bankman-Fried", "JK, also known as Jason King"), unless they spell a known abbreviation.
    They name the person where they stand in capitals, without an article ("as the MC")."""
    out: dict[str, str] = {}
    by_initials: dict[str, set[str]] = {}
    for name in full_names.values():
        words = [w for w in name.replace("-", " ").split() if w.rstrip(",") not in NAME_SUFFIXES]
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:2].islower() for w in words):
            by_initials.setdefault("".join(w[0] for w in words), set()).add(name)
    for initials, names in by_initials.items():
        if len(names) > 1 or initials in people or initials in gaz.caps or initials in NOT_ORG_ABBREVIATIONS:
            continue
        if gaz.phrases.get(initials) is None:
            out[initials] = next(iter(names))
    return out


def _given_names(full_names: dict[str, str], people: dict[str, str], gaz: Gazetteer) -> None:
    """A known given name alone names the one person of the article who bears it ("Susan" after
    "Susan Brant"), unless it is an ordinary word or another short form already."""
    firsts: dict[str, set[str]] = {}
    for name in full_names.values():
        first = name.split()[0]
        firsts.setdefault(first, set()).add(name)
    for first, names in firsts.items():
        if (
            len(names) == 1
            and first in gaz.given_names
            and first not in gaz.common
            and first not in gaz.english
            and first not in gaz.months
        ):
            people.setdefault(first.upper(), next(iter(names)))


def _acronyms(found: list[Span], definitions: list[Definition], content: str) -> dict[str, tuple[str, str]]:
    """Acronym -> (type, canonical name) of the name written right before its "(ABBR)"."""
    acronyms: dict[str, tuple[str, str]] = {}
    ends = {end: (kind, canon) for _, end, kind, canon in found}
    for open_at, _close, abbr in definitions:
        k = open_at
        while k > 0 and content[k - 1] in " \t":
            k -= 1
        if k in ends and ends[k][0] not in ("DATE", "MONEY", "PERCENT", "QUANTITY"):
            acronyms.setdefault(abbr, ends[k])
    return acronyms


class _Pending:
    """Types the pending units (sentence starts, headlines) from the article's names."""

    def __init__(
        self,
        people: dict[str, str],
        full_names: dict[str, str],
        acronyms: dict[str, tuple[str, str]],
        content: str,
        gaz: Gazetteer,
        terms: set[str],
        initials: dict[str, str],
    ) -> None:
        self.people, self.full_names, self.acronyms = people, full_names, acronyms
        self.terms = terms  # acronyms spelled out in lower case: no organisation
        self.content, self.gaz = content, gaz
        self.initials = initials  # a person's initials in capitals (:func:`_initials`)

    def group(self, group: list[Unit], out: list[Span]) -> list[list[Unit]]:
        """Append the group's typed runs to ``out``; return the runs left untyped."""
        left: list[list[Unit]] = []
        rest: list[Unit] = []
        i = 0
        while i < len(group):
            hit = self._hit(group, i)
            if hit:
                j, canon, kind = hit
                out.append((group[i].start, group[j - 1].end, kind, canon))
                i = j
                if rest:
                    left.append(rest)
                    rest = []
            else:
                rest.append(group[i])
                i += 1
        if rest:
            left.append(rest)
        return left

    def _hit(self, group: list[Unit], i: int) -> Hit | None:
        """A person's full or short name starting at ``group[i]``, a defined or unknown acronym."""
        for j in range(min(len(group), i + 4), i + 1, -1):
            key = " ".join(u.text for u in group[i:j]).upper()
            name = self.full_names.get(key) or self.people.get(key)
            if name:
                return (j, name, "PERSON")
        u = group[i]
        name = self.people.get(u.text.upper()) if u.text.upper() not in _STOP else None
        if name:
            return (i + 1, name, "PERSON")
        if u.text in self.initials and not _after_article(self.content, u.start):
            return (i + 1, self.initials[u.text], "PERSON")
        if u.text in self.acronyms:
            kind, canon = self.acronyms[u.text]
            return (i + 1, canon, kind)
        if (
            _unknown_acronym(u.text, self.gaz)
            and u.text not in self.terms
            and len(group) == 1
            and not _caps_line(self.content, u.start, u.end)
        ):
            return (i + 1, u.text, "ORG")
        return None


_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:the|a|an)\s+$", re.IGNORECASE)


def _after_article(content: str, start: int) -> bool:
    """Whether "the", "a" or "an" stands right before ``start`` ("as the MC")."""
    return _ARTICLE_BEFORE.search(content, max(0, start - 6), start) is not None


_STOP = {"A", "I", "AN", "THE", "AND", "OF", "TO", "IN", "ON", "AT", "BY", "FOR", "AS", "IT", "HE", "SHE"}


def _bare(text: str) -> str:
    return text.removesuffix("'s").removesuffix("’s")


_PLACE_CUES = ("the", "in", "at", "near", "outside", "across")
_COUNTRY_CUES = ("of", "from", "to", "into", "towards", "toward", "visit", "visited", "visiting")


def _surname_of(text: str, people: dict[str, str], content: str, gaz: Gazetteer) -> bool:
    """A one-word known place that is the family name of a person the article names in full, and
    that the article never writes after a place word ("in", "the"...): the person ("Jordan said"
    after "Neil Jordan"). A country or a state asks more: never after "of", "from", "to" either, and
    written alone twice at least ("post-war England" once beside a book's "Tudor England")."""
    word = _bare(text)
    if " " in word or word.upper() not in people:
        return False
    if word in gaz.countries or word in gaz.regions:
        alone = len(re.findall(rf"\b{re.escape(word)}\b", content)) - content.count(people[word.upper()])
        return alone >= 2 and not _place_cued(word, content, _PLACE_CUES + _COUNTRY_CUES)
    return not _place_cued(word, content)


def _place_cued(word: str, content: str, cues: tuple[str, ...] = _PLACE_CUES) -> bool:
    """Whether the article writes the word after a place word somewhere ("in Wigan", "the Hague"; not
    "in Wigan's mind")."""
    cue = re.compile(r"\b(?:" + "|".join(cues) + r")\s+" + re.escape(word) + r"\b(?!['’]s)", re.IGNORECASE)
    return cue.search(content) is not None


def _weak(name: str, gaz: Gazetteer) -> bool:
    """A place or organisation typing that a person's name in the same article overrides."""
    entry = gaz.phrases.get(name)
    return entry is None or (entry.canonical not in gaz.countries and name not in gaz.hand)


def _lone_firm(name: str, gaz: Gazetteer) -> bool:
    """One capitalised word that names a firm (no club, acronym or country): "Ford", "Dell"."""
    entry = gaz.phrases.get(name)
    return (
        " " not in name
        and name[1:].islower()
        and entry is not None
        and entry.canonical not in gaz.countries
        and name not in gaz.clubs
    )


def _unknown_acronym(word: str, gaz: Gazetteer) -> bool:
    """An all-caps word of 2-6 letters that names no place, title or ordinary abbreviation."""
    return (
        bool(UNKNOWN_ACRONYM.match(word))
        and word not in NOT_ORG_ABBREVIATIONS
        and word not in gaz.caps
        and word.title() not in gaz.english
        and word.title() not in gaz.common
    )


def _caps_line(content: str, start: int, end: int) -> bool:
    """Whether the word stands in an all-caps line (a headline), where every word is capitals."""
    s = content.rfind("\n", 0, start) + 1
    e = content.find("\n", end)
    return _mostly_upper(content[s : e if e >= 0 else len(content)])
