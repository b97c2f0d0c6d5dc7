"""The search bar: an input whose text changes and Enter/Escape/Down go to the screen as messages.

An invalid query's message is shown inline in the bar's border.
"""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import Input

from ..keys import bindings_for


class SearchBar(Input):
    BINDINGS = bindings_for("search") + [("down", "to_results", "Results")]

    class Closed(Message):
        """Escape in the search bar."""

    class ToResults(Message):
        """Down in the search bar: move into the results."""

    def __init__(self, **kwargs) -> None:
        super().__init__(placeholder='/ to search: words, "a phrase", title:word …', **kwargs)
        self.border_title = "Search"

    def set_message(self, message: str) -> None:
        self.border_subtitle = Text(message)  # may quote the query: data, not markup

    def action_close_search(self) -> None:
        self.post_message(self.Closed())

    def action_to_results(self) -> None:
        self.post_message(self.ToResults())
