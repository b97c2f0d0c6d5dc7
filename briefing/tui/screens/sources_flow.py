"""The source list's filter and sort in the reader (``f``, then ``s``/``S`` in the list).

A mixin of ``ReaderScreen``. The filter narrows the list as you type: every
word must be in the title or outlet, or begin the name of an entity the article
mentions (looked up in the index, in a worker). The sort key (date, outlet,
title, story, file) is remembered per user.
"""

from __future__ import annotations

from textual import work
from textual.timer import Timer

from ...core.model import ArticleSummary
from ...core.source_order import SORT_KEYS, SORT_LABELS, SourceOrder, has_stories
from ..widgets.source_filter import SourceFilter
from ..widgets.source_list import SourceList
from .reader_base import ReaderBase

FILTER_DELAY = 0.12


class SourcesFlow(ReaderBase):
    """Filter and sort of the reader screen's source list."""

    filter_text = ""
    _order: SourceOrder | None = None
    _filter_generation = 0
    _filter_timer: Timer | None = None

    @property
    def sort_key(self) -> str:
        key = self.app.state.pref("sources.sort", "file")
        return key if key in SORT_KEYS else "file"

    @property
    def sort_reverse(self) -> bool:
        return self.app.state.pref("sources.reverse", "0") == "1"

    def sources_loaded(self, summaries: list[ArticleSummary]) -> None:
        """A corpus was (re)opened: build the order, list it with the filter and sort in effect."""
        self._order = SourceOrder(summaries)
        self.apply_sources()

    def listed_in_order(self, items: list[ArticleSummary]) -> list[ArticleSummary]:
        if self._order is None:
            return list(items)
        return self._order.sorted(items, self._effective_key(), self.sort_reverse)

    def _effective_key(self) -> str:
        key = self.sort_key
        if key == "story" and self._order is not None and not has_stories(self._order.items):
            return "file"
        return key

    def _description(self) -> str:
        parts = []
        if self._effective_key() != "file" or self.sort_reverse:
            label = SORT_LABELS[self._effective_key()]
            parts.append(label + (" (reversed)" if self.sort_reverse else ""))
        if self.filter_text.strip():
            parts.append(f"filter: {self.filter_text.strip()}")
        if self.library is None and parts:  # the articles analysed so far
            parts.append("indexing…")
        return " · ".join(parts)

    def listed_while_indexing(self, summaries: list[ArticleSummary]) -> list[ArticleSummary] | None:
        """The articles analysed so far as the filter and sort in effect list them (the filter
        by title and outlet only: entity names need the index); None when they list all of
        them in file order."""
        self._order = SourceOrder(summaries)
        if not self.filter_text.strip() and self._effective_key() == "file" and not self.sort_reverse:
            return None
        return self.listed_in_order(self._order.filtered(self.filter_text))

    def apply_sources(self) -> None:
        """Show the list for the current filter and sort (entity lookups in a worker)."""
        if self._order is None:
            return
        if self.filter_text.strip():
            self._filter_generation += 1
            self._run_filter(self.filter_text, self._filter_generation)
            return
        self._show_sources(self.listed_in_order(self._order.items), self._filter_generation)

    @work(thread=True, exclusive=True, group="filter")
    def _run_filter(self, text: str, generation: int) -> None:
        order, library = self._order, self.library
        if order is None:
            return
        # while indexing (no library yet) the words are looked for in titles and outlets only
        lookup = getattr(library, "ids_naming_prefix", None)
        with self._search_lock:  # the library's searcher is used one thread at a time
            if generation != self._filter_generation:
                return
            items = order.filtered(text, lookup)
        self._to_ui(self._show_sources, self.listed_in_order(items), generation)

    def _show_sources(self, items: list[ArticleSummary], generation: int) -> None:
        if generation == self._filter_generation:
            self.query_one(SourceList).show(items, self._description(), self._effective_key() == "story")

    # --- keys and messages ----------------------------------------------------------------
    def action_filter_sources(self) -> None:
        box = self.query_one(SourceFilter)
        box.display = True
        if self.narrow:
            self.action_show_pane("sources")
        elif self.zoomed not in (None, "sources"):
            self.zoomed = None
            self._apply_layout(self.size.width)
        self.set_focus(box)

    def on_source_filter_typed(self, event: SourceFilter.Typed) -> None:
        self.filter_text = event.text
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_generation += 1
        if not event.text.strip():
            self.apply_sources()
            return
        self._filter_timer = self.set_timer(FILTER_DELAY, self.apply_sources)

    def on_source_filter_done(self) -> None:
        box = self.query_one(SourceFilter)
        if not box.value.strip():
            box.display = False
        self.set_focus(self.query_one(SourceList))

    def on_source_filter_cleared(self) -> None:
        self.clear_filter()

    def clear_filter(self) -> None:
        box = self.query_one(SourceFilter)
        box.value = ""  # posts Typed(""), which shows the whole list
        self.filter_text = ""
        self._filter_generation += 1
        self.apply_sources()
        box.display = False
        self.set_focus(self.query_one(SourceList))

    def on_source_list_sort_asked(self, event: SourceList.SortAsked) -> None:
        state = self.app.state
        if event.reverse:
            state.set_pref("sources.reverse", "0" if self.sort_reverse else "1")
        else:
            keys = [k for k in SORT_KEYS if k != "story" or (self._order and has_stories(self._order.items))]
            current = self._effective_key()
            key = keys[(keys.index(current) + 1) % len(keys)] if current in keys else keys[0]
            state.set_pref("sources.sort", key)
        self.apply_sources()
        label = SORT_LABELS[self._effective_key()] + (", reversed" if self.sort_reverse else "")
        self.notify(f"sources sorted {label}", timeout=2)
