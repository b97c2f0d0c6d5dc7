"""What the command palette's article and entity entries do on the reader screen.

A mixin of ``ReaderScreen`` (the providers are in ``tui/commands.py``): an
article opens (a jump, so ``ctrl+o`` comes back); an entity lists its mentions
across sources, as Enter in the entity list does.
"""

from __future__ import annotations

from ...core.model import EntitySummary
from ..widgets.entity_list import EntityList
from .reader_base import ReaderBase


class PaletteFlow(ReaderBase):
    def open_from_palette(self, article_id: str) -> None:
        if self.library is None:
            return
        self.selection = None
        self.open_article(article_id)
        self.focus_article()

    def show_mentions(self, entity: EntitySummary) -> None:
        self.on_entity_list_chosen(EntityList.Chosen(entity))
