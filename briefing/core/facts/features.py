"""Per-sentence features for ranking facts: specificity, cue words, position, shape.

Uses the entity mentions when the extractor found any, and always adds its own
cheap signals (numbers, years, weekdays and months, capitalised name groups) so
ranking still works when mentions are missing or sparse.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..folded import folded
from ..model import Mention, Sentence
from . import cues, kind_cues, text

_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
DATE_TYPES = {"DATE", "TIME"}
NUMBER_TYPES = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
_NOT_NAMES = frozenset(DATE_TYPES | NUMBER_TYPES)
# the cue patterns that ignore case, run over the lower-cased sentence (the same matches, faster)
_SCHEDULE = folded(cues.SCHEDULE)
_EXPLICIT_CAUSE = folded(cues.EXPLICIT_CAUSE)
_STATED_GOAL = folded(cues.STATED_GOAL)


@dataclass(slots=True)
class Features:
    words: int = 0
    entities: int = 0  # distinct named entities (people, organisations, places, groups)
    capital_groups: int = 0
    numbers: int = 0
    dates: int = 0
    goal: bool = False
    first: bool = False
    cause: bool = False
    event: int = 0
    attribution: bool = False
    quote: bool = False
    schedule: bool = False
    enumeration: bool = False
    number_words_only: bool = False
    figure_stated: bool = False  # a figure in digits that is no year, day of a date or part of a name
    commentary: bool = False
    opinion: bool = False
    hedges: int = 0
    vague: int = 0
    question: bool = False
    explicit_cause: bool = False  # a causal connective ("because", "in retaliation for"), not "after"
    stated_goal: bool = False  # the sentence states a goal ("the goal is", "seeks to", "plans to")
    specific_date: bool = False  # a date saying when ("on Wednesday"), not in a name nor "said on"
    position: int = 0  # ordinal among the article's body sentences
    body_count: int = 1


class MentionIndex:
    """An article's mentions sorted by offset, to find a sentence's mentions by bisection."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]


def compute(sentence: Sentence, mentions: MentionIndex, position: int, body_count: int) -> Features:
    s = sentence.text
    f = Features(position=position, body_count=body_count)
    inside = mentions.within(sentence.start, sentence.end)
    f.entities = len({m.canonical.lower() for m in inside if m.type not in _NOT_NAMES})
    f.capital_groups = len(set(text.capital_groups(s)))
    f.numbers = len(text.numbers(s)) + sum(1 for m in inside if m.type in NUMBER_TYPES)
    years, weekdays, month = text.years(s), text.weekdays(s), text.has_month(s)
    f.dates = len(years) + len(weekdays) + int(month) + int(text.has_relative_date(s))
    if not f.dates:
        f.dates = sum(1 for m in inside if m.type in DATE_TYPES)
    low = [w.lower() for w in text.words(s)]
    f.words = len(low)
    counts = cues.count_all(low, s)
    f.goal = bool(counts[cues.GOAL.id])
    f.first = bool(counts[cues.FIRST.id])
    f.cause = bool(counts[cues.CAUSE.id])
    f.event = counts[cues.EVENT.id]
    f.attribution = bool(counts[cues.ATTRIBUTION.id])
    f.quote = cues.speech(s)
    if not f.quote and ("“" in s or '"' in s):
        opened = cues.OPEN_QUOTE.search(s.rstrip())
        f.quote = opened is not None and cues.is_quotation(opened.group(1))
    f.schedule = bool(_SCHEDULE(s))
    f.enumeration = cues.is_enumeration(s)
    f.number_words_only = f.numbers > 0 and _DIGIT.search(s) is None
    f.figure_stated = f.numbers > 0 and _states_figure(s, sentence.start, inside, years, month)
    f.commentary = bool(cues.COMMENTARY.search(s))
    f.opinion = bool(cues.OPINION.search(s))
    f.hedges = counts[cues.HEDGE.id]
    f.vague = counts[cues.VAGUE.id]
    f.question = s.rstrip("”\"’' )").endswith("?")
    f.explicit_cause = bool(_EXPLICIT_CAUSE(s))
    f.stated_goal = bool(_STATED_GOAL(s))
    f.specific_date = bool(years or weekdays or month) and kind_cues.states_date(s)
    return f


def _states_figure(s: str, offset: int, inside: list[Mention], years: set[str], month: bool) -> bool:
    """Whether the sentence states a figure in digits that is no year, no day of a date ("on 29
    April"), no age and no part of a name ("Channel 4", "Formula 1", "Park 51" when the
    extractor missed the name: ``kind_cues``); digits inside a quantity the extractor found
    ("$6bn") count."""
    skip = years | text.days_of_month(s) if month else years
    names = [(m.start - offset, m.end - offset) for m in inside if m.type not in _NOT_NAMES]
    for m in _DIGITS.finditer(s):
        if m.group(0) in skip or kind_cues.figure_in_name(s, m.start(), m.end()):
            continue
        if not any(a <= m.start() and m.end() <= b for a, b in names):
            return True
    return False
