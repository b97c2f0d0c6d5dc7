"""The reader's jump history: back and forward after a jump, like a browser or vim's jumplist.

A ``Place`` is an article and a position in it (the top of the view, and the
selected span if any). ``jumped(from_place)`` records where the reader was
before a jump (opening an article, following a fact, a mention, a search
result); ``back(here)`` and ``forward(here)`` return the place to restore and
remember ``here`` for the way back. Kept for the session only, bounded.
"""

from __future__ import annotations

from dataclasses import dataclass

LIMIT = 100


@dataclass(frozen=True)
class Place:
    article_id: str
    offset: int = 0  # source offset of the first visible line
    selection: tuple[int, int] | None = None

    def same_spot(self, other: Place) -> bool:
        return self.article_id == other.article_id and self.selection == other.selection


class History:
    """Two stacks of places; a new jump clears the forward one."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def jumped(self, origin: Place) -> None:
        """The reader leaves ``origin`` for somewhere else (a new jump)."""
        if self._back and self._back[-1].same_spot(origin):
            self._back[-1] = origin  # same spot again: keep the newer position only
        else:
            self._back.append(origin)
            del self._back[: -self.limit]
        self._forward.clear()

    def back(self, here: Place) -> Place | None:
        """Where to go back to (None at the start); ``here`` becomes reachable by forward."""
        if not self._back:
            return None
        self._forward.append(here)
        return self._back.pop()

    def forward(self, here: Place) -> Place | None:
        if not self._forward:
            return None
        self._back.append(here)
        return self._forward.pop()

    def forget(self, keep: set[str]) -> None:
        """Drop places in articles that are gone (after a reload)."""
        self._back = [p for p in self._back if p.article_id in keep]
        self._forward = [p for p in self._forward if p.article_id in keep]

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)
