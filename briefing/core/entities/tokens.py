"""Word units of one block for the chunker: offsets, lookup text, capitalisation, context.

A unit is a word (with internal apostrophes), an abbreviation such as "U.S.",
or a hyphenated compound handled as a whole ("Sino-Canadian", "Guinea-Bissau")
or reduced to its named part ("anti-China" -> "China", "then-President" -> "President");
"non-" compounds name nothing ("non-U.S." is no mention of the United States).
A trailing possessive ("Canada's", "Canada’s") is never part of the unit's span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ABBR = r"(?:[A-Z]\.){2,}(?![A-Za-z])"
_WORD = r"[^\W\d_](?:[^\W_]|[’'](?=[^\W\d_])|(?<=s)[’'](?=[ \t]+[A-Z])|\.(?=[A-Z]{2,}\b)|&(?=[A-Z]))*"
_PART = rf"(?:{_ABBR}|[^\W_](?:[^\W_]|[’'](?=[^\W\d_]))*)"
_TOKEN = re.compile(rf"(?P<w>(?:{_ABBR}|{_WORD})(?:-{_PART})*)|(?P<o>\d[\d,.]*\d|\S)")
_PART_RE = re.compile(_PART)
# a brand written with a lower-case first letter: "iPod", "eBay", "iOS"; an operating system
# named by lower-case letters and "OS" ("macOS", "tvOS")
_BRAND = r"(?:[ie][A-Z](?:[a-z]|[A-Z]+\b)|[a-z]{2,6}OS\b)"
_BRAND_RE = re.compile(_BRAND)
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
# Lower-case prefixes dropped from a compound ("non-U.S.", "anti-China", "ex-President").
PREFIXES = {
    "non",
    "anti",
    "pro",
    "post",
    "pre",
    "ex",
    "mid",
    "pan",
    "trans",
    "cross",
    "inter",
    "then",
    "all",
    "neo",
    "semi",
    "co",
    "de",
    "re",
    "un",
    "over",
    "under",
    "out",
    "self",
}
# Combining forms that make a compound adjective with a demonym ("Sino-Canadian").
NORP_PREFIXES = {
    "Sino",
    "Franco",
    "Anglo",
    "Russo",
    "Indo",
    "Afro",
    "Euro",
    "Italo",
    "Greco",
    "Austro",
    "Judeo",
    "Pan",
    "Turco",
    "Irano",
    "Arab",
    "Latino",
    "Hispano",
    "Nippo",
    "Korean",
    "Soviet",
}
# Lower-case words hyphenated to a name that are no part of it ("Toronto-based", "U.S.-led").
NAME_SUFFIXES = {
    "based", "led", "backed", "owned", "born", "made", "run", "controlled", "held", "style", "era",
    "bound", "funded", "linked", "listed", "registered", "headquartered", "educated", "trained",
    "sponsored", "brokered", "occupied", "dominated", "friendly", "focused", "speaking", "themed",
    "inspired", "allied", "aligned", "appointed", "installed", "imposed", "supported", "produced",
    "area", "raised", "bred", "wide", "worst", "best", "record", "sized", "commissioned", "affiliated",
    "approved", "sanctioned", "branded", "specific", "centric", "related", "leaning", "first", "only",
    "free", "powered", "enabled", "compatible", "like", "ish", "esque",
}  # fmt: skip
# Abbreviations that end names, with their full stop only where no sentence ends with it: before
# a lower-case word or a comma ("Warner Bros. said", "Warner Bros., the studio").
ABBREV_DOT_INSIDE = {"Bros"}
_DOT_INSIDE = re.compile(r"\.(?:[,;:)]| +[a-z])")
TITLE_ABBREVS = {
    "Rt",
    "Hon",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Gen",
    "Sen",
    "Rep",
    "Gov",
    "Lt",
    "Col",
    "Capt",
    "Maj",
    "Sgt",
    "Adm",
    "Rev",
    "Prof",
    "St",
}
ABBREV_DOT = {
    "Rt",  # "Rt. Hon. Jo Reed": a title of two abbreviations
    "Hon",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Gen",
    "Sen",
    "Rep",
    "Gov",
    "Lt",
    "Col",
    "Capt",
    "Maj",
    "Sgt",
    "Adm",
    "Rev",
    "Prof",
    "St",
    "Jr",
    "Sr",
    "Inc",
    "Corp",
    "Co",
    "Ltd",
    "No",
    "Mt",
    "Ft",
    "Jan",
    "Feb",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
}


@dataclass(slots=True)
class Unit:
    start: int
    end: int  # excludes a possessive ending
    text: str  # normalised lookup text (’ -> ')
    cap: bool  # starts with a capital letter (or a particle + capital)
    poss: bool = False
    sent_start: bool = False
    space_before: bool = True  # separated from the previous unit by plain spaces only
    parts: tuple[
        tuple[int, int, str], ...
    ] = ()  # (start, end, text) of the parts of a compound of known names
    norp_compound: bool = False
    raw: str = ""  # lookup text including a possessive ending ("People's")
    raw_end: int = 0


def uncovered(groups: list[list[Unit]], spans: list[tuple[int, int]]) -> list[list[Unit]]:
    """``groups`` (runs of untyped units) without the units that start inside one of ``spans``
    (names found since), empty runs left out."""
    left = []
    for group in groups:
        rest = [u for u in group if not any(s <= u.start < e for s, e in spans)]
        if rest:
            left.append(rest)
    return left


def _is_cap(text: str) -> bool:
    return text[:1].isupper() or bool(_BRAND_RE.match(text))


@lru_cache(maxsize=8)
def _interesting(keep: frozenset[str]) -> re.Pattern[str]:
    """Words that can be units: capitalised words, abbreviations, compounds, kept lower-case words."""
    words = "|".join(sorted((re.escape(w) for w in keep | PREFIXES), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w’'])(?:(?:{_ABBR}|(?!(?!{_BRAND})[a-z]){_WORD}|(?:{words})(?![\w’']))(?:-{_PART})*)"
    )


def units(text: str, base: int = 0, keep: frozenset[str] = frozenset()) -> list[Unit]:
    """Units of ``text`` (a block); offsets are ``base`` + index into ``text``.

    Lower-case words become units only when they are in ``keep`` (connectors such as
    "of", name particles, "in", "the"); two units are adjacent when only spaces (no
    line break) separate them, so any other word or sign between them breaks a run.
    """
    out: list[Unit] = []
    prev_end = -1
    for m in _interesting(keep).finditer(text):
        tok = m.group()
        s, e = m.span()
        if s < prev_end:
            continue
        hyphen = "-" in tok
        if (tok[0].islower() and not _BRAND_RE.match(tok)) or not tok[0].isalpha():
            if not tok[0].islower() and tok != "&":
                continue
            head = tok.split("-", 1)[0] if hyphen else tok
            if head not in keep and not (hyphen and head in PREFIXES):
                continue
        elif (tok in ABBREV_DOT or (len(tok) == 1 and tok.isupper())) and text[e : e + 1] == ".":
            e += 1  # "Mr.", "Gen.", the initial in "George W. Bush"
            tok += "."
        elif tok in ABBREV_DOT_INSIDE and _DOT_INSIDE.match(text, e):
            e += 1  # "Warner Bros. scrambled": no sentence ends there
            tok += "."
        gap = text[prev_end:s] if prev_end >= 0 else "x"
        space_before = (not gap.strip()) and "\n" not in gap
        sent_start = tok[0].isupper() and _sentence_start(text, s, base, out)
        if hyphen:
            parts = [(s + p.start(), s + p.end(), p.group()) for p in _PART_RE.finditer(tok)]
            made = _compound_units(parts, base)
        else:
            made = [_unit(s, e, tok, base)]
        for unit in made:
            unit.space_before = space_before
            unit.sent_start = sent_start
            out.append(unit)
            space_before = False
        prev_end = e
        if made and made[-1].raw_end < base + e:
            prev_end = made[-1].raw_end - base  # a dropped "-based": the next word is not adjacent
    return out


def _sentence_start(text: str, s: int, base: int, out: list[Unit]) -> bool:
    """True when nothing but quotes/brackets separates the word from a sentence end or line start.

    After an abbreviation ("U.S. Tensions") we cannot tell, so the word counts as a
    sentence start: that only makes the chunker more careful.
    """
    k = s - 1
    while k >= 0 and text[k] in " \t\"“‘'(«[—–-•*":
        k -= 1
    if (
        k >= 0
        and text[k] == "."
        and out
        and out[-1].raw_end - base == k + 1
        and (out[-1].text[:-1] in TITLE_ABBREVS or _INITIALS.match(out[-1].text))
    ):
        return False  # "Mr. Smith", "Gen. Milley", "George W. Bush", "J.D. Vance"
    return k < 0 or text[k] in "\n.!?:;|"


def _unit(s: int, e: int, tok: str, base: int) -> Unit:
    text = tok.replace("\u2019", "'") if "\u2019" in tok else tok
    raw, raw_end = text, base + e
    poss = False
    if "'" in text and len(text) > 2:
        if text.endswith(("'s", "'S")):
            text, e, poss = text[:-2], e - 2, True
        elif text.endswith("s'"):
            text, e, poss = text[:-1], e - 1, True
    return Unit(base + s, base + e, text, _is_cap(text), poss, raw=raw, raw_end=raw_end)


_ACRONYM = re.compile(r"[A-Z]{2,6}$")  # never a name's with a lower-case word after it: "BBC-commissioned"


def _compound_units(parts: list[tuple[int, int, str]], base: int) -> list[Unit]:
    if len(parts) == 1:
        return [_unit(*parts[0], base)]
    whole = _unit(parts[0][0], parts[-1][1], "-".join(p[2] for p in parts), base)
    first = parts[0][2]
    if first.lower() == "non":
        return []  # "non-U.S. investors" are no mention of the United States
    if first.lower() in PREFIXES and not _is_cap(first):
        rest = parts[1:]
        return [_unit(*rest[0], base)] if len(rest) == 1 else _compound_units(rest, base)
    if first in ("al", "el", "bin", "ben", "abu", "ibn", "van", "von", "de") and _is_cap(parts[1][2]):
        whole.cap = True
        return [whole]
    if (
        whole.cap
        and all(_is_cap(p[2]) for p in parts[:-1])
        and (
            parts[-1][2] in NAME_SUFFIXES
            or (_ACRONYM.match(parts[-2][2]) and parts[-1][2].isalpha() and parts[-1][2].islower())
        )
    ):
        # "Toronto-based", "U.S.-led", "Chinese-made": the name without its lower-case suffix
        named = parts[:-1]
        return [_unit(*named[0], base)] if len(named) == 1 else _compound_units(named, base)
    if first in NORP_PREFIXES and _is_cap(parts[-1][2]):
        whole.norp_compound = True
        return [whole]
    if whole.cap and all(_is_cap(p[2]) for p in parts):
        whole.parts = tuple((base + p[0], base + p[1], p[2]) for p in parts)
    return [whole]
