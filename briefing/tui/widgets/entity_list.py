"""The entity list: the corpus' most mentioned named entities with their type and counts.

Posts ``EntityList.Chosen`` with the canonical name; the screen shows every
mention across sources. At most ``LIMIT`` rows: an OptionList lays out every
option up front, so a large archive's tens of thousands of entities would cost
seconds and hundreds of MB before the reader's first paint; the rest stay
reachable by search (``entity:"Name"``), the command palette and ``briefing
entities``. A row is one line: the name is shortened, never its type and counts.
"""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets.option_list import Option

from ...core.model import EntitySummary
from ...core.sanitize import one_line
from ...render import palette
from ..keys import bindings_for
from .clamp import OneLine
from .nav_list import NavList


class EntityList(NavList, inherit_bindings=False):
    BINDINGS = bindings_for("entities")

    class Chosen(Message):
        def __init__(self, entity: EntitySummary) -> None:
            super().__init__()
            self.entity = entity

    def __init__(self, color: str | bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.color = color
        self.items: list[EntitySummary] = []

    # the most mentioned first; the rest are reachable by search. Measured on 10,000 articles
    # (~40,000 entities): laying out every option took ~9 s of the reader's start
    LIMIT = 500

    def set_entities(self, items: list[EntitySummary], total: int | None = None) -> None:
        """Show ``items`` (at most LIMIT); ``total`` is how many the corpus has in all."""
        self.items = list(items)[: self.LIMIT]
        total = len(items) if total is None else total
        options = [Option(self._row(item, False)) for item in self.items]
        if not options:
            options.append(Option(Text("no entities found", style="italic"), disabled=True))
        self.rows_reset()
        self.set_options(options)
        if self.items:
            self.highlighted = 0
        more = f" of {total}" if total > len(self.items) else ""
        self.border_title = f"Entities ({len(self.items)}{more})"

    def _row(self, item: EntitySummary, highlighted: bool) -> OneLine:
        """Name (in its type's style: monochrome on the highlight), then type and counts."""
        style = palette.entity_rich_style(item.type, False if highlighted else self.color)
        tail = Text(f"{item.type} · {item.mentions} in {item.articles}", style="dim")
        return OneLine(Text(one_line(item.canonical), style=style), tail)

    def row_prompt(self, index: int, highlighted: bool) -> OneLine | None:
        return self._row(self.items[index], highlighted) if index < len(self.items) else None

    def waiting(self, message: str) -> None:
        """No entities yet: ``message`` says what the list waits for."""
        self.items = []
        self.rows_reset()
        self.set_options([Option(Text(message, style="italic"), disabled=True)])
        self.border_title = "Entities"

    def action_select(self) -> None:
        if self.highlighted is not None and 0 <= self.highlighted < len(self.items):
            self.post_message(self.Chosen(self.items[self.highlighted]))
