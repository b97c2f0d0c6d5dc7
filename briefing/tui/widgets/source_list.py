"""The source list: one row per article (its title on up to two lines, then outlet, date and
counts), drawn line by line (virtualised).

Only the rows on screen are ever rendered, so 10,000 articles open, filter and
sort as fast as five: a row's height (2 or 3 lines) depends only on whether its
title fits one line, so the row offsets are one pass over the titles. The
screen decides what is listed and in which order (``show``); the list posts
``Chosen`` when the user opens an article and ``SortAsked`` for ``s``/``S``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.model import ArticleSummary
from ...core.sanitize import one_line
from ..keys import bindings_for
from ..labels import summary_meta
from .wrap import wrap_spans

MARKER = 3  # "▸• " before the title
TITLE_LINES = 2


class SourceList(ScrollView, can_focus=True):
    """Articles of the corpus with a read marker and counts."""

    BINDINGS = bindings_for("sources")
    COMPONENT_CLASSES = {"source-list--cursor", "source-list--meta", "source-list--unread"}
    DEFAULT_CSS = """
    SourceList { height: 1fr; scrollbar-size-vertical: 1; scrollbar-gutter: stable; }
    SourceList > .source-list--cursor { text-style: bold reverse; }
    SourceList:blur > .source-list--cursor { text-style: bold underline; }
    SourceList > .source-list--meta { text-style: dim; }
    SourceList > .source-list--unread { text-style: bold; }
    """

    cursor: reactive[int] = reactive(0, always_update=True)

    class Chosen(Message):
        """The user opened an article."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class SortAsked(Message):
        """``s`` (next sort key) or ``S`` (reverse the order) in the list."""

        def __init__(self, reverse: bool) -> None:
            super().__init__()
            self.reverse = reverse

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.all_items: list[ArticleSummary] = []
        self.items: list[ArticleSummary] = []  # as listed: filtered and sorted
        self.read: set[str] = set()
        self._index: dict[str, int] = {}
        self._starts: list[int] = [0]  # first line of each row, then the total
        self._layout_width = 0
        self._titles: dict[tuple[int, int], list[str]] = {}
        self.description = ""
        self.by_story = False  # sorted by story: the meta line names the story
        self._story_sizes: Counter[str] = Counter()

    # --- data ---------------------------------------------------------------------------
    def set_items(self, items: list[ArticleSummary], read: set[str]) -> None:
        """A new corpus (or a reloaded one): every article, in the library's order."""
        self.all_items = list(items)
        self.read = set(read)
        self.show(self.all_items)

    def show(self, items: list[ArticleSummary], description: str = "", by_story: bool = False) -> None:
        """List ``items`` (a filtered and/or sorted selection), keeping the cursor's article;
        ``by_story``: they are grouped by story, and each row of a story of several articles
        names it."""
        keep = self.current.id if self.current is not None else None
        self.items = list(items)
        self.description = description
        self.by_story = by_story
        self._story_sizes = (
            Counter(getattr(s, "story", "") for s in self.all_items) if by_story else Counter()
        )
        self._index = {item.id: i for i, item in enumerate(self.items)}
        self._relayout(force=True)
        fallback = min(self.cursor, max(0, len(self.items) - 1))
        self.cursor = self._index.get(keep, fallback) if keep is not None else fallback
        shown = (
            f"{len(self.items)}"
            if len(self.items) == len(self.all_items)
            else (f"{len(self.items)} of {len(self.all_items)}")
        )
        self.border_title = Text(f"Sources ({shown})" + (f" · {description}" if description else ""))
        self.refresh()

    def mark_read(self, article_id: str) -> None:
        self.read.add(article_id)
        self.refresh()

    def mark_unread(self, article_id: str) -> None:
        self.read.discard(article_id)
        self.refresh()

    def mark_all_read(self, ids: list[str]) -> None:
        self.read.update(ids)
        self.refresh()

    def move_to(self, article_id: str) -> None:
        if article_id in self._index:
            self.cursor = self._index[article_id]

    @property
    def current(self) -> ArticleSummary | None:
        return self.items[self.cursor] if 0 <= self.cursor < len(self.items) else None

    # --- row geometry -------------------------------------------------------------------
    def _text_width(self) -> int:
        return max(8, self.scrollable_content_region.width - MARKER)

    def _relayout(self, force: bool = False) -> None:
        width = self._text_width()
        if not force and width == self._layout_width:
            return
        self._layout_width = width
        self._titles.clear()
        starts = [0]
        total = 0
        for item in self.items:
            title = one_line(item.title) or item.path
            total += (2 if cell_len(title) > width else 1) + 1
            starts.append(total)
        self._starts = starts
        self._size_to_rows()

    def _size_to_rows(self) -> None:
        """The rows' height, and when they overflow the pane two blank lines more: at the end
        of the list the cursor's row still comes to rest under a whole row (a row is at most
        three lines, so its top is at most two lines past where the last line would put it)."""
        total = self._starts[-1] if self._starts else 0
        height = self.scrollable_content_region.height
        slack = TITLE_LINES if height and total > height else 0
        self.virtual_size = Size(self.scrollable_content_region.width, total + slack)

    def _title_lines(self, row: int) -> list[str]:
        key = (row, self._layout_width)
        lines = self._titles.get(key)
        if lines is None:
            item = self.items[row]
            title = one_line(item.title) or item.path
            width = self._layout_width
            spans = wrap_spans(title, width)
            lines = [title[a:b].rstrip() for a, b in spans[:TITLE_LINES]]
            if len(spans) > TITLE_LINES:
                last = Text(title[spans[TITLE_LINES - 1][0] :])
                last.truncate(width, overflow="ellipsis")
                lines[-1] = last.plain
            if len(self._titles) > 4096:
                self._titles.clear()
            self._titles[key] = lines
        return lines

    def on_resize(self) -> None:
        self._relayout()
        self._size_to_rows()
        self.watch_cursor(self.cursor, self.cursor)

    # --- cursor -------------------------------------------------------------------------
    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.items) - 1)) if self.items else 0

    def watch_cursor(self, _old: int, _new: int) -> None:
        if not self.items or len(self._starts) <= self.cursor + 1:
            self.refresh()
            return
        top, bottom = self._starts[self.cursor], self._starts[self.cursor + 1]
        height = self.scrollable_content_region.height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False)
        elif height and bottom > self.scroll_y + height:
            # the first whole row from which the cursor's row fits: never a row cut at the top
            # (scrolled by lines, the top row showed only its meta line)
            first = self._starts[bisect_left(self._starts, bottom - height)]
            self.scroll_to(y=min(first, top), animate=False)
        self.refresh()

    def _page(self) -> int:
        """How many rows fit on one screen from the cursor on."""
        height = max(1, self.scrollable_content_region.height)
        first = self._starts[self.cursor] if self.cursor < len(self._starts) else 0
        return max(1, bisect_right(self._starts, first + height) - 1 - self.cursor)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.items) - 1

    def action_page_down(self) -> None:
        self.cursor += self._page()

    def action_page_up(self) -> None:
        self.cursor -= self._page()

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Chosen(self.current.id))

    def action_sort(self) -> None:
        self.post_message(self.SortAsked(reverse=False))

    def action_reverse(self) -> None:
        self.post_message(self.SortAsked(reverse=True))

    async def _on_click(self, event) -> None:
        row = event.style.meta.get("row") if event.style else None
        if row is not None:
            self.cursor = row
            self.action_select()

    # --- drawing ------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        self._relayout()
        width = self.scrollable_content_region.width
        line = y + int(self.scroll_y)
        base = self.rich_style
        if line >= self._starts[-1]:
            return Strip.blank(width, base)
        row = bisect_right(self._starts, line) - 1
        part = line - self._starts[row]
        item = self.items[row]
        is_cursor = row == self.cursor
        titles = self._title_lines(row)
        unread = item.id not in self.read
        if part < len(titles):
            if part == 0:
                text = Text(f"{'▸' if is_cursor else ' '}{'•' if unread else ' '} ")
            else:
                text = Text(" " * MARKER)
            title_style = self.get_component_rich_style("source-list--unread") if unread else Style()
            text.append(titles[part], style=title_style)
        else:
            text = Text(" " * MARKER)
            story = getattr(item, "story", "")
            if self.by_story and story and self._story_sizes[story] > 1:
                label = Text(f"({self._story_sizes[story]}) " + one_line(getattr(item, "story_title", "")))
                label.truncate(max(12, (width - MARKER) // 2), overflow="ellipsis")  # room for the meta
                text.append(label.plain + " · ", style="italic")
            text.append(summary_meta(item), style=self.get_component_rich_style("source-list--meta"))
        text.truncate(width, overflow="ellipsis", pad=True)
        style = base + self.get_component_rich_style("source-list--cursor") if is_cursor else base
        segments = [
            Segment(s.text, style + s.style if s.style else style) for s in text.render(self.app.console)
        ]
        strip = Strip(segments).adjust_cell_length(width, style)
        return strip.apply_meta({"row": row})
