"""The entity legend under the article: each type in its style; switched-off types listed as off.

A type that is switched off (``t``) or all highlighting being off (``e``) is said in
words, so it shows without colour too.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ...render import palette


class Legend(Static):
    DEFAULT_CSS = """
    Legend { height: auto; max-height: 2; padding: 0 1; }
    """

    def show_types(
        self, types: list[str], hidden: set[str], enabled: bool, color: bool | str, status: str = ""
    ) -> None:
        colors = palette.palette(color)
        text = Text()
        if not enabled:
            text.append("entities off (e) ", style="italic")
        shown = [kind for kind in types if enabled and kind not in hidden]
        off = [kind for kind in types if enabled and kind in hidden]
        for kind in shown:
            text.append(palette.SHORT_LABELS.get(kind, kind.lower()), style=colors.entity(kind))
            text.append(" ")
        if off:
            text.append("off: ", style="italic")
            text.append(" ".join(palette.SHORT_LABELS.get(k, k.lower()) for k in off), style=colors.off)
            text.append(" ")
        if types:
            text.append("(t: types)", style="italic")
        if status:
            text.append(f"  {status}", style="bold")
        self.update(text)
