"""Where the article's body runs: the stretch of lines that holds the most prose.

Every line gets a score from its shape: a sentence or a long line counts its words, a
table row or dateline a little, a line of a known chrome family, a short label or a
headline-shaped line counts against. The body is the run of lines with the highest
total (the maximum-sum subarray), so menus before it, footers after it and widgets
that split it are outside or inside it by weight, not by a fixed position.
"""

from __future__ import annotations

from .families import MAX_CHROME_WORDS
from .shape import has_punctuation, is_sentence, is_title_case, starts_lower, word_count

CHROME_WEIGHT = -6.0
SHORT_WEIGHT = -2.0
LABEL_WEIGHT = -1.0
DATA_WEIGHT = 1.0
MAX_LINE_WEIGHT = 60.0
CARD_DISCOUNT = 0.25  # the lede of a teaser card in a list of them
# a sentence this short is as likely a widget's ("Thanks for signing up!") as the body's
MIN_SENTENCE_WORDS = 4
MAX_TEASER_WORDS = 30
# chrome set inside a story (a chart's labels, a gallery): it weighs neither way
INSET_REASONS = frozenset({"chart labels", "gallery caption"})


def score(text: str, chrome: bool, data: bool) -> float:
    """A line's weight towards being in the body."""
    if chrome:
        return CHROME_WEIGHT
    if data:
        return DATA_WEIGHT
    n = word_count(text)
    if n <= MAX_TEASER_WORDS and text.rstrip("\"'”’ ").endswith(("...", "…")):
        return LABEL_WEIGHT  # a teaser cut short ("Beijing warns US diplomat over...")
    if is_sentence(text):
        if n < MIN_SENTENCE_WORDS:
            return 0.5
        return min(float(n), MAX_LINE_WEIGHT) + max(0, n - MAX_CHROME_WORDS)
    if starts_lower(text) and n >= 3:
        return n / 2
    if n <= 4:
        return SHORT_WEIGHT
    if n >= 15 and not is_title_case(text) and has_punctuation(text):
        return n / 3  # a paragraph without its final full stop
    return LABEL_WEIGHT


def best_run(scores: list[float]) -> tuple[int, int]:
    """(first, last) index of the run with the highest sum; (0, -1) when nothing scores."""
    best = 0.0
    best_span = (0, -1)
    total = 0.0
    start = 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = s, i
        else:
            total += s
        if total > best:
            best, best_span = total, (start, i)
    return best_span
