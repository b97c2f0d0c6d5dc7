"""A yes/no question: ``y`` or Enter answers yes; ``n``, Escape or ``q`` answer no."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keys import bindings_for

if TYPE_CHECKING:
    from textual import getters

    from ..app import BriefingApp


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = bindings_for("dialog", only=("dialog.yes", "dialog.no", "dialog.choose", "dialog.close"))
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Static { width: auto; max-width: 80%; height: auto; padding: 1 2;
                             border: round $primary; background: $surface; }
    """
    if TYPE_CHECKING:
        app = getters.app(BriefingApp)  # typing only (as in reader_base.py): it reads the keymap

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        def keys(binding_id: str) -> str:
            return self.app.keymap.shown(binding_id, "/")

        box = Static(Text(self.question), id="question")  # may quote a filter: data, not markup
        box.border_title = "Confirm"
        box.border_subtitle = f"{keys('dialog.yes')}/{keys('dialog.choose')}: yes · {keys('dialog.no')}/" + (
            f"{keys('dialog.close')}: no"
        )
        yield box

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_select(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)

    def action_close(self) -> None:
        self.dismiss(False)
