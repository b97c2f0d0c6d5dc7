"""A dialog with one toggle per entity type (space toggles, Enter applies, Escape cancels)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import SelectionList

from ...render import palette
from ..keys import bindings_for


class EntityTypesScreen(ModalScreen[set[str] | None]):
    BINDINGS = bindings_for("dialog", only=("dialog.close",)) + [
        Binding("enter", "apply", "Apply", priority=True)
    ]
    DEFAULT_CSS = """
    EntityTypesScreen { align: center middle; }
    EntityTypesScreen > SelectionList { width: 50; height: auto; max-height: 90%;
                                        border: round $primary; background: $surface; }
    """

    def __init__(self, types: list[str], hidden: set[str], color: bool) -> None:
        super().__init__()
        self.types, self.hidden, self.color = types, set(hidden), color

    def compose(self) -> ComposeResult:
        items = [
            (
                Text(palette.ENTITY_LABELS.get(t, t), style=palette.entity_style(t, self.color)),
                t,
                t not in self.hidden,
            )
            for t in self.types
        ]
        toggles = SelectionList[str](*items, id="types")
        toggles.border_title = "Highlight entity types"
        toggles.border_subtitle = "space toggles · Enter applies · Escape cancels"
        yield toggles

    def action_apply(self) -> None:
        shown = set(self.query_one(SelectionList).selected)
        self.dismiss({t for t in self.types if t not in shown})

    def action_close(self) -> None:
        self.dismiss(None)
