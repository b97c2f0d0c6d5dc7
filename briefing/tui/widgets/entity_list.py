"""The entity list: the corpus' most mentioned named entities with their type and counts.

Posts ``EntityList.Chosen`` with the canonical name; the screen shows every
mention across sources. At most ``MAX_SHOWN`` rows: an OptionList lays out
every option up front, so tens of thousands of entities (a large archive) would
cost seconds and hundreds of MB before the reader's first paint; the rest stays
reachable by search (``entity:"Name"``) and ``briefing entities``.
"""
from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets.option_list import Option

from ...core.model import EntitySummary
from ...core.sanitize import one_line
from ...render import palette
from ..keys import bindings_for
from .nav_list import NavList


MAX_SHOWN = 500


class EntityList(NavList, inherit_bindings=False):
    BINDINGS = bindings_for("entities")

    class Chosen(Message):
        def __init__(self, entity: EntitySummary) -> None:
            super().__init__()
            self.entity = entity

    def __init__(self, color: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.color = color
        self.items: list[EntitySummary] = []

    def set_entities(self, items: list[EntitySummary]) -> None:
        total = len(items)
        self.items = list(items[:MAX_SHOWN])  # most mentioned first (Library.entities' order)
        options = []
        for item in self.items:
            text = Text(one_line(item.canonical), style=palette.entity_style(item.type, self.color))
            text.append(f"  {item.type} · {item.mentions} in {item.articles}", style="dim")
            options.append(Option(text))
        if not options:
            options.append(Option(Text("no entities found", style="italic"), disabled=True))
        self.set_options(options)
        if self.items:
            self.highlighted = 0
        self.border_title = (f"Entities ({total})" if total <= MAX_SHOWN
                             else f"Entities (top {MAX_SHOWN:,} of {total:,})")

    def action_select(self) -> None:
        if self.highlighted is not None and 0 <= self.highlighted < len(self.items):
            self.post_message(self.Chosen(self.items[self.highlighted]))
