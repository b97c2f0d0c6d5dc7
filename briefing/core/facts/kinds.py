"""The kind of a fact, shown only when the sentence says it outright; otherwise no kind ("").

number (a figure stated in digits, not only a year, the day of a date or part of a name),
date (a weekday, a day of a month or a year),
goal (a goal stated as such), cause (a causal connective, never a mere "after"),
quote (speech in quotation marks), event (something done or decided).
"""

from __future__ import annotations

from .features import Features


def kind_of(f: Features) -> str:
    if f.quote:
        return "quote"
    if f.stated_goal:
        return "goal"
    if f.explicit_cause:
        return "cause"
    if f.figure_stated:
        return "number"
    if f.specific_date:
        return "date"
    if f.event >= 2:
        return "event"
    return ""
