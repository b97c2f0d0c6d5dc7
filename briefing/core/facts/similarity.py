"""Rarity-weighted similarity of two sentences, for finding the same fact in other sources.

Each sentence becomes a set of terms: light stems of its content words, its
numbers and years, with country aliases folded. Terms are weighted by inverse
sentence frequency over the corpus being linked, so sharing "canola" counts
far more than sharing the story's ever-present names.

Words of one family that the light stems keep apart ("agricultural" /
"agriculture", "diplomat" / "diplomatic") count as shared, at ``_DERIVED_SHARE``
of the lighter one's weight, when they begin alike for ``_DERIVED_FROM`` letters
and ``_DERIVED_PART`` of the shorter one. Measured (``tools/eval/paraphrase_eval.py``):
ECB+ same-event sentence pairs of one story, AUC 0.599 -> 0.606, and at the linking
threshold precision 0.939 -> 0.940 with recall 0.082 -> 0.087; MSRP train AUC
0.743 -> 0.745. Words of one meaning (WordNet classes, ``synonyms``) count as shared too.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ..folded import folded
from . import synonyms, text

# Words that carry almost no fact on their own in news text, on top of stop words.
_WEAK = frozenset(
    text.term(w)
    for w in """
new also one key major including part since while year years time way said says report reported
official officials government country countries nation nations people visit trip mission move
strategic significant pivotal critical crucial clear important nuanced complex broad broader
underscore underscores highlight highlights reflect reflects signal signals represent represents
effort efforts approach landscape shift increasingly growing ongoing continued recent
""".split()
)
_WEAK_WEIGHT = 0.3
_PHRASE_BONUS = 0.04  # per shared phrase (two adjacent content words) that is not common
_PHRASE_CAP = 0.16
_NAMES_ONLY = 0.5  # what is left of a similarity that rests on shared names alone
_DERIVED_FROM = 5  # letters two words of one family begin with, at the least
_DERIVED_SHARE = 0.8  # of the lighter word's weight
_DERIVED_PART = 0.8  # of the shorter word the two begin with ("internet" is not "international")


@dataclass(slots=True)
class Terms:
    """A sentence as terms, with the numbers and years kept apart for differences."""

    terms: frozenset[str]
    numbers: frozenset[str]
    years: frozenset[str]
    names: frozenset[str]  # stems of capitalised name words
    bigrams: frozenset[str] = frozenset()  # adjacent content terms: shared phrases
    tense: str = ""  # "past" or "future" when the sentence clearly refers to one
    mass: float = 0.0  # sum of the term weights, filled in by ``Weights.measure``
    families: dict[str, tuple[str, ...]] = field(default_factory=dict)  # first letters -> long terms
    classes: frozenset[int] = frozenset()  # WordNet word classes of its terms (``synonyms``)
    synsets: tuple[tuple[str, frozenset[int]], ...] = ()  # its terms that have classes, with them


def families_of(terms: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Terms of ``_DERIVED_FROM`` letters or more, by their first ``_DERIVED_FROM`` letters."""
    out: dict[str, list[str]] = {}
    for t in terms:
        if len(t) >= _DERIVED_FROM and t.isalpha():
            out.setdefault(t[:_DERIVED_FROM], []).append(t)
    return {k: tuple(sorted(v)) for k, v in out.items()}


_PAST = re.compile(
    r"\b(?:last (?:met|week|month|year)|recent(?:ly)? (?:meeting|talks|visit|summit)|"
    r"previous(?:ly)?|earlier this|ago|had (?:met|visited)|met (?:in|at|with|on)|"
    r"was held|were held)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|scheduled|expected to|set to|plans? to|on the agenda|upcoming|"
    r"later this)\b",
    re.I,
)
_CALENDAR = frozenset(text.MONTHS + text.WEEKDAYS)
_TENSE_CLASH = 0.5  # what is left of a similarity between a past and a future event
MIN_SHARED = 3.0  # shared weight below this is a coincidence (about one rare word)


_IS_PAST, _IS_FUTURE = folded(_PAST), folded(_FUTURE)  # the same answers over lower-cased text


def tense_of(sentence: str) -> str:
    if _IS_PAST(sentence):
        return "past"
    return "future" if _IS_FUTURE(sentence) else ""


_SUPERLATIVES = (
    "largest biggest greatest highest lowest best worst most least smallest longest oldest richest "
    "busiest strongest fastest poorest deadliest"
)
# a rank below the first is another rank, its ordinal and one word: "China, its second-largest
# trading partner" shares no "largest" with "the US, its largest export market", while
# "seventh-largest" and "seventh largest" still share both
_RANKED = re.compile(
    r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ]"
    r"(" + "|".join(_SUPERLATIVES.split()) + r")\b",
    re.I,
)
# a frame that only sets a sentence in its context says nothing of its claim: "the trip comes as
# Canada seeks ..." and "the visit comes as Canada faces ..." share no claim word in "comes"
_FRAME = re.compile(r"\b(?:comes|came|come|coming)\s+(?=(?:as|amid)\b)", re.I)


def claim_words(folded: str) -> str:
    """The sentence as its terms read it: a rank below the first as its ordinal and one word
    ("second secondlargest"), context frames ("comes as", "came amid") left out."""
    if "est" in folded:
        folded = _RANKED.sub(r"\1 \1\2", folded)
    if "com" in folded or "cam" in folded:
        folded = _FRAME.sub("", folded)
    return folded


def terms_of(sentence: str) -> Terms:
    folded = claim_words(text.fold(sentence))  # once: the names and the term sequence both read it
    names = set()
    for group in text.capital_groups(folded):
        for w in text.words(group):
            low = w.lower()
            if low not in text.STOPWORDS and low not in _CALENDAR:
                names.add(text.term(w))
    seq = text.folded_sequence(folded)
    # phrases of common words ("human rights", "electric vehicles"), not of names
    bigrams = {
        f"{a}_{b}"
        for a, b in zip(seq, seq[1:], strict=False)
        if a != "#" and b != "#" and a not in names and b not in names
    }
    terms = text.content_terms_of(sentence, seq)
    synsets = synonyms.classes_of(terms)
    return Terms(
        terms,
        frozenset(text.numbers(sentence)),
        frozenset(text.years(sentence)),
        frozenset(names),
        frozenset(bigrams),
        tense_of(sentence),
        families=families_of(terms),
        classes=frozenset().union(*(c for _, c in synsets)),
        synsets=synsets,
    )


class Weights:
    """Inverse sentence frequency of every term over a set of sentences."""

    def __init__(self, documents: list[Terms]) -> None:
        self.df: Counter[str] = Counter()
        for doc in documents:
            self.df.update(doc.terms)
            self.df.update(doc.bigrams)
        self.n = max(len(documents), 1)
        self.table: dict[str, float] = {}  # weights computed so far (all terms of measured documents)

    def __call__(self, term: str) -> float:
        w = self.table.get(term)
        if w is None:
            w = max(math.log((self.n + 1) / (self.df.get(term, 0) + 0.5)), 0.05)
            if term in _WEAK:
                w *= _WEAK_WEIGHT
            self.table[term] = w
        return w

    def measure(self, doc: Terms) -> Terms:
        """Store the document's total term weight, so similarity need not sum it again."""
        doc.mass = math.fsum(self(t) for t in doc.terms)
        return doc


def similarity(a: Terms, b: Terms, weight: Weights) -> float:
    """Weighted overlap: the mean of weighted Dice and weighted containment, plus a bonus for
    shared phrases, scaled down when what is shared is mostly names."""
    shared = a.terms & b.terms
    if not shared:
        return 0.0
    table = weight.table
    try:
        ws = math.fsum(map(table.__getitem__, shared))
    except KeyError:
        ws = math.fsum(weight(t) for t in shared)
    if a.families and b.families and not a.families.keys().isdisjoint(b.families):
        ws += _derived(a, b, weight)
    if a.classes and b.classes and not a.classes.isdisjoint(b.classes):
        ws += shared_meanings(a, b, weight)
    wa = a.mass or math.fsum(weight(t) for t in a.terms)
    wb = b.mass or math.fsum(weight(t) for t in b.terms)
    if not wa or not wb or ws < MIN_SHARED:
        return 0.0
    base = 0.5 * (2 * ws / (wa + wb)) + 0.5 * (ws / min(wa, wb))
    names = a.names & b.names & shared
    if names:
        name_share = math.fsum(weight(t) for t in names) / ws
        base *= 1.0 - (1.0 - _NAMES_ONLY) * name_share**2
    phrases = a.bigrams & b.bigrams
    if phrases:
        rare_limit = max(2.0, weight.n * 0.02) + 2
        df = weight.df
        total = base + min(_PHRASE_CAP, _PHRASE_BONUS * sum(1 for p in phrases if df.get(p, 0) <= rare_limit))
    else:
        total = base
    if a.tense and b.tense and a.tense != b.tense:
        total *= _TENSE_CLASH
    return total


def shared_meanings(a: Terms, b: Terms, weight: Weights) -> float:
    """Weight of the words of one WordNet class (``synonyms``) that only one of each pair has."""
    common = a.classes & b.classes
    if not common:
        return 0.0
    return synonyms.shared_weight(a.synsets, b.synsets, a.terms, b.terms, common, weight)


def _derived(a: Terms, b: Terms, weight: Weights) -> float:
    """Weight of the words of one family that only one of each pair of sentences has."""
    out = 0.0
    used: set[str] = set()
    for key in sorted(a.families.keys() & b.families.keys()):
        mine = [t for t in a.families[key] if t not in b.terms]
        theirs = [t for t in b.families[key] if t not in a.terms]
        for x in mine:
            for y in theirs:
                if y in used:
                    continue
                n = min(len(x), len(y))
                k = _DERIVED_FROM
                while k < n and x[k] == y[k]:
                    k += 1
                if k >= _DERIVED_PART * n:
                    used.add(y)
                    out += _DERIVED_SHARE * min(weight(x), weight(y))
                    break
    return out
