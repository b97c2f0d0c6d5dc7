"""Where two linked sentences disagree: on a number, a date, or the status of an event.

Only disagreement is reported, not mere extra detail: both sentences must state
the thing (a number, a year, a weekday, a status) and state it differently.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Difference, SourceRef
from . import text

# Status of a trip, talks or other planned event, from the verb phrase describing it.
_STATUS = [
    (
        "completed",
        re.compile(
            r"\b(?:returned (?:home )?from|has (?:concluded|ended|wrapped up|completed)|"
            r"concluded (?:his|her|their|a|the) (?:visit|trip|talks)|wrapped up|"
            r"after (?:his|her|their) (?:visit|trip) to)\b",
            re.I,
        ),
    ),
    (
        "under way",
        re.compile(
            r"\b(?:en route|is (?:travell?ing|visiting|in)|are (?:travell?ing|visiting)|"
            r"has (?:embarked|arrived|landed|begun)|have (?:embarked|arrived|landed)|"
            r"arrived in|landed in|is on (?:a|an|his|her) (?:visit|trip|tour)|"
            r"currently (?:in|visiting))\b",
            re.I,
        ),
    ),
    (
        "planned",
        re.compile(
            r"\b(?:scheduled for|is preparing for|are preparing for|preparing to|"
            r"(?:is|are) (?:set|due|expected) to (?:travel|visit|arrive|go)|"
            r"will (?:travel|visit|arrive|go) to|planned (?:visit|trip)|upcoming|"
            r"in the (?:near|coming) (?:future|weeks|months))\b",
            re.I,
        ),
    ),
]


@lru_cache(maxsize=65536)
def status(sentence: str) -> tuple[str, str] | None:
    """(status, the words saying it) for the first status phrase found, else None."""
    found = []
    for name, pattern in _STATUS:
        m = pattern.search(sentence)
        if m:
            found.append((m.start(), name, m.group(0)))
    if not found:
        return None
    _, name, words = min(found)
    return name, words


def _show(values: set[str]) -> str:
    return ", ".join(sorted(values))


def compare(a: SourceRef, b: SourceRef) -> list[Difference]:
    """The differences between two sentences stating the same fact (empty when they agree)."""
    out: list[Difference] = []
    na, nb = text.numbers(a.sentence), text.numbers(b.sentence)
    if na and nb and not na & nb:
        out.append(Difference("number", f"{_show(na)} vs {_show(nb)}", a, b))
    ya, yb = text.years(a.sentence), text.years(b.sentence)
    if ya and yb and not ya & yb:
        out.append(Difference("date", f"{_show(ya)} vs {_show(yb)}", a, b))
    da, db = text.weekdays(a.sentence), text.weekdays(b.sentence)
    if da and db and not da & db:
        out.append(
            Difference("date", f"{_show({d.title() for d in da})} vs {_show({d.title() for d in db})}", a, b)
        )
    sa, sb = status(a.sentence), status(b.sentence)
    if sa and sb and sa[0] != sb[0]:
        out.append(Difference("status", f"{sa[1]!r} ({sa[0]}) vs {sb[1]!r} ({sb[0]})", a, b))
    return out
