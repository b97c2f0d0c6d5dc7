"""Word units of one block for the chunker: offsets, lookup text, capitalisation, context.

A unit is a word (with internal apostrophes), an abbreviation such as "U.S.",
or a hyphenated compound handled as a whole ("Sino-Canadian", "Guinea-Bissau")
or reduced to its named part ("non-U.S." -> "U.S.", "then-President" -> "President").
A trailing possessive ("Canada's", "Canada’s") is never part of the unit's span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?P<abbr>(?:[A-Z]\.){2,}(?![A-Za-z]))"
    r"|(?P<word>[^\W\d_](?:[^\W_]|[’'](?=[^\W\d_])|\.(?=[A-Z]{2,}\b)|&(?=[A-Z]))*)"
    r"|(?P<num>\d(?:[\d,.]*\d)?)"
    r"|(?P<other>\S)"
)
_POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$", re.IGNORECASE)
# Lower-case prefixes dropped from a compound ("non-U.S.", "anti-China", "ex-President").
PREFIXES = {"non", "anti", "pro", "post", "pre", "ex", "mid", "pan", "trans", "cross", "inter", "then",
            "all", "neo", "semi", "co", "de", "re", "un", "over", "under", "out", "self"}
KEEP_PREFIXES = {"non", "anti", "pro"}
# Combining forms that make a compound adjective with a demonym ("Sino-Canadian").
NORP_PREFIXES = {"Sino", "Franco", "Anglo", "Russo", "Indo", "Afro", "Euro", "Italo", "Greco", "Austro",
                 "Judeo", "Pan", "Turco", "Irano", "Arab", "Latino", "Hispano", "Nippo", "Korean", "Soviet"}
TITLE_ABBREVS = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Maj", "Sgt", "Adm",
                 "Rev", "Prof", "St"}
ABBREV_DOT = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Maj", "Sgt", "Adm",
              "Rev", "Prof", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "Mt", "Ft", "Jan", "Feb",
              "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"}


@dataclass(slots=True)
class Unit:
    start: int
    end: int  # excludes a possessive ending
    text: str  # normalised lookup text (’ -> ')
    cap: bool  # starts with a capital letter (or a particle + capital)
    poss: bool = False
    sent_start: bool = False
    space_before: bool = True  # separated from the previous unit by plain spaces only
    parts: tuple = ()  # (start, end, text) of the parts of a compound of known names
    norp_compound: bool = False
    raw: str = ""  # lookup text including a possessive ending ("People's")
    raw_end: int = 0


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


def units(text: str, base: int = 0) -> list[Unit]:
    """Units of ``text`` (a block); offsets are ``base`` + index into ``text``."""
    raw: list[tuple[int, int, str, str]] = []  # start, end, kind, text
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        s, e = m.span()
        tok = m.group()
        if kind == "word" and tok in ABBREV_DOT and e < len(text) and text[e] == ".":
            e += 1
            tok += "."
        raw.append((s, e, kind, tok))
    out: list[Unit] = []
    i = 0
    n = len(raw)
    prev_end = None
    prev_unit_end = None
    prev_sep_text = ""
    while i < n:
        s, e, kind, tok = raw[i]
        if kind in ("num", "other"):
            i += 1
            prev_end = e
            prev_sep_text = tok if kind == "other" else "0"
            continue
        # gather a hyphenated compound: word ( - word )*
        parts = [(s, e, tok)]
        j = i + 1
        while (j + 1 < n and raw[j][3] == "-" and raw[j][0] == parts[-1][1]
               and raw[j + 1][0] == raw[j][1] and raw[j + 1][2] in ("word", "abbr", "num")):
            parts.append((raw[j + 1][0], raw[j + 1][1], raw[j + 1][3]))
            j += 2
        before = text[prev_unit_end:s] if prev_unit_end is not None else ""
        space_before = (prev_unit_end is not None and prev_end == prev_unit_end and before.strip() == ""
                        and "\n" not in before)
        sent_start = _sentence_start(text, s, base, out)
        i = j
        prev_end = prev_unit_end = parts[-1][1]
        prev_sep_text = ""
        for unit in _compound_units(parts, base):
            unit.space_before = space_before
            unit.sent_start = sent_start
            out.append(unit)
            space_before = False
    return out


def _sentence_start(text: str, s: int, base: int, out: list[Unit]) -> bool:
    """True when nothing but quotes/brackets separates the word from a sentence end or line start.

    After an abbreviation ("U.S. Tensions") we cannot tell, so the word counts as a
    sentence start: that only makes the chunker more careful.
    """
    k = s - 1
    while k >= 0 and text[k] in " \t\"“‘'(«[—–-•*":
        k -= 1
    if k >= 0 and text[k] == "." and out and out[-1].raw_end - base == k + 1 and out[-1].text[:-1] in TITLE_ABBREVS:
        return False  # "Mr. Smith", "Gen. Milley"
    return k < 0 or text[k] in "\n.!?:;|"


def _unit(s: int, e: int, tok: str, base: int) -> Unit:
    text = tok.replace("\u2019", "'")
    raw, raw_end = text, base + e
    poss = False
    m = _POSSESSIVE.search(text)
    if m and len(text) > 2 and not text.isupper():
        cut = len(text) - m.start()
        text = text[: m.start()]
        e -= cut
        poss = True
    elif m and text.isupper() and text.endswith("'S"):
        text = text[:-2]
        e -= 2
        poss = True
    return Unit(base + s, base + e, text, _is_cap(text), poss, raw=raw, raw_end=raw_end)


def _compound_units(parts: list[tuple[int, int, str]], base: int) -> list[Unit]:
    if len(parts) == 1:
        return [_unit(*parts[0], base)]
    whole = _unit(parts[0][0], parts[-1][1], "-".join(p[2] for p in parts), base)
    first = parts[0][2]
    if first.lower() in PREFIXES and not _is_cap(first):
        rest = parts[1:]
        inner = [_unit(*rest[0], base)] if len(rest) == 1 else _compound_units(rest, base)
        if first.lower() in KEEP_PREFIXES and len(inner) == 1:
            inner[0].start = base + parts[0][0]  # "non-U.S." names the U.S.: keep the whole word
        return inner
    if first in ("al", "el", "bin", "ben", "abu", "ibn", "van", "von", "de") and _is_cap(parts[1][2]):
        whole.cap = True
        return [whole]
    if first in NORP_PREFIXES and _is_cap(parts[-1][2]):
        whole.norp_compound = True
        return [whole]
    if whole.cap and all(_is_cap(p[2]) for p in parts):
        whole.parts = tuple((base + p[0], base + p[1], p[2]) for p in parts)
    return [whole]
