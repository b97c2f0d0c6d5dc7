"""The pane switcher shown on narrow terminals: which pane is visible and the keys to switch."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

PANES = (("sources", "Sources"), ("article", "Article"), ("facts", "Facts"), ("entities", "Entities"))


class PaneTabs(Static):
    DEFAULT_CSS = """
    PaneTabs { height: 1; padding: 0 1; }
    """

    def show_active(self, active: str, keys: dict[str, str]) -> None:
        text = Text()
        for name, label in PANES:
            key = keys.get(name, "")
            chunk = f" {key}:{label} " if key else f" {label} "
            text.append(chunk, style="bold reverse" if name == active else "")
        self.update(text)
