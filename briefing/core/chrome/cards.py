"""Prose that is not the story's though it outweighs it: other stories' cards and readers' comments.

A page's list of article cards prints a headline and one paragraph, again and again; a
stream of them ("News / Agency / 12 Comments / headline / lede / related headline / its
source") sets a few short lines (a section, a source, a count) between one card's lede and
the next card's headline. Their ledes are other stories', so they weigh less towards the
body (``card_ledes``). Reader comments under a short story can hold more prose than the
story: a stretch of prose that starts right under a comments section's header is the
comments when a story of its own stands above that header (``before_comments``).
"""

from __future__ import annotations

import re

from .comments import is_comments_label
from .ending import COMMENTS_HEADER, MIN_BODY_WORDS
from .region import best_run
from .shape import headline_shaped, normalise, word_count

MAX_GAP = 8  # lines between one card's lede and the next card's (a section, a source, a count)
MIN_CARDS = 3
_BARE_COUNT = re.compile(r"^\W*\d[\d,.]*k?\s*\w+\W*$")


def card_ledes(texts: list[str], scores: list[float], reasons: dict[int, str]) -> set[int]:
    """Prose lines of a list of article cards: a headline, one paragraph, a headline, one
    paragraph... three times or more (the ledes of other stories, not this one's body). Between
    two ledes of a stream stand only short lines: no paragraph, nothing over fourteen words;
    under a lede, the next card's headline or a label of three words at most."""
    heads = [
        i not in reasons and headline_shaped(t) and 3 <= word_count(t) <= 24 and s <= 0
        for i, (t, s) in enumerate(zip(texts, scores, strict=True))
    ]
    # a lede under its headline, over the next headline or a card's label ("World", "Agency")
    ledes = [
        i
        for i in range(1, len(texts) - 1)
        if scores[i] > 0
        and heads[i - 1]
        and (heads[i + 1] or (scores[i + 1] < 0 and word_count(texts[i + 1]) <= 3))
    ]
    out: set[int] = set()
    run: list[int] = []
    for i in ledes + [-10]:
        if (
            run
            and run[-1] < i <= run[-1] + MAX_GAP
            and _only_labels(texts, scores, reasons, run[-1] + 2, i - 1)
        ):
            run.append(i)
            continue
        if len(run) >= MIN_CARDS and _headlines_differ(texts, run):
            out.update(run)
        run = [i]
    return out


def _headlines_differ(texts: list[str], run: list[int]) -> bool:
    """Other stories' cards each print their own headline; a gallery of one story prints its
    heading over every picture's caption ("How to build it / Step one ... / How to build it")."""
    heads = {normalise(texts[i - 1]) for i in run}
    return len(heads) * 2 > len(run)


def _only_labels(texts: list[str], scores: list[float], reasons: dict[int, str], lo: int, hi: int) -> bool:
    """Lines ``lo..hi`` are a card's short lines: none is prose or long, and one at least is the
    site's (a count, a source, a byline) when there are any."""
    lines = range(lo, hi)
    return all(scores[k] <= 0 and word_count(texts[k]) <= 14 for k in lines) and (
        hi <= lo or any(k in reasons for k in lines)
    )


def before_comments(
    texts: list[str], reasons: dict[int, str], scores: list[float], span: tuple[int, int]
) -> tuple[int, int]:
    """The body's stretch moved above a comments section's header when it starts right under
    one (its prose is the readers') and a story of its own stands above the header."""
    a, b = span
    header = next(
        (k for k in range(a - 1, max(-1, a - 4), -1) if k in reasons and _comments_head(texts[k])), None
    )
    if header is None:
        return span
    lo, hi = best_run(scores[:header])
    if hi < lo or sum(s for s in scores[lo : hi + 1] if s > 0) < MIN_BODY_WORDS:
        return span
    return lo, hi


def _comments_head(text: str) -> bool:
    """A comments section's header or invitation; a bare count ("53 Comments") is the story's
    masthead as often, and heads nothing."""
    if _BARE_COUNT.match(text):
        return False
    return bool(COMMENTS_HEADER.match(text)) or is_comments_label(text)
