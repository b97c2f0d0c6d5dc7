"""The kind of a fact, shown only when the sentence says it outright; otherwise no kind ("").

number (a figure stated in digits, not only a year, the day of a date, an age or part of a
name: "Area 51", "Boeing 747"),
date (a date saying when something happens or happened: "on Wednesday", "by 2010"; not a
date inside a name or a modifier, "Black Friday", "Thursday's report", nor the day a thing
was said, "said on Monday"; see ``kind_cues``),
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
