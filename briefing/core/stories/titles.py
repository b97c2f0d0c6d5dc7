"""A story's title: the title of the member article most like the others."""

from __future__ import annotations

from collections.abc import Callable

from .grouping import Grouper


def choose(grouper: Grouper, members: list[str], title_of: Callable[[str], str]) -> str:
    """The title of the member with the most similar terms to the others (the first reported
    on a tie); members without a title are passed over."""
    titled = [m for m in members if title_of(m)]
    if len(titled) <= 1:
        return title_of(titled[0]) if titled else ""
    vectors = {m: grouper.vector_of(m) for m in titled}

    def centrality(m: str) -> float:
        mine = vectors[m]
        return sum(sum(v * vectors[o].get(t, 0.0) for t, v in mine.items()) for o in titled if o != m)

    best = max(titled, key=lambda m: (round(centrality(m), 6), -titled.index(m)))
    return title_of(best)
