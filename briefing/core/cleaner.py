"""Boilerplate detection for article text: the entry points of ``briefing.core.chrome``.

Kept as the one import for structure and tests: ``find_chrome(lines)`` maps each
dropped line to its reason, ``chrome_reason(text)`` judges one line by its wording,
and the shape helpers (sentence ends, headline capitalisation, timestamps) are the
chrome package's own.
"""

from __future__ import annotations

from .chrome import Classification, chrome_reason, classify
from .chrome.shape import (
    ends_sentence,
    is_name_shaped,
    is_nav_shaped,
    is_timestamp,
    is_title_case,
    normalise,
    word_count,
)
from .lines import Line

__all__ = [
    "Classification",
    "chrome_reason",
    "classify",
    "ends_sentence",
    "find_chrome",
    "is_name_shaped",
    "is_nav_shaped",
    "is_timestamp",
    "is_title_case",
    "normalise",
    "word_count",
]


def find_chrome(lines: list[Line]) -> dict[int, str]:
    """Map index in ``lines`` -> reason, for every line that is site chrome."""
    return classify(lines).dropped
