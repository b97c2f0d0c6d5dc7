"""Cheap text signals shared by fact scoring, linking and differences.

Tokens, light stems, stop words, numbers, years, weekdays and months, and
capitalised word groups: everything here is general English/news knowledge,
nothing about any particular story.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..folded import Folded, folded

STOPWORDS = frozenset(
    """
a about above across after again against all almost along also although always am among an and
another any are around as at be became because been before being below between both but by can
cannot could did do does doing done down during each either else even ever every few for from
further had has have having he her here hers herself him himself his how however i if in into is
it its itself just least less like made make many may me might more most much must my myself near
neither no nor not now of off often on once one only or other others our ours ourselves out over
own per perhaps quite rather same several she should since so some still such than that the their
theirs them themselves then there these they this those though through thus to too toward towards
under until up upon us very via was we well were what whatever when where whether which while who
whom whose why will with within without would yet you your yours also amid amidst despite thereby
itself non its it's s said says say saying told according
""".split()
)

# Multiword and dotted aliases of a few very common country names, folded to one token.
_ALIASES = [
    (
        re.compile(r"\bUnited States(?: of America)?\b|\bU\.\s?S\.(?:\s?A\.)?|\bUSA?\b|\bAmerican?s?\b"),
        " USA ",
    ),
    (re.compile(r"\bUnited Kingdom\b|\bU\.\s?K\.|\bUK\b|\bBritain\b|\bBritish\b"), " UK "),
    (re.compile(r"\bEuropean Union\b|\bE\.\s?U\.|\bEU\b"), " EU "),
    (re.compile(r"\bUnited Nations\b|\bU\.\s?N\.|\bUN\b"), " UN "),
]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NUMBER = re.compile(r"(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?%|\s?per ?cent)?(?![\w])")
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d|s\b)")  # a decade ("the 1950s") is no year
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTH_RE = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?=\W|$)|\bMay\s+\d"
)
# a month's name or its short form, for patterns of dates (each adds what may follow it)
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_MONTH_NAMES = MONTH_NAME + r"\.?"
# the day of a date: "29 April", "29th of April", "April 29", "April 29th"
_DAY_OF_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?: of)? " + _MONTH_NAMES + r"(?!\w)|"
    r"\b" + _MONTH_NAMES + r" (\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\d)"
)
_WEEKDAY_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
_RELATIVE_DATE = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|(?:this|next|last|later this|earlier this) "
    r"(?:week|weekend|month|year|spring|summer|autumn|fall|winter)|(?:next|last|past|coming) decade|"
    r"(?:in|over|within) (?:the )?(?:next|past|coming) \w+)\b",
    re.I,
)
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "thousand": 1000,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "dozen": 12,
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1e6,
    "half": 0.5,
    "double": 2,
    "doubling": 2,
    "doubled": 2,
    "triple": 3,
    "tripling": 3,
    "tripled": 3,
    "quadruple": 4,
    "twice": 2,
    "thrice": 3,
}

_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)
_NUMBER_WORDS_IN = Folded(_NUMBER_WORD).finditer  # over the lower-cased text: the same words
_HAS_RELATIVE_DATE = folded(_RELATIVE_DATE)
_CAPWORD = re.compile(r"\b[A-Z][\w’'.-]*[\w]|\b[A-Z]\b")
# capitalised words that are not names when they start a clause
_NOT_NAMES = frozenset(
    """
I A An The This That These Those It Its He She They We You His Her Their Our In On At For As After
Before When While If Although Though However Meanwhile But And Or So Yet Still There Here What Why
How Who Some Many Most Both All No Not One Two Last Next Since During Despite According Under With
Without By From To Now Then Also Earlier Later Mr Mrs Ms Dr Notably Furthermore Moreover Ultimately
Nonetheless Nevertheless Instead Indeed Additionally Finally First Second Third Such Each Every
Former Senior Prime Minister President Premier Chairman Chief
""".split()
)


# what each alias needs somewhere in the text (every one of its forms holds one): most
# sentences hold none of them, and a substring test is cheaper than a regex scan
_ALIAS_NEEDS = (("U", "America"), ("U", "Brit"), ("E",), ("U",))


def fold(text: str) -> str:
    """The sentence with common country aliases folded to one token each (length may change)."""
    for (pattern, repl), needs in zip(_ALIASES, _ALIAS_NEEDS, strict=True):
        if any(n in text for n in needs):
            text = pattern.sub(repl, text)
    return text


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem: lower case, possessive and common suffixes removed, demonyms folded."""
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    low = low.rstrip("'")
    if word[:1].isupper() and len(low) > 4:
        for suffix in ("ians", "ian", "ese", "ans", "an", "ia", "a"):
            if low.endswith(suffix) and len(low) - len(suffix) >= 4:
                return low[: -len(suffix)]
        return low
    if len(low) <= 3:
        return low
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("ically", ""),
        ("ical", ""),
        ("ics", ""),
        ("ions", ""),
        ("ion", ""),
        ("ments", ""),
        ("ment", ""),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("ly", ""),
    ):
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            low = low[: -len(suffix)] + repl
            break
    if low.endswith("e") and len(low) > 4:
        low = low[:-1]
    if len(low) > 4 and low[-1] == low[-2] and low[-1] not in "aeiousl":
        low = low[:-1]
    if low.endswith("ll") and len(low) > 5:
        low = low[:-1]
    return low


# Paraphrase classes common in news writing: each word maps to its class's first word.
_SYNONYM_CLASSES = """
ties relations relationship relationships
repair rebuild reset restore mend revitalize revitalise revive rebuilding repairing resetting
trip visit mission journey tour
talks discussions negotiations dialogue
allegations accusations claims
interference meddling
arrest detention detain arrested detained
tariffs levies duties
boost increase expand grow raise
reduce cut lower decrease curb
meet meeting met
said says told stated
goal aim objective target purpose
killed dead died
""".strip().splitlines()
SYNONYMS: dict[str, str] = {}
for _line in _SYNONYM_CLASSES:
    _ws = _line.split()
    for _w in _ws:
        SYNONYMS.setdefault(stem(_w), "=" + stem(_ws[0]))
# A capital city often stands for its country's government ("Beijing said").
_CAPITALS = """
beijing:china washington:usa ottawa:canada moscow:russia london:uk paris:france berlin:germany
tokyo:japan kyiv:ukraine kiev:ukraine seoul:korea delhi:india canberra:australia brussels:eu
tehran:iran ankara:turkey rome:italy madrid:spain pyongyang:korea taipei:taiwan jerusalem:israel
""".split()
for _pair in _CAPITALS:
    _city, _country = _pair.split(":")
    SYNONYMS[stem(_city.title())] = stem(
        _country.upper() if _country in ("usa", "uk", "eu") else _country.title()
    )


@lru_cache(maxsize=65536)
def term(word: str) -> str:
    """The comparable form of a word: its stem, or its paraphrase class."""
    s = stem(word)
    return SYNONYMS.get(s, s)


@lru_cache(maxsize=65536)
def term_sequence(text: str) -> tuple[str, ...]:
    """Terms of the content words in order (stop words dropped), with country aliases folded."""
    return folded_sequence(fold(text))


def folded_sequence(folded: str) -> tuple[str, ...]:
    """``term_sequence`` of a text whose ``fold`` is ``folded``."""
    out = []
    for w in words(_NUMBER.sub(" # ", folded)):
        for part in w.split("-") if "-" in w else (w,):
            if part.lower() in STOPWORDS or len(part) < 2:
                continue
            out.append(term(part))
    return tuple(out)


def content_terms(text: str) -> frozenset[str]:
    """Terms of the content words, plus the sentence's numbers and years."""
    return _content_terms(text)


@lru_cache(maxsize=65536)
def _content_terms(text: str) -> frozenset[str]:
    return content_terms_of(text, term_sequence(text))


def content_terms_of(text: str, sequence: tuple[str, ...]) -> frozenset[str]:
    """``content_terms`` of a text whose ``term_sequence`` is ``sequence``."""
    return frozenset(sequence) | _numbers(text) | _years(text)


@lru_cache(maxsize=65536)
def _numbers(text: str) -> frozenset[str]:
    out = set()
    for m in _NUMBER.finditer(text):
        raw = m.group(0)
        if YEAR.fullmatch(raw):
            continue
        out.add(raw.replace(",", "").replace(" ", "").replace("percent", "%").replace("per cent", "%"))
    for m in _NUMBER_WORDS_IN(text):
        out.add(f"{NUMBER_WORDS[m.group(0).lower()]:g}")
    return frozenset(out)


def numbers(text: str) -> set[str]:
    """Normalised numbers that are not years: digits, and number words as their value."""
    return set(_numbers(text))


def days_of_month(text: str) -> set[str]:
    """The day numbers of the text's dates ("29" of "29 April" or "April 29th")."""
    return {m.group(1) or m.group(2) for m in _DAY_OF_MONTH.finditer(text)}


def years(text: str) -> set[str]:
    return set(_years(text))


@lru_cache(maxsize=65536)
def _years(text: str) -> frozenset[str]:
    return frozenset(YEAR.findall(text))


def weekdays(text: str) -> set[str]:
    if "day" not in text:  # every weekday's name holds it (most sentences name none)
        return set()
    return {m.group(0).lower().rstrip("s") for m in _WEEKDAY_RE.finditer(text)}


def has_month(text: str) -> bool:
    return bool(_MONTH_RE.search(text))


def has_relative_date(text: str) -> bool:
    return bool(_HAS_RELATIVE_DATE(text))


@lru_cache(maxsize=65536)
def capital_groups(text: str) -> tuple[str, ...]:
    """Runs of capitalised words that look like names (not sentence-initial function words)."""
    groups: list[str] = []
    current: list[str] = []
    last_end = -2
    for m in _CAPWORD.finditer(text):
        w = m.group(0)
        base = w.rstrip(".").split("’")[0].split("'")[0]
        if base in _NOT_NAMES and not current:
            last_end = -2
            continue
        if current and text[last_end : m.start()].strip() in ("", "-"):
            current.append(w)
        else:
            if current:
                groups.append(" ".join(current))
            current = [w]
        last_end = m.end()
    if current:
        groups.append(" ".join(current))
    return tuple(groups)
