"""The search bar: an input whose text changes and Enter/Escape/Down go to the screen as messages.

Up and Down recall past searches (``recall.py``); Down at the newest goes into the results.

An invalid query's message is shown inline in the bar's border.
"""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import Input

from ..keys import bindings_for
from .recall import Recall


class SearchBar(Input):
    BINDINGS = bindings_for("search")

    class Closed(Message):
        """Escape in the search bar."""

    class ToResults(Message):
        """Down in the search bar: move into the results."""

    def __init__(self, **kwargs) -> None:
        super().__init__(placeholder='/ to search: words, "a phrase", title:word …', **kwargs)
        self.border_title = "Search"
        self.recall = Recall()  # the screen sets recall.source (past queries, newest first)

    def set_message(self, message: str) -> None:
        self.border_subtitle = Text(message)  # may quote the query: data, not markup

    def action_close_search(self) -> None:
        self.post_message(self.Closed())

    def action_to_results(self) -> None:
        self.post_message(self.ToResults())

    def action_older(self) -> None:
        """Up: an older search (shell-style history)."""
        text = self.recall.older(self.value)
        if text is not None:
            self.value = text
            self.cursor_position = len(text)

    def action_newer(self) -> None:
        """Down: a newer search while recalling, else into the results."""
        text = self.recall.newer(self.value)
        if text is None:
            self.action_to_results()
            return
        self.value = text
        self.cursor_position = len(text)
