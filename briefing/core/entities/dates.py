"""Relative dates: DATE mentions that name no calendar day, month, year or holiday.

"this week", "recent years", "yesterday", "two decades ago", "the next decade" are dates the
article's text highlights, but listing them beside names in an entity browser says nothing
about the corpus; ``Library.entities`` and ``briefing entities`` leave them out unless asked.
"""

from __future__ import annotations

import re

_MONTHS_DAYS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|"
    "oct|october|nov|november|dec|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_ABSOLUTE = re.compile(rf"\d{{4}}|'\d\d|\d0s\b|\bQ[1-4]\b|\b(?:{_MONTHS_DAYS})\b", re.IGNORECASE)
# Words a relative date may start with, capitalised at a sentence start ("Last year, ...").
_STARTS = set(
    "this last next past coming recent today yesterday tomorrow the earlier later early late mid "
    "a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "several few current same previous following upcoming end beginning start middle turn".split()
)


def is_relative(text: str) -> bool:
    """Whether a DATE mention's text is relative ("this week") rather than a calendar date.

    A year, a decade, a quarter, a month or weekday name, a capitalised word after the first
    or a capitalised first word that starts no relative date (a holiday: "Canada Day",
    "Christmas") make it absolute.
    """
    words = text.split()
    if not words or _ABSOLUTE.search(text):
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return False
    first = words[0].split("-")[0]
    return not first[:1].isupper() or first.lower() in _STARTS


def listed(kind: str, canonical: str, relative_dates: bool = False) -> bool:
    """Whether an entity row belongs in an entity listing (relative dates only when asked)."""
    return relative_dates or kind != "DATE" or not is_relative(canonical)
