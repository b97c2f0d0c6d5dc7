"""The key facts shown for an article: its best facts once corroboration by other sources counts.

A claim that other outlets also report is more likely one of the story's key facts than
one sentence of comment only its own article has, so each distinct other source stating
the same claim (``counts.other_sources``: the one count every view shows) adds
``PER_SOURCE`` to the fact's score, for at most ``MOST_SOURCES`` sources; the facts are
then shown best first. What may be shown is unchanged: the article's chosen facts (the
score floor and the share of its body sentences of ``extract``), at most ``limit`` of them.
The stored facts keep their order (the index's links point at them by position); this
ranks copies.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Fact
from .counts import other_sources

PER_SOURCE = 0.5  # score added for each distinct other source stating the claim
MOST_SOURCES = 3  # sources counted at the most


def shown(facts: list[Fact], limit: int) -> list[Fact]:
    """The first ``limit`` facts, best first with corroboration counted (ties keep their order)."""
    ranked = []
    for fact in facts:
        n = min(other_sources(fact), MOST_SOURCES)
        ranked.append(replace(fact, score=round(fact.score + PER_SOURCE * n, 3)) if n else fact)
    ranked.sort(key=lambda f: -f.score)
    return ranked[: max(limit, 0)]
