"""Reading an article while the corpus is still being indexed: a preview, then the real thing.

A mixin of ``ReaderScreen``. The source list fills as the indexer child analyses
articles, but the library (key facts, links, search) opens only when the whole index
is written: minutes on a large folder. An article chosen meanwhile, and the first one
listed, is read and analysed here in a worker thread (``core.preview``, the index's own
pipeline) and shown with its entities; the key facts pane keeps saying what it waits
for. When the library opens, the same article opens for real at the place read to.
"""

from __future__ import annotations

from rich.text import Text
from textual import work

from ...core.errors import UserError
from ...core.model import Article, Mention
from ...core.sanitize import one_line
from ...render import palette
from ...render.article_text import render_article
from ..widgets.article_view import ArticleView
from ..widgets.legend import Legend
from ..widgets.source_list import SourceList
from .reader_base import ReaderBase

PREVIEW_NOTE = "key facts once indexed"
FIRST_TRIES = 3  # files tried for the first article before the indexer lists any


class PreviewFlow(ReaderBase):
    """The article shown before the library is open (``preview_id``; None when none is)."""

    preview_id: str | None = None
    _preview_wanted: str | None = None
    _cursor_placed = False  # the source list's cursor was put on the article shown first

    def preview_article(self, article_id: str) -> None:
        """Show ``article_id`` from its file while indexing (the latest choice wins)."""
        if self.library is not None or article_id == self._preview_wanted:
            return
        summary = next((s for s in self.query_one(SourceList).all_items if s.id == article_id), None)
        if summary is None:
            return
        self._preview_wanted = article_id
        self._read_preview(article_id, summary.path)

    def preview_first_file(self) -> None:
        """A folder never indexed: show its first article (by path, the top of the source list
        once it is filled) before the indexer child has listed any, skipping unreadable files."""
        self._read_first()

    @work(thread=True, exclusive=True, group="preview")
    def _read_first(self) -> None:
        from ...core import preview
        from ...core.index.scan import scan
        from ...core.library import article_id

        found = scan(self.app.corpus).files
        for rel in sorted(found)[:FIRST_TRIES]:
            try:
                article, mentions = preview.analyse_file(found[rel].path)
            except UserError:
                continue  # the index will say why it skips it
            self._to_ui(self._show_first, article_id(self.app.corpus, found[rel].path), article, mentions)
            return

    def _show_first(self, article_id: str, article: Article, mentions: list[Mention]) -> None:
        if self._preview_wanted is not None or self._open_when_ready is not None:
            return  # the source list's first article, or one chosen, came first
        self._preview_wanted = self._open_when_ready = article_id
        self._show_preview(article_id, article, mentions)

    @work(thread=True, exclusive=True, group="preview")
    def _read_preview(self, article_id: str, path: str) -> None:
        from ...core import preview

        try:
            article, mentions = preview.analyse_file(path)
        except UserError as exc:
            self._to_ui(self.notify, one_line(str(exc)), severity="warning", timeout=5, markup=False)
            return
        self._to_ui(self._show_preview, article_id, article, mentions)

    def _show_preview(self, article_id: str, article: Article, mentions: list[Mention]) -> None:
        if self.library is not None or article_id != self._preview_wanted or not self.is_attached:
            return  # the index opened meanwhile, or another article was chosen since
        rendered = render_article(
            article,
            mentions if self.entities_on else [],
            [],
            None,
            frozenset(self.hidden_types),
            color=self.app.palette_mode,
        )
        view = self.query_one(ArticleView)
        view.border_title = Text(one_line(article.title))  # data, not markup
        view.border_subtitle = PREVIEW_NOTE
        view.show(rendered)
        self.preview_id = article_id
        types = palette.ordered_types(m.type for m in mentions)
        self.query_one(Legend).show_types(types, self.hidden_types, self.entities_on, self.app.palette_mode)
        self.app.state.mark_read(article_id)
        sources = self.query_one(SourceList)
        sources.mark_read(article_id)
        if not self._cursor_placed and any(s.id == article_id for s in sources.all_items):
            sources.move_to(article_id)  # the cursor on the first article shown, once (see _fill_sources)
            self._cursor_placed = True

    def preview_offset(self, article_id: str) -> int | None:
        """Where the preview of ``article_id`` was read to (a source offset), to open it there."""
        if self.preview_id != article_id:
            return None
        return self.query_one(ArticleView).top_source_offset()
