"""The kind of a fact (number, date, goal, cause, quote, event, context) from its features."""

from __future__ import annotations

from .features import Features


def kind_of(f: Features) -> str:
    if f.quote:
        return "quote"
    if f.goal:
        return "goal"
    if f.cause and (f.dates or f.event):
        return "cause"
    if f.numbers and not f.number_words_only:
        return "number"
    if f.dates or f.schedule:
        return "date"
    if f.event:
        return "event"
    return "number" if f.numbers else "context"
