"""Back and forward through the reader's jumps (``ctrl+o``/``alt+left``, ``alt+right``).

A mixin of ``ReaderScreen``: ``open_article`` calls ``note_jump`` before it
shows another article or another span, so every jump (an article opened from
the list, a key fact, an entity mention, a search result, a corroborating
sentence, the next unread article, the palette) can be undone; going back
restores the article, the selected span and the line at the top of the view.
"""

from __future__ import annotations

from ...core.history import History, Place
from ..widgets.article_view import ArticleView
from .reader_base import ReaderBase


class HistoryFlow(ReaderBase):
    """The jump history of the reader screen."""

    _history: History | None = None
    _restoring = False

    @property
    def history(self) -> History:
        if self._history is None:
            self._history = History()
        return self._history

    def here(self) -> Place | None:
        """Where the reader is: the article, the top line of the view, the selected span."""
        if self.article_id is None:
            return None
        offset = self.query_one(ArticleView).top_source_offset()
        selected = (self.selection.start, self.selection.end) if self.selection else None
        return Place(self.article_id, offset, selected)

    def note_jump(self, article_id: str, select: tuple[int, int] | None) -> None:
        """Called by ``open_article`` before it moves: remember where the reader was."""
        origin = self.here()
        if self._restoring or origin is None:
            return
        current = (self.selection.start, self.selection.end) if self.selection else None
        if article_id == origin.article_id and (select is None or select == current):
            return  # not a move (the same article again, e.g. chosen twice in the list)
        self.history.jumped(origin)

    def action_history_back(self) -> None:
        here = self.here()
        place = self.history.back(here) if here is not None else None
        if place is None:
            self.notify("nothing to go back to", timeout=2)
            return
        self.restore_place(place)

    def action_history_forward(self) -> None:
        here = self.here()
        place = self.history.forward(here) if here is not None else None
        if place is None:
            self.notify("nothing to go forward to", timeout=2)
            return
        self.restore_place(place)

    def restore_place(self, place: Place) -> None:
        """Show ``place`` exactly: its article, its selected span, its top line."""
        if self.library is None:
            return
        try:
            self.library.path_of(place.article_id)
        except KeyError:
            self.notify("that article is no longer in the corpus", timeout=3)
            return
        self._restoring = True
        try:
            self.selection = None
            self.open_article(place.article_id, select=place.selection, scroll_to=place.offset)
        finally:
            self._restoring = False
        self.scroll_article_to_top(place.offset)
        self.focus_article()

    def scroll_article_to_top(self, offset: int) -> None:
        """Put the line holding source ``offset`` at the top of the article pane."""
        view = self.query_one(ArticleView)
        line = view.line_of_source(offset)
        if line is None:
            return

        def go() -> None:
            view.set_scroll(None, min(line, max(0, view.virtual_size.height - 1)))
            view.refresh()

        go()
        self.call_after_refresh(go)  # again once a new article's size is known
