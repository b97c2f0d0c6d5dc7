"""A dialog with one toggle per entity type (space toggles, Enter applies, Escape cancels).

Each line says its state in plain text, "[x] person" or "[ ] date", with the label
in the type's style from the shared palette, so it reads the same without colour.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets.option_list import Option

from ...render import palette
from ..keys import bindings_for
from ..widgets.nav_list import NavList


class TypeToggles(NavList, inherit_bindings=False):
    """The toggles: a line per type; space (and Enter with no change pending) toggle it."""

    BINDINGS = NavList.BINDINGS + bindings_for("types", only=("dialog.toggle",))

    def __init__(self, types: list[str], hidden: set[str], color: bool | str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.types, self.hidden, self.type_palette = types, set(hidden), palette.palette(color)

    def on_mount(self) -> None:
        self.set_options([Option(self._prompt(t)) for t in self.types])
        if self.types:
            self.highlighted = 0

    def _prompt(self, kind: str) -> Text:
        shown = kind not in self.hidden
        text = Text(f"[{'x' if shown else ' '}] ")
        label = palette.ENTITY_LABELS.get(kind, kind.lower())
        text.append(label, style=self.type_palette.entity(kind) if shown else self.type_palette.off)
        return text

    def action_toggle_type(self) -> None:  # not action_toggle: that is DOMNode's (an attribute)
        index = self.highlighted
        if index is None or not (0 <= index < len(self.types)):
            return
        kind = self.types[index]
        self.hidden.symmetric_difference_update({kind})
        self.replace_option_prompt_at_index(index, self._prompt(kind))

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

    def __init__(self, types: list[str], hidden: set[str], color: bool | str) -> None:
        super().__init__()
        self.types, self.hidden, self.color = types, set(hidden), color

    def compose(self) -> ComposeResult:
        toggles = TypeToggles(self.types, self.hidden, self.color, id="types")
        toggles.border_title = "Highlight entity types"
        toggles.border_subtitle = (
            f"{self._key_for('dialog.toggle')} toggles · {self._key_for('dialog.apply')} applies"
            f" · {self._key_for('dialog.close')} cancels"
        )
        yield toggles

    def _key_for(self, binding_id: str) -> str:
        from ...core.keymaps import display_key

        keymap = getattr(self.app, "keymap", None)
        keys = keymap.keys(binding_id) if keymap is not None else []
        return display_key(keys[0]) if keys else ""

    def action_apply(self) -> None:
        self.dismiss(set(self.query_one(TypeToggles).hidden))

    def action_close(self) -> None:
        self.dismiss(None)
