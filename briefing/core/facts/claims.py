"""Whether two similar sentences of one story state the same claim, a differing one, or neither.

Similar wording is not enough. Two sentences state the same claim when, beyond
their shared words:

- they agree on time: a meeting that happened is not the one planned, read over the whole
  sentence and over the clauses that hold their shared claim words ("X will fight the bans" /
  "X has been cleared"; ``clause_tense``);
- every value both state for the same attribute agrees: a number, a year or a
  weekday is bound to the words just before it ("arrive ... on Wednesday",
  "worth $2 billion"), and only values bound to a shared word are compared, so
  the arrival day is never compared with the meeting day;
- their actors do not clash: when each names a country, person or body the
  other does not, one shared word ("tariffs") does not make them one claim;
- they agree on the status of the event (planned, under way, completed);
- they share a claim word outside a time frame: "before the next general election" or
  "over the coming decade" only dates what is said (``_TIME_FRAME``);
- when one of them says little (a quote's fragment: "I always want to win.") and the one claim
  word they share is all they share (no agreed value, fewer than two actors in common), they
  state no claim in common.

A pair that agrees on everything but one or more compared values (or the
status) is a *difference* of one claim, reported once per attribute; it is not
counted as corroboration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..folded import folded
from . import text
from .differences import status

_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
# a number written as a word counts only with its scale ("two million", "ten per cent"):
# alone ("one of the", "two sides") a word is seldom a figure a claim states
_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_NUMBER = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_VALUE = re.compile(
    r"(?P<num>(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?"
    rf"|(?<![\w-])(?:{_WORD_NUMBER})(?=\s(?:thousand|million|billion|trillion|per ?cent)\b))"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|m|b)\b)?"
    r"(?P<pct>\s?%|\s?per ?cent)?"
    r"|(?P<day>\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b)",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:]|\b(?:and|but|while|followed|before|after|then)\b")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_BINDING_BEFORE = 4  # content words before a value that say what it measures
_BINDING_AFTER = 2
SHORT_CLAIM = 3  # claim words of a sentence that says little: one shared word is not enough
DIFFERS_FROM = 0.30  # similarity from which a pair that disagrees on a value is one claim that differs


# the unit of a figure is not what it measures: "sales of 30bn rupees" and "a profit of 4bn
# rupees" share no attribute
_UNIT_WORDS = frozenset(
    "dollar dollars pound pounds euro euros rupee rupees yen yuan franc francs crown crowns krona "
    "kronor rouble roubles ruble rubles peso pesos rand pence cent cents".split()
)
_UNIT_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_UNIT_WORDS)) + r")\b", re.I)
_MONEY_BEFORE = re.compile(r"(?:[$£€¥₹]|\b(?:US|A|C|NZ|HK)\$|\b(?:USD|EUR|GBP|JPY|CNY|INR)\s?)$")
_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?(?: of)? " + text.MONTH_NAME + r"\b")


@dataclass(frozen=True, slots=True)
class Value:
    kind: str  # number | date (a year) | day (of a month) | weekday
    value: str
    shown: str
    binding: frozenset[str]
    unit: str = ""  # "%", "money" or "" (a count): only figures of one unit are compared


@dataclass(slots=True)
class Relation:
    kind: str  # "same" or "differs"
    differences: list[tuple[str, str]] = field(default_factory=list)  # (kind, "a vs b"), one per attribute


def _plain_terms(window: str) -> list[str]:
    """Terms of the lower-case content words (what a value measures; names say who, not what)."""
    return [
        text.term(w)
        for w in text.words(window)
        if w[:1].islower() and w.isalpha() and len(w) > 2 and w not in text.STOPWORDS and w not in _UNIT_WORDS
    ]


def _number(raw: str, scale: str | None, pct: str | None) -> str:
    word = _NUMBER_WORDS.get(raw.lower())
    value = float(word if word is not None else raw.replace(",", ""))
    if scale:
        value *= _SCALE[scale.lower()]
    shown = f"{value:g}"
    return shown + ("%" if pct else "")


@lru_cache(maxsize=65536)
def values(sentence: str) -> tuple[Value, ...]:
    """The numbers, years and weekdays a sentence states, each with the words it is bound to."""
    out = []
    for m in _VALUE.finditer(sentence):
        start = max(0, m.start() - 80)
        window = sentence[start : m.start()]
        cut = max(window.rfind(","), window.rfind(";"), window.rfind(" and "))
        before = _plain_terms(window[cut + 1 :] if cut >= 0 else window)[(1 if start and cut < 0 else 0) :]
        after = _plain_terms(_CLAUSE_END.split(sentence[m.end() : m.end() + 40], 1)[0])
        binding = frozenset((*before[-_BINDING_BEFORE:], *after[:_BINDING_AFTER]))
        if m.group("day"):
            day = m.group("day").rstrip("sS").title()
            out.append(Value("weekday", day, day, binding))
            continue
        raw = m.group("num")
        if _YEAR.match(raw) and not m.group("scale") and not m.group("pct"):
            out.append(Value("date", raw, raw, binding))
            continue
        day = _MONTH_AFTER.match(sentence, m.end()) if raw.isdigit() and len(raw) <= 2 else None
        if day is not None:  # "31 December": the day of a date, not a figure
            out.append(Value("day", raw + day.group(0), raw + day.group(0), binding))
            continue
        unit = (
            "%"
            if m.group("pct")
            else "money"
            if _MONEY_BEFORE.search(sentence, max(0, m.start() - 5), m.start())
            else ""
        )
        if not unit and _UNIT_AFTER.match(sentence, m.end()):
            unit = "money"
        out.append(
            Value("number", _number(raw, m.group("scale"), m.group("pct")), m.group(0).strip(), binding, unit)
        )
    return tuple(out)


def _value_conflicts(va: tuple[Value, ...], vb: tuple[Value, ...]) -> tuple[list[tuple[str, str]], bool]:
    """(differences between the ``values`` of two sentences bound to a shared word, whether any
    bound value agreed)."""
    out: list[tuple[str, str]] = []
    agreed = False
    for kind in ("number", "date", "day", "weekday"):
        xa = [v for v in va if v.kind == kind]
        xb = [v for v in vb if v.kind == kind]
        if not xa or not xb:
            continue
        same = {v.value for v in xa} & {v.value for v in xb}
        agreed = agreed or bool(same)
        for v in xa:
            if v.value in same:
                continue
            rivals = [w for w in xb if w.value not in same and w.unit == v.unit and v.binding & w.binding]
            if rivals:
                label = "date" if kind != "number" else "number"
                out.append((label, f"{v.shown} vs {', '.join(sorted({w.shown for w in rivals}))}"))
    return out, agreed


_PAST = re.compile(
    r"\b(?:last (?:met|week|month|year)|had (?:met|visited|agreed|signed)|met (?:in|at|with|on)|"
    r"was held|were held|previously|ago)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|scheduled to|expected to|set to|plans? to|is to|are to|on the agenda|upcoming|later this)\b",
    re.I,
)


_IS_PAST, _IS_FUTURE = folded(_PAST), folded(_FUTURE)  # the same answers over lower-cased text
# a completed event in the present perfect ("have been cleared", "has already signed"), not a verb
# of saying or of intent ("has said", "has pledged" frame what is said, which may be planned)
_DONE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:already|now|also|just|recently|since)\s+)?(?:been\s+)?"
    r"(?!(?:said|told|claimed|added|stated|insisted|admitted|warned|argued|suggested|announced|revealed"
    r"|confirmed|denied|called|urged|asked|pledged|promised|vowed|agreed|decided|planned|hoped|expected"
    r"|indicated|signalled|signaled|stressed|reiterated|quoted|reported|predicted|forecast|tipped|articulated"
    r"|described|outlined|proposed|mentioned|noted|explained|acknowledged|emphasised|emphasized|underlined"
    r"|highlighted|welcomed|criticised|criticized|questioned|accused|dismissed|rejected|defended)\b)"
    r"[a-z]+ed\b",
    re.I,
)
_CLAUSE = re.compile(
    r"[,;:\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|although|though|as|after|before|when)\b"
)


@lru_cache(maxsize=65536)
def _clauses(sentence: str) -> tuple[tuple[frozenset[str], bool, bool], ...]:
    """Each clause of ``sentence``: its claim terms, whether it is planned, whether it is done
    (worked out once per sentence: linking compares a sentence with many others)."""
    return tuple(
        (frozenset(_plain_terms(c)), bool(_FUTURE.search(c)), bool(_DONE.search(c) or _PAST.search(c)))
        for c in _CLAUSE.split(sentence)
    )


def clause_tense(sentence: str, words: frozenset[str]) -> str:
    """ "past" or "future" of the clauses of ``sentence`` holding any of ``words`` (claim terms),
    "" when they say neither or both: "has already been rejected, while X said it will bid" is
    no planned event in its first clause."""
    future = done = False
    for terms, planned, completed in _clauses(sentence):
        if not words.isdisjoint(terms):
            future = future or planned
            done = done or completed
    if future == done:
        return ""
    return "future" if future else "past"


def tense(sentence: str) -> str:
    if _IS_PAST(sentence):
        return "past"
    return "future" if _IS_FUTURE(sentence) else ""


_WEAK_WORDS = frozenset(
    text.term(w)
    for w in """new also one key major part year years time way report official officials government
    country countries nation people visit trip move week month day today said says told""".split()
) | frozenset(  # verbs of saying and thinking: "X claimed" and "Y claimed" claim two things
    text.term(w)
    for w in """claim claims claimed believe believes believed think thinks insist insists insisted
    admit admits admitted add adds added argue argues argued suggest suggests suggested hope hopes
    hoped feel feels felt state states stated stress stresses stressed explain explains explained
    reiterate reiterates reiterated acknowledge acknowledges acknowledged note notes noted""".split()
)


# a time frame that only dates what is said ("before the next general election", "over the
# coming decade", "in the past few weeks"): a preposition of time, then "next", "last"... and a
# point or span of time. Two sentences that share only such a frame state no claim in common
# ("he would quit before the next general election" / "raise taxes after the next general
# election"); the frame's words still count in their similarity.
_TIME_FRAME = re.compile(
    r"\b(?:before|after|until|till|by|ahead of|since|over|during|within|in|for|throughout|from|into)"
    r"\s+(?:the\s+|this\s+|its\s+|their\s+)?(?:next|last|coming|past|previous|following|upcoming|forthcoming)"
    r"(?:\s+(?:few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+))?"
    r"(?:\s+[a-z]+)?\s+(?:general\s+)?(?:elections?|decades?|years?|months?|weeks?|days?|century|centuries"
    r"|quarters?|seasons?|terms?|sessions?|weekends?|summer|winter|spring|autumn|hours?)\b",
    re.I,
)

_FRAME_WORDS = ("next", "last", "com", "past", "previous", "follow")  # one is in every frame


@lru_cache(maxsize=65536)
def claim_words(sentence: str) -> frozenset[str]:
    """Terms of the lower-case content words outside a time frame (``_TIME_FRAME``): what is
    said (names say who it is about)."""
    if any(w in sentence for w in _FRAME_WORDS):
        sentence = _TIME_FRAME.sub(" ", sentence)
    return frozenset(t for t in _plain_terms(sentence) if t not in _WEAK_WORDS)


def actors(sentence: str) -> frozenset[str]:
    """Terms of the names a sentence mentions (countries folded: "U.S." and "American" agree)."""
    out = set()
    for group in text.capital_groups(text.fold(sentence)):
        for w in text.words(group):
            low = w.lower()
            if low not in text.STOPWORDS and low not in text.MONTHS and low not in text.WEEKDAYS:
                out.add(text.term(w))
    return frozenset(out)


def _written_lower(sentence: str) -> frozenset[str]:
    """Terms of the words the sentence writes in lower case, as if capitalised."""
    return frozenset(text.term(w[:1].upper() + w[1:]) for w in text.words(sentence) if w[:1].islower())


def _named_by_one(own: frozenset[str], other: Said) -> bool:
    """Of ``own`` (one sentence's actors the other lacks), some are names the ``other`` sentence
    does not write in lower case either: its first word ("Exports of ...") is no body or person."""
    return bool(own - other.written_lower)


@dataclass(slots=True)
class Said:
    """What ``relation`` reads of one sentence, worked out once (linking compares a sentence
    with many others: ``said`` of each is made once per story, not once per pair)."""

    sentence: str
    tense: str
    actors: frozenset[str]
    claim_words: frozenset[str]
    values: tuple[Value, ...]
    status: tuple[str, str] | None
    written_lower: frozenset[str]


def said(sentence: str, names: frozenset[str] | None = None) -> Said:
    """``sentence``'s record for ``relation``; ``names``: its ``actors`` when already known
    (``similarity.terms_of`` finds the same names)."""
    return Said(
        sentence,
        tense(sentence),
        actors(sentence) if names is None else names,
        claim_words(sentence),
        values(sentence),
        status(sentence),
        _written_lower(sentence),
    )


def _short_and_apart(a: Said, b: Said) -> bool:
    """One of the two says little (``SHORT_CLAIM`` claim words at most: a quote's fragment, "I
    always want to win.") and they name fewer than two actors in common: the one word they
    share is no claim they share."""
    return min(len(a.claim_words), len(b.claim_words)) <= SHORT_CLAIM and len(a.actors & b.actors) < 2


def relation(a: str, b: str, similarity: float, strong: float) -> Relation | None:
    """How sentence ``b`` relates to sentence ``a`` (their ``similarity`` already known)."""
    return relation_of(said(a), said(b), similarity, strong)


def relation_of(a: Said, b: Said, similarity: float, strong: float) -> Relation | None:
    """``relation`` of two sentences' ``said`` records."""
    ta, tb = a.tense, b.tense
    if ta and tb and ta != tb:
        return None  # one happened, the other is planned: two events
    owna, ownb = a.actors - b.actors, b.actors - a.actors
    if len(owna) >= 2 and len(ownb) >= 2 and similarity < strong + 0.12:
        return None  # each names someone the other does not: shared words alone do not tie them
    shared = a.claim_words & b.claim_words
    if not shared:
        return None  # nothing said about them in common: names and places alone are no claim
    conflicts, agreed = _value_conflicts(a.values, b.values)
    if len(shared) == 1 and not agreed and _short_and_apart(a, b):
        return None  # "We are just 2-1 down at half-time." is no report of the match's goal
    ca, cb = clause_tense(a.sentence, shared), clause_tense(b.sentence, shared)
    if ca and cb and ca != cb:
        return None  # what they share is done in one and planned in the other: two events
    sa, sb = a.status, b.status
    if sa and sb and sa[0] != sb[0]:
        conflicts.append(("status", f"{sa[0]} vs {sb[0]} ({sa[1]!r} vs {sb[1]!r})"))
    if not conflicts:
        return Relation("same")
    if _named_by_one(owna, b) and _named_by_one(ownb, a):
        return None  # a difference is one claim told two ways: not about someone else (INSEE vs ONS)
    if similarity >= DIFFERS_FROM:
        return Relation("differs", conflicts)
    return None
