"""The key facts shown for an article: its best facts once corroboration by other sources counts.

A claim that other outlets also report is more likely one of the story's key facts than
one sentence of comment only its own article has, so each distinct other source stating
the same claim (``counts.other_sources``: the one count every view shows) adds
``PER_SOURCE`` to the fact's score, for at most ``MOST_SOURCES`` sources; the facts are
then shown best first. The candidates are the article's facts above the score floor (up
to ``extract.MAX_FACTS``, beyond the share of its body sentences it may show, so that a
claim other outlets report can take the place of a remark only this article makes); at
most ``limit`` are shown, and never more than ``extract.most_shown``. The stored facts
keep their order (the index's links point at them by position); this ranks copies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..model import BriefingFact, Fact
from .counts import other_sources

PER_SOURCE = 0.5  # score added for each distinct other source stating the claim
MOST_SOURCES = 3  # sources counted at the most


def _ranked(facts: list[Fact]) -> list[tuple[float, Fact]]:
    """(score with corroboration counted, fact), best first; ties keep their order."""
    out = [(round(f.score + PER_SOURCE * min(other_sources(f), MOST_SOURCES), 3), f) for f in facts]
    out.sort(key=lambda pair: -pair[0])
    return out


def shown(facts: list[Fact], limit: int, most: int | None = None) -> list[Fact]:
    """The first ``limit`` facts (and at most ``most``: ``extract.most_shown``), best first
    with corroboration counted (copies with that score; ties keep their order)."""
    ranked = _ranked(facts)[: max(min(limit, len(facts) if most is None else most), 0)]
    return [f if score == f.score else replace(f, score=score) for score, f in ranked]


def chosen(facts: list[Fact], most: int) -> list[Fact]:
    """The facts themselves (not copies) that an article may show, best first: what the
    briefing merges (its items count their sources on their own)."""
    return [f for _, f in _ranked(facts)[: max(most, 0)]]


def beyond(facts: list[Fact], limit: int, most: int | None = None) -> list[Fact]:
    """The candidates an article does not show (past its first ``limit``, or its ``most``) that
    another source states too, best first with corroboration counted: corroboration is the
    story's, so the briefing lists them, and ``facts --json`` beside the article's key facts."""
    ranked = _ranked(facts)[max(min(limit, len(facts) if most is None else most), 0) :]
    return [f if score == f.score else replace(f, score=score) for score, f in ranked if other_sources(f) > 0]


def in_briefing(items: list[BriefingFact], shown_facts: Iterable[Fact]) -> list[BriefingFact]:
    """The briefing items of a story: those stating a fact one of its articles shows (its first
    ``facts_per_article``), and those another source states too (corroboration is the story's,
    whether or not an article ranks the claim among its first; ``beyond``). A candidate that no
    article shows and no other source states is not briefed."""
    keys = {(f.path, f.start, f.end) for f in shown_facts}
    return [
        item
        for item in items
        if other_sources(item) > 0
        or (item.fact.path, item.fact.start, item.fact.end) in keys
        or any((s.path, s.start, s.end) in keys for s in item.sources)
    ]
