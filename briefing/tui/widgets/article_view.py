"""The article pane: the rendered article drawn line by line, able to scroll to a source offset.

It shows a ``RenderedArticle`` from the shared renderer
(``briefing.render.article_text.render_article``) and wraps it itself, so it
knows exactly which screen line holds any character and can bring a sentence
into view.
"""

from __future__ import annotations

from bisect import bisect_right

from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...render.article_text import RenderedArticle
from ..keys import bindings_for
from .wrap import wrap_spans


class ArticleView(ScrollView, can_focus=True):
    """Title, meta line, headings and paragraphs with entity, match and selection styles."""

    BINDINGS = bindings_for("article")
    DEFAULT_CSS = """
    ArticleView { height: 1fr; padding: 0 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rendered: RenderedArticle | None = None
        self.text = Text("")
        self._lines: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._width = 0
        self._cache: dict[int, Strip] = {}
        self._pending_offset: int | None = None

    # --- content ------------------------------------------------------------------------
    def show_message(self, message: str) -> None:
        """Show a plain line (e.g. "Indexing…") instead of an article."""
        self.rendered = None
        self._set_text(Text(message, style="italic"))

    def show(self, rendered: RenderedArticle, scroll_to: int | None = None) -> None:
        """Show an article; ``scroll_to`` is a source offset to bring into view."""
        self.rendered = rendered
        self._set_text(rendered.text)
        if scroll_to is None:
            self.scroll_to(y=0, animate=False)
        else:
            self.scroll_to_source(scroll_to)

    def restyle(self, rendered: RenderedArticle) -> None:
        """The same article with other styles (entities on/off, types, matches, palette): the
        view stays exactly where it is. Different text is shown with its top line kept."""
        if self.rendered is None or rendered.text.plain != self.text.plain:
            top = self.top_source_offset()
            self.show(rendered)
            self.scroll_to_line_of(top)
            return
        self.rendered = rendered
        self.text = rendered.text
        self._cache.clear()
        self.refresh()

    def scroll_to_line_of(self, offset: int) -> None:
        """Scroll so the line holding source ``offset`` is the top line."""
        line = self.line_of_source(offset)
        if line is not None:
            self.set_scroll(None, line)
            self.refresh()

    def _set_text(self, text: Text) -> None:
        self.text = text
        self._width = 0
        self._rewrap()
        self.refresh()

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width or self.size.width or 80
        if width == self._width and self._lines:
            return
        self._width = width
        self._lines = wrap_spans(self.text.plain, width)
        self._starts = [start for start, _ in self._lines]
        self._cache.clear()
        self.virtual_size = Size(width, len(self._lines))

    def on_resize(self) -> None:
        self._width = 0
        self._rewrap()
        if self._pending_offset is not None:
            self.scroll_to_source(self._pending_offset)
        self.refresh()

    # --- positions ----------------------------------------------------------------------
    def line_of_rendered(self, pos: int) -> int:
        """The screen line (in the scrolled content) holding rendered offset ``pos``."""
        self._rewrap()
        return max(0, bisect_right(self._starts, pos) - 1)

    def line_of_source(self, offset: int) -> int | None:
        if self.rendered is None:
            return None
        pos = self.rendered.to_rendered(offset)
        return None if pos is None else self.line_of_rendered(pos)

    def scroll_to_source(self, offset: int) -> None:
        """Scroll so the line holding source ``offset`` is in view, a third from the top."""
        line = self.line_of_source(offset)
        if line is None:
            return
        self._pending_offset = offset if not self.size.height else None
        height = self.scrollable_content_region.height or 1
        target = max(0, min(line - height // 3, max(0, len(self._lines) - height)))
        self.set_scroll(None, target)
        self.refresh()

    def visible_lines(self) -> range:
        top = int(self.scroll_y)
        return range(top, top + self.scrollable_content_region.height)

    def top_source_offset(self) -> int:
        """The source offset of the first visible line (for remembering the position)."""
        if self.rendered is None or not self._lines:
            return 0
        pos = self._lines[min(int(self.scroll_y), len(self._lines) - 1)][0]
        best = 0
        for src, out, length in zip(
            self.rendered.src_starts, self.rendered.out_starts, self.rendered.lengths, strict=False
        ):
            if out <= pos:
                best = src + min(pos - out, length)
        return best

    # --- keys ---------------------------------------------------------------------------
    def action_cursor_down(self) -> None:
        self.scroll_down(animate=False)

    def action_cursor_up(self) -> None:
        self.scroll_up(animate=False)

    def action_first(self) -> None:
        self.scroll_home(animate=False)

    def action_last(self) -> None:
        self.scroll_end(animate=False)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    # --- drawing ------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        self._rewrap()
        width = self.scrollable_content_region.width
        line = y + int(self.scroll_y)
        base = self.rich_style
        if line >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get(line)
        if strip is None:
            start, end = self._lines[line]
            piece = self.text[start:end]
            piece.rstrip()
            segments = [
                Segment(s.text, base + s.style if s.style else base) for s in piece.render(self.app.console)
            ]
            strip = Strip(segments).adjust_cell_length(width, base)
            self._cache[line] = strip
        return strip
