"""Noticing that the index changed under the reader, and reloading without losing the place.

A mixin of ``ReaderScreen``. A watch (``Library.watch``) is checked in a
worker every ``BRIEFING_WATCH_SECONDS`` (3 s; the corpus folder is walked every
fourth time): when another session, a cron job's ``briefing index --shared`` or
new files changed things, a notice says so and the source list's border says
that ``r`` reloads. ``r`` (any time) reopens the corpus in a worker, updating
the index as the reader's start does (in the indexer process of ``open_flow``),
and shows the same article at the same line, with the filter and sort kept.
"""

from __future__ import annotations

import os
import time

from rich.text import Text
from textual import work
from textual.timer import Timer

from ...core.errors import UserError
from ...core.history import Place
from ...core.index.watch import Change, IndexWatch
from ...core.library import Library
from ...core.plural import counted
from ...core.sanitize import one_line
from ..widgets.article_view import ArticleView
from ..widgets.entity_list import EntityList
from ..widgets.source_list import SourceList
from .reader_base import ReaderBase

WALK_EVERY = 4  # checks between two walks of the corpus folder


def watch_seconds() -> float:
    try:
        return max(0.2, float(os.environ.get("BRIEFING_WATCH_SECONDS", "3")))
    except ValueError:
        return 3.0


class ReloadFlow(ReaderBase):
    """Change detection and reload for the reader screen."""

    _watch: IndexWatch | None = None
    _watch_timer: Timer | None = None
    _watch_ticks = 0
    _reloading = False
    pending_change: Change | None = None

    def start_watch(self, library: Library) -> None:
        """Begin watching ``library``'s index and corpus (the first walk runs in a worker)."""
        self._watch = None
        self.pending_change = None
        if not hasattr(library, "watch"):
            return
        self._make_watch(library)
        if self._watch_timer is None:
            self._watch_timer = self.set_interval(watch_seconds(), self.check_for_changes)

    @work(thread=True, exclusive=True, group="watch")
    def _make_watch(self, library: Library) -> None:
        watch = library.watch()
        self._to_ui(self._set_watch, library, watch)

    def _set_watch(self, library: Library, watch) -> None:
        if self.library is library:
            self._watch = watch

    def check_for_changes(self) -> None:
        if self._watch is None or self._reloading:
            return
        self._watch_ticks += 1
        self._check_worker(self._watch, self._watch_ticks % WALK_EVERY == 0)

    @work(thread=True, exclusive=True, group="watch")
    def _check_worker(self, watch, walk: bool) -> None:
        change = watch.check(walk=walk)
        if change is not None:
            self._to_ui(self._changed, watch, change)

    def _changed(self, watch, change: Change) -> None:
        if watch is not self._watch:
            return
        self.pending_change = change
        key = self._key_for("corpus.reload")
        self.notify(f"{change.reason}; press {key} to reload", title="Corpus changed", timeout=10)
        self.query_one(SourceList).border_subtitle = Text(f"changed · {key}: reload")

    # --- reloading ------------------------------------------------------------------------
    def action_reload(self) -> None:
        if self.library is None or self._reloading:
            return
        self._reloading = True
        place = self.here()
        self.query_one(SourceList).border_subtitle = Text("reloading…")
        self._reload_worker(place)

    @work(thread=True, exclusive=True, group="open")
    def _reload_worker(self, place) -> None:
        old = self.library
        started = time.monotonic()
        options = {"link": False, **self.app.library_options}
        last = [0.0]

        def progress(done: int, total: int) -> None:
            if time.monotonic() - last[0] > 0.2 or done == total:
                last[0] = time.monotonic()
                self._to_ui(self._reload_progress, done, total)

        try:
            # what changed is indexed in a process of its own, as on the first open (open_flow)
            if not self._index_elsewhere(progress, options, first=False):
                return  # the reader went away meanwhile
            library = Library.open(self.app.corpus, progress=progress, **options)
        except UserError as exc:
            self._to_ui(self._reload_failed, str(exc))
            return
        library.defer_links = True
        if not self._to_ui(self._swap_library, library, place, time.monotonic() - started):
            library.close()
            return
        if old is not None and old is not library:
            with self._search_lock:  # no search is using the old searcher any more
                old.close()
        entities = library.entities(EntityList.LIMIT)
        if not self._to_ui(self._show_entities, library, entities, library.entity_count()):
            return
        library.link_now()
        self._to_ui(self._links_ready, library)

    def _reload_progress(self, done: int, total: int) -> None:
        self.query_one(SourceList).border_subtitle = Text(f"reloading… {done}/{total} files")

    def _reload_failed(self, message: str) -> None:
        self._reloading = False
        self.query_one(SourceList).border_subtitle = ""
        self.notify(one_line(message), severity="error", timeout=8, markup=False)

    def _swap_library(self, library: Library, place, seconds: float) -> None:
        self._reloading = False
        before = len(self.query_one(SourceList).all_items)
        self.library = library
        self.app.library = library
        sources = self.query_one(SourceList)
        sources.border_subtitle = ""
        summaries = library.summaries()
        sources.set_items(summaries, self.app.state.read_ids())
        self.sources_loaded(summaries)
        ids = {s.id for s in summaries}
        self.history.forget(ids)
        self.article_id, self.article = None, None  # the article may have changed: read it again
        if place is not None and place.article_id in ids:
            self.restore_after_reload(place)
        elif summaries:
            self.open_article(summaries[0].id, record=False)
        else:
            self.query_one(ArticleView).show_message("No articles in this corpus.")
        self.start_watch(library)
        change = len(summaries) - before
        total = counted(len(summaries), "article") + (f" ({change:+d})" if change else "")
        self.notify(f"reloaded: {total}", timeout=3)

    def restore_after_reload(self, place: Place) -> None:
        if self.library is None:
            return
        article = self.library.article(place.article_id)
        size = len(article.content)
        selection = place.selection if place.selection and place.selection[1] <= size else None
        self.selection = None
        self.open_article(place.article_id, select=selection, scroll_to=min(place.offset, size), record=False)
        self.scroll_article_to_top(min(place.offset, size))
