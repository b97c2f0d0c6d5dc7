"""The reader's layout: one, two or three columns by width, zoom, side pane widths, going back.

A mixin of ``ReaderScreen``. The panes sit in one grid (``#columns``); CSS
classes on the screen choose the arrangement:

- below ``TWO_COLUMNS`` (100) one pane at a time, a tab line says which
  (``-narrow``); ``q``/Escape go back to the pane shown before;
- below ``THREE_COLUMNS`` (160) the sources over the key facts or the entities
  (``3``/``4`` choose) on the left, the article on the right (``-two``): wide
  enough for whole titles on two lines and a readable article;
- from ``THREE_COLUMNS`` sources over entities, the article, key facts (``-three``).

``z`` zooms the focused pane to the whole window; ``+``/``-`` widen or narrow
the side pane that has focus, remembered per user (``State`` preferences).
"""

from __future__ import annotations

from ..widgets.article_view import ArticleView
from ..widgets.entity_list import EntityList
from ..widgets.pane_tabs import PaneTabs
from ..widgets.source_filter import SourceFilter
from ..widgets.source_list import SourceList
from .reader_base import ReaderBase

TWO_COLUMNS = 100
THREE_COLUMNS = 160
MIN_ARTICLE = 40
MIN_SIDE = 24
SEARCH_AND_FOOTER = 4  # the search bar (3 lines) and the footer (1)
PANE_BOX = {"sources": "#sources-box", "article": "#center", "facts": "#facts", "entities": "#entities"}


def clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


class LayoutFlow(ReaderBase):
    """Columns, zoom, pane widths and the one-pane back trail for the reader screen."""

    NARROW_WIDTH = TWO_COLUMNS
    zoomed: str | None = None
    lower = "facts"  # which of facts/entities the two-column layout shows under the sources

    # --- arrangement ----------------------------------------------------------------------
    def layout_mode(self, width: int) -> str:
        if width < TWO_COLUMNS:
            return "one"
        return "two" if width < THREE_COLUMNS else "three"

    def _apply_layout(self, width: int) -> None:
        mode = self.layout_mode(width)
        self.narrow = mode == "one"
        single = self.narrow or self.zoomed is not None
        shown = self.zoomed or self.pane
        for name, flag in (("-narrow", self.narrow), ("-two", mode == "two" and not single)):
            self.set_class(flag, name)
        self.set_class(mode == "three" and not single, "-three")
        self.set_class(self.zoomed is not None, "-zoom")
        self.set_class(single, "-single")
        for name in self.PANE_WIDGETS:
            self.set_class(single and shown == name, f"-pane-{name}")
        for name in ("facts", "entities"):
            self.set_class(self.lower == name, f"-lower-{name}")
        self.query_one("#columns").styles.grid_columns = self._grid_columns(mode, width, single)
        keys = {name: self._key_for(f"focus.{name}") for name in self.PANE_WIDGETS}
        self.query_one(PaneTabs).show_active(shown, keys)
        hint = f"{self._key_for('focus.facts')}: key facts" if mode == "two" and not single else ""
        self.query_one(EntityList).border_subtitle = hint
        self._fit_results(self.size.height)

    def _fit_results(self, height: int) -> None:
        """One pane at a time: the search results are that pane, from under the search bar to
        the footer (as a drop-down of up to 60% they covered the top of the pane shown, its
        title and the tab line, and left its lower half showing under them)."""
        from ..widgets.search_results import SearchResults

        results = self.query_one(SearchResults)
        if self.narrow and height > SEARCH_AND_FOOTER + 3:
            results.styles.height = results.styles.max_height = height - SEARCH_AND_FOOTER
        else:
            results.styles.height, results.styles.max_height = "auto", "60%"

    def _grid_columns(self, mode: str, width: int, single: bool) -> str:
        if single:
            return "1fr"
        left, right = self.side_widths(mode, width)
        return f"{left} 1fr" if mode == "two" else f"{left} 1fr {right}"

    def side_widths(self, mode: str, width: int) -> tuple[int, int]:
        """The left (and, with three columns, right) column widths, the user's changes applied."""
        prefs = self.app.state
        if mode == "two":
            left = round(width * 0.45) + prefs.int_pref("layout.two.left", 0)
            return clamp(left, MIN_SIDE, width - MIN_ARTICLE), 0
        left = max(54, round(width * 0.33)) + prefs.int_pref("layout.three.left", 0)
        right = round(width * 0.25) + prefs.int_pref("layout.three.right", 0)
        left = clamp(left, MIN_SIDE, width - MIN_ARTICLE - MIN_SIDE)
        return left, clamp(right, MIN_SIDE, width - MIN_ARTICLE - left)

    def _key_for(self, binding_id: str) -> str:
        return self.app.keymap.shown(binding_id, most=1)

    def on_resize(self, event) -> None:
        self._apply_layout(event.size.width)
        self._fit_results(event.size.height)

    # --- panes ----------------------------------------------------------------------------
    def action_show_pane(self, name: str) -> None:
        if self.narrow and name != self.pane:
            self.pane_trail.append(self.pane)
            del self.pane_trail[:-20]
        if self.zoomed is not None and name != self.zoomed:
            self.zoomed = None
        self.pane = name
        if name in ("facts", "entities"):
            self.lower = name
        self._apply_layout(self.size.width)
        self.set_focus(self.query_one(self.PANE_WIDGETS[name]))

    def on_descendant_focus(self, event) -> None:
        from ..widgets.search_bar import SearchBar
        from ..widgets.search_results import SearchResults

        results = self.query_one(SearchResults)
        if results.display and event.widget not in (results, self.query_one(SearchBar)):
            results.display = False
        focused = "sources" if isinstance(event.widget, SourceFilter) else None
        for name, selector in self.PANE_WIDGETS.items():
            if event.widget is self.query_one(selector):
                focused = name
        if focused is not None and focused != self.pane:
            self.pane = focused
            if focused in ("facts", "entities"):
                self.lower = focused
            self._apply_layout(self.size.width)

    # --- zoom and widths ------------------------------------------------------------------
    def action_zoom(self) -> None:
        if self.zoomed is not None:
            self.zoomed = None
        elif self.narrow:
            self.notify("one pane is shown at a time already (the window is narrow)", timeout=3)
            return
        else:
            self.zoomed = self.pane
        self._apply_layout(self.size.width)
        self.set_focus(self.query_one(self.PANE_WIDGETS[self.pane]))

    def action_resize_side(self, step: int) -> None:
        width = self.size.width
        mode = self.layout_mode(width)
        if mode == "one" or self.zoomed is not None:
            self.notify("no side panes to resize: one pane is shown", timeout=3)
            return
        side = "right" if mode == "three" and self.pane == "facts" else "left"
        name = f"layout.{mode}.{side}"
        before = self.side_widths(mode, width)
        self.app.state.set_pref(name, str(self.app.state.int_pref(name, 0) + step))
        after = self.side_widths(mode, width)
        if after == before:  # at a limit: take the change back so it does not pile up
            self.app.state.set_pref(name, str(self.app.state.int_pref(name, 0) - step))
            self.notify("the side pane cannot get any " + ("wider" if step > 0 else "narrower"), timeout=2)
        self._apply_layout(width)

    # --- going back -----------------------------------------------------------------------
    def back_one_level(self) -> bool:
        """Leave the zoom, the source filter or go to the previous pane; False at the top."""
        if self.zoomed is not None:
            self.action_zoom()
            return True
        sources = self.query_one(SourceList)
        if sources.has_focus and self.filter_text:
            self.clear_filter()
            return True
        if self.narrow and self.pane_trail:
            previous = self.pane_trail.pop()
            self.pane = previous
            if previous in ("facts", "entities"):
                self.lower = previous
            self._apply_layout(self.size.width)
            self.set_focus(self.query_one(self.PANE_WIDGETS[previous]))
            return True
        return False

    def action_back(self) -> None:
        self.back_one_level()

    def action_back_or_quit(self) -> None:
        if not self.back_one_level():
            self.app.action_quit()

    def focus_article(self) -> None:
        """After opening something: the article pane (shown alone when narrow)."""
        if self.narrow:
            self.action_show_pane("article")
        else:
            self.set_focus(self.query_one(ArticleView))
