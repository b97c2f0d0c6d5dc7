"""A small dialog: a titled list of lines, each carrying a value; Enter returns it, Escape closes.

Used for an entity's mentions across sources and for a fact's corroborating sentences.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets.option_list import Option

from ..keys import bindings_for
from ..widgets.nav_list import NavList


class ChoiceScreen(ModalScreen[Any]):
    BINDINGS = bindings_for("dialog", only=("dialog.close",))
    DEFAULT_CSS = """
    ChoiceScreen { align: center middle; }
    ChoiceScreen > NavList { width: 90%; max-width: 110; height: auto; max-height: 90%;
                             border: round $primary; background: $surface; }
    """

    def __init__(self, title: str, entries: list[tuple[Text, Any]], empty: str = "nothing to show") -> None:
        super().__init__()
        self.title_text = title
        self.entries = entries
        self.empty = empty

    def compose(self) -> ComposeResult:
        options = [Option(prompt) for prompt, _ in self.entries] or [
            Option(Text(self.empty, style="italic"), disabled=True)
        ]
        choices = NavList(*options, id="choices")
        choices.border_title = Text(self.title_text)  # data, not markup
        choices.border_subtitle = "Enter jumps · Escape closes"
        yield choices

    def on_mount(self) -> None:
        choices = self.query_one(NavList)
        if self.entries:
            choices.highlighted = 0
        choices.focus()

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.entries):
            self.dismiss(self.entries[event.option_index][1])

    def action_close(self) -> None:
        self.dismiss(None)
