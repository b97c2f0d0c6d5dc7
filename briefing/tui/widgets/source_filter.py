"""The source list's filter: an input above the list; the list narrows as you type.

Posts ``Typed`` with the text (not ``Input.Changed``, which the search handles),
``Done`` on Enter/Down (keep the filter, go to the list) and ``Cleared`` on
Escape (empty it, go to the list).
"""

from __future__ import annotations

from textual.message import Message
from textual.widgets import Input

from ..keys import bindings_for


class SourceFilter(Input):
    BINDINGS = bindings_for("filter")
    DEFAULT_CSS = """
    SourceFilter { height: 3; border: round $panel; border-title-color: $foreground; }
    SourceFilter:focus { border: round $accent; }
    """

    class Typed(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Done(Message):
        """Enter or Down: keep the filter and go to the list."""

    class Cleared(Message):
        """Escape: clear the filter and go to the list."""

    def __init__(self, **kwargs) -> None:
        super().__init__(placeholder="title, outlet or entity", **kwargs)
        self.border_title = "Filter"

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()  # the search bar's handler must not see the filter's text
        self.post_message(self.Typed(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done())

    def action_done(self) -> None:
        self.post_message(self.Done())

    def action_clear(self) -> None:
        self.value = ""
        self.post_message(self.Cleared())
