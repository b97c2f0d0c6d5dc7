"""A dialog with one toggle per entity type (space toggles, Enter applies, Escape cancels).

Each line says its state in plain text, "[x] person" or "[ ] date", with the label
in the type's style from the shared palette, so it reads the same without colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets.option_list import Option

from ...render import palette
from ..keys import bindings_for
from ..widgets.nav_list import NavList

if TYPE_CHECKING:
    from textual import getters

    from ..app import BriefingApp


DIALOG_WIDTH = 50
FOOTER_MARGIN = 8  # the corners, the subtitle's padding and the border's ends around the footer


class TypeToggles(NavList, inherit_bindings=False):
    """The toggles: a line per type; space (and Enter with no change pending) toggle it."""

    BINDINGS = NavList.BINDINGS + bindings_for("types", only=("dialog.toggle",))

    def __init__(self, types: list[str], hidden: set[str], color: bool | str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.types, self.hidden, self.type_palette = types, set(hidden), palette.palette(color)
        self.plain_palette = palette.palette(False)  # the highlighted line: the highlight's colours

    def on_mount(self) -> None:
        self.set_options([Option(self._prompt(t)) for t in self.types])
        if self.types:
            self.highlighted = 0

    def _prompt(self, kind: str, highlighted: bool = False) -> Text:
        shown = kind not in self.hidden
        text = Text(f"[{'x' if shown else ' '}] ")
        label = palette.ENTITY_LABELS.get(kind, kind.lower())
        styles = self.plain_palette if highlighted else self.type_palette
        text.append(label, style=styles.entity(kind) if shown else styles.off)
        return text

    def row_prompt(self, index: int, highlighted: bool) -> Text | None:
        return self._prompt(self.types[index], highlighted) if index < len(self.types) else None

    def action_toggle_type(self) -> None:  # not action_toggle: that is DOMNode's (an attribute)
        index = self.highlighted
        if index is None or not (0 <= index < len(self.types)):
            return
        kind = self.types[index]
        self.hidden.symmetric_difference_update({kind})
        self.replace_option_prompt_at_index(index, self._prompt(kind, highlighted=True))

    def action_select(self) -> None:
        screen = self.screen
        if isinstance(screen, EntityTypesScreen):
            screen.action_apply()


class EntityTypesScreen(ModalScreen[set[str] | None]):
    BINDINGS = bindings_for("dialog", only=("dialog.close",)) + bindings_for(
        "types", only=("dialog.apply",), priority=True
    )
    DEFAULT_CSS = """
    EntityTypesScreen { align: center middle; }
    EntityTypesScreen > TypeToggles { width: 50; height: auto; max-height: 90%;
                                      border: round $primary; background: $surface;
                                      border-title-color: $foreground; border-subtitle-color: $foreground; }
    """

    if TYPE_CHECKING:
        app = getters.app(BriefingApp)  # typing only (as in reader_base.py): it reads the keymap

    def __init__(self, types: list[str], hidden: set[str], color: bool | str) -> None:
        super().__init__()
        self.types, self.hidden, self.color = types, set(hidden), color

    def compose(self) -> ComposeResult:
        toggles = TypeToggles(self.types, self.hidden, self.color, id="types")
        toggles.border_title = "Highlight entity types"
        yield toggles

    def on_mount(self) -> None:
        self._fit(self.app.size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, screen_width: int) -> None:
        """The dialog as wide as its footer of keys (it was cut at 80 columns: "escape canc…"),
        within the screen; on a screen too narrow for it, the keys alone."""
        keymap = self.app.keymap
        toggle, apply, close = (
            keymap.shown(i, most=1) for i in ("dialog.toggle", "dialog.apply", "dialog.close")
        )
        toggles = self.query_one(TypeToggles)
        room = max(20, screen_width - 2)
        footer = f"{toggle} toggles · {apply} applies · {close} cancels"
        if len(footer) + FOOTER_MARGIN > room:
            footer = f"{toggle} · {apply} ok · {close} cancel"
        toggles.border_subtitle = footer
        toggles.styles.width = min(room, max(DIALOG_WIDTH, len(footer) + FOOTER_MARGIN))

    def action_apply(self) -> None:
        self.dismiss(set(self.query_one(TypeToggles).hidden))

    def action_close(self) -> None:
        self.dismiss(None)
