"""Shell-style recall of past searches in the search bar: Up goes older, Down newer.

Plain logic, no widget: the bar asks ``older``/``newer`` for the text to show.
What the user had typed before the first Up comes back after the newest entry.
"""

from __future__ import annotations

from collections.abc import Callable


class Recall:
    def __init__(self, source: Callable[[], list[str]] | None = None) -> None:
        self.source = source  # past queries, newest first
        self._entries: list[str] = []
        self._index = -1  # -1: not browsing
        self._draft = ""
        self._shown: str | None = None

    @property
    def browsing(self) -> bool:
        return self._index >= 0

    def older(self, current: str) -> str | None:
        """The next older query (None when there is none)."""
        if self._shown is not None and current != self._shown:
            self._index = -1  # edited since: a new recall starts from the newest again
        if self._index < 0:
            self._entries = [q for q in (self.source() if self.source else []) if q != current.strip()]
            self._draft = current
        if self._index + 1 >= len(self._entries):
            return None
        self._index += 1
        self._shown = self._entries[self._index]
        return self._shown

    def newer(self, current: str) -> str | None:
        """The next newer query, the draft after the newest; None when not browsing."""
        if self._index < 0 or (self._shown is not None and current != self._shown):
            self._index = -1
            return None
        self._index -= 1
        self._shown = self._entries[self._index] if self._index >= 0 else None
        return self._shown if self._shown is not None else self._draft
