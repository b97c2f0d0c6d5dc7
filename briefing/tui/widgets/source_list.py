"""The source list: one two-line row per article, drawn line by line (virtualised).

Only the rows on screen are ever rendered, so 10,000 articles open as fast as
five. Posts ``SourceList.Chosen`` when the user opens an article.
"""

from __future__ import annotations

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

ROW_HEIGHT = 2


class SourceList(ScrollView, can_focus=True):
    """Articles of the corpus with a read marker and counts."""

    BINDINGS = bindings_for("sources")
    COMPONENT_CLASSES = {"source-list--cursor", "source-list--meta", "source-list--unread"}
    DEFAULT_CSS = """
    SourceList { height: 1fr; }
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

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.items: list[ArticleSummary] = []
        self.read: set[str] = set()
        self._index: dict[str, int] = {}

    # --- data ---------------------------------------------------------------------------
    def set_items(self, items: list[ArticleSummary], read: set[str]) -> None:
        self.items = list(items)
        self.read = set(read)
        self._index = {item.id: i for i, item in enumerate(self.items)}
        self.virtual_size = Size(self.size.width, len(self.items) * ROW_HEIGHT)
        self.cursor = min(self.cursor, max(0, len(self.items) - 1))
        self.border_title = f"Sources ({len(self.items)})"
        self.refresh()

    def mark_read(self, article_id: str) -> None:
        self.read.add(article_id)
        self.refresh()

    def move_to(self, article_id: str) -> None:
        if article_id in self._index:
            self.cursor = self._index[article_id]

    @property
    def current(self) -> ArticleSummary | None:
        return self.items[self.cursor] if 0 <= self.cursor < len(self.items) else None

    # --- cursor -------------------------------------------------------------------------
    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.items) - 1)) if self.items else 0

    def watch_cursor(self, _old: int, _new: int) -> None:
        top = self.cursor * ROW_HEIGHT
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False)
        elif top + ROW_HEIGHT > self.scroll_y + self.scrollable_content_region.height:
            self.scroll_to(y=top + ROW_HEIGHT - self.scrollable_content_region.height, animate=False)
        self.refresh()

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // ROW_HEIGHT)

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

    async def _on_click(self, event) -> None:
        row = event.style.meta.get("row") if event.style else None
        if row is not None:
            self.cursor = row
            self.action_select()

    # --- drawing ------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = y + int(self.scroll_y)
        row, part = divmod(line, ROW_HEIGHT)
        base = self.rich_style
        if row >= len(self.items):
            return Strip.blank(width, base)
        item = self.items[row]
        is_cursor = row == self.cursor
        if part == 0:
            marker = "▸" if is_cursor else " "
            dot = " " if item.id in self.read else "•"
            text = Text(f"{marker}{dot} ")
            title_style = (
                self.get_component_rich_style("source-list--unread") if item.id not in self.read else Style()
            )
            text.append(one_line(item.title) or item.path, style=title_style)
        else:
            text = Text("   ")
            text.append(summary_meta(item), style=self.get_component_rich_style("source-list--meta"))
        text.truncate(width, overflow="ellipsis", pad=True)
        style = base + self.get_component_rich_style("source-list--cursor") if is_cursor else base
        segments = [
            Segment(s.text, style + s.style if s.style else style) for s in text.render(self.app.console)
        ]
        strip = Strip(segments).adjust_cell_length(width, style)
        return strip.apply_meta({"row": row})
