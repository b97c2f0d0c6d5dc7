"""The entity legend under the article: each type in its style; hidden types shown struck out."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ...render import palette


class Legend(Static):
    DEFAULT_CSS = """
    Legend { height: auto; max-height: 2; padding: 0 1; }
    """

    def show_types(
        self, types: list[str], hidden: set[str], enabled: bool, color: bool, status: str = ""
    ) -> None:
        text = Text()
        if not enabled:
            text.append("entities off (e) ", style="italic")
        for kind in types:
            label = palette.ENTITY_LABELS.get(kind, kind.lower())
            if kind in hidden or not enabled:
                text.append(f"{label}", style="strike dim")
            else:
                text.append(label, style=palette.entity_style(kind, color))
            text.append(" ")
        if types:
            text.append("(t: types)", style="dim")
        if status:
            text.append(f"  {status}", style="bold")
        self.update(text)
