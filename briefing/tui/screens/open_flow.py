"""Opening the corpus from inside the reader: index it in a process of its own, fill the source
list as articles are analysed, then open the library here.

A mixin of ``ReaderScreen``. The index the last run used is taken at once when the
check started before Textual (``Library.open_unverified``) finds it fresh. Otherwise
the corpus is indexed by ``core.index.indexer_process`` (a child with stdio of its
own: the parse pool cannot start under Textual's stdout, and parsing here would hold
the interpreter lock the keys need), with progress in the article pane and the
source list growing as each article is ready; an article chosen meanwhile opens as
soon as the index is. Then ``Library.open`` finds the index fresh and only reads it.
"""

from __future__ import annotations

import threading
import time

from textual import work
from textual.css.query import NoMatches

from ...core.errors import UserError
from ...core.facts.report import fact_limit
from ...core.index import location
from ...core.index.indexer_process import IndexerProcess, child_options
from ...core.index.scan import corpus_root
from ...core.library import Library, summary_of
from ...core.model import ArticleSummary
from ..widgets.article_view import ArticleView
from ..widgets.entity_list import EntityList
from ..widgets.fact_list import FactList
from ..widgets.source_list import SourceList
from .preview_flow import PREVIEW_NOTE
from .reader_base import ReaderBase

FILL_EVERY = 0.3  # seconds between source list refills while indexing


class OpenFlow(ReaderBase):
    """Loading the reader's library in a worker thread."""

    _indexer: IndexerProcess | None = None
    _filled_cursor: str | None = None  # the article the source list's cursor was left on by a fill

    @work(thread=True, exclusive=True, group="open")
    def open_library(self) -> None:
        view = self.query_one(ArticleView)
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] > 0.2 or done == total:
                last[0] = now
                self._to_ui(self._show_progress, view, f"Indexing the corpus… {done}/{total} files")

        pending, self.app.unverified = self.app.unverified, None
        options = {"link": False, **self.app.library_options}
        try:
            # cross-source linking can take minutes on a large corpus: show the corpus first
            if pending is not None and pending.check_fresh():
                library = pending
            else:
                stale: list[ArticleSummary] = []
                if pending is not None:
                    stale = _stale_summaries(pending)
                    pending.close()
                first = (pending is None and _no_index(self.app.corpus)) or self.app.early_indexer is not None
                if first:  # something to read at once: the first file, read here meanwhile
                    self._to_ui(self.preview_first_file)
                if not self._index_elsewhere(progress, options, first=first, stale=stale):
                    return  # the reader went away meanwhile
                library = Library.open(self.app.corpus, progress=progress, **options)
        except UserError as exc:
            self._to_ui(view.show_message, str(exc))
            return
        self._library_opened(library)

    def _index_elsewhere(
        self, progress, options: dict, first: bool, stale: list[ArticleSummary] | None = None
    ) -> bool:
        """Bring the index up to date in the indexer child; False when the reader has gone.
        Raises UserError for a problem the user can fix; a child that fails otherwise is
        reported and the caller's ``Library.open`` does the work here. On a ``first`` build
        the source list fills as articles are analysed; an update (which only sends the
        changed ones) lists the ``stale`` index's articles meanwhile, so a corpus that is
        analysed again after an upgrade is not an empty list for minutes."""
        # the child started before Textual for a folder never indexed (``commands.read``): its
        # index may already be written, but its articles are still to be listed
        early, self.app.early_indexer = self.app.early_indexer, None
        first = first or early is not None
        indexer = early or IndexerProcess(self.app.corpus, child_options(options))
        self._indexer = indexer
        root = str(corpus_root(self.app.corpus))
        entries: dict[str, dict] = {}
        filled = 0.0
        outcome = None
        total = 0
        if stale and not first and not self._to_ui(self._fill_sources, stale, 0, "updating the index…"):
            return False
        try:
            for event in indexer.events():
                if "progress" in event:
                    progress(*event["progress"])
                    total = event["progress"][1]
                elif "article" in event and first:
                    entry = event["article"]
                    entries[entry["id"]] = entry
                    if time.monotonic() - filled > FILL_EVERY:
                        filled = time.monotonic()
                        # total is 0 until the first progress line: still indexing (not "done")
                        if not self._to_ui(self._fill_sources, _summaries(entries, root), total or -1):
                            return False
                elif "done" in event or "error" in event:
                    outcome = event
        finally:
            self._indexer = None
            failure = indexer.failure() if outcome is None else ""
            indexer.stop()
        if entries and not self._to_ui(self._fill_sources, _summaries(entries, root), 0):
            return False
        if outcome is not None and "error" in outcome:
            raise UserError(str(outcome["error"]))
        if outcome is None:
            if not self.is_attached:
                return False
            self._to_ui(self.notify, f"{failure}; indexing here instead", severity="warning", markup=False)
        return True

    def _fill_sources(self, summaries: list[ArticleSummary], total: int, note: str = "") -> None:
        """The articles analysed so far, while the index is being built (the cursor stays on
        the article it was on); ``total`` is the number of files being indexed (-1: not known
        yet, 0: indexing is over); ``note`` says what the list is while it waits."""
        if self.library is not None or not self.is_attached:
            return
        sources = self.query_one(SourceList)
        current = sources.current
        sources.set_items(summaries, self.app.state.read_ids())
        listed = self.listed_while_indexing(summaries)  # a filter or sort chosen meanwhile
        if listed is not None:
            sources.show(listed, self._description())
        # the cursor on the article shown first, once, unless the reader has moved it already
        if current is not None and current.id != self._filled_cursor:
            self._cursor_placed = True  # moved since the last fill: the cursor is the reader's
        if self._preview_wanted is not None and not self._cursor_placed:
            shown = next((s for s in summaries if s.id == self._preview_wanted), None)
            if shown is not None:
                current, self._cursor_placed = shown, True
        if current is not None:
            sources.move_to(current.id)
        self._filled_cursor = sources.current.id if sources.current is not None else None
        if total != 0 and self._open_when_ready is None and sources.current is not None:
            self._open_when_ready = sources.current.id  # the first article listed: read it meanwhile
            self.preview_article(sources.current.id)
        if listed is not None:
            return
        if total > 0:
            sources.border_title = f"Sources ({len(summaries)} of {total}, indexing…)"
        elif total != 0:
            sources.border_title = f"Sources ({len(summaries)}, indexing…)"
        elif note:
            sources.border_title = f"Sources ({len(summaries)}, {note})"

    def _show_progress(self, view: ArticleView, message: str) -> None:
        """Indexing progress: in the article pane, or under an article previewed meanwhile."""
        if self.library is not None:
            return
        if self.preview_id is None:
            view.show_message(message)
        else:
            view.border_subtitle = f"{PREVIEW_NOTE} · {message.removeprefix('Indexing the corpus… ')}"

    def _library_opened(self, library: Library) -> None:
        library.defer_links = True
        if not self._to_ui(self.set_library, library, False):
            return
        # the rest waits for the first paint: this thread would hold the GIL while it draws
        painted = threading.Event()
        if not self._to_ui(self.call_after_refresh, painted.set):
            return
        painted.wait(5.0)
        # the corpus' entity table (a few MB at 10,000 articles): read here, off the UI thread,
        # after the first article is shown
        entities = library.entities(EntityList.LIMIT)
        if not self._to_ui(self._show_entities, library, entities, library.entity_count()):
            return
        library.link_now()
        self._to_ui(self._links_ready, library)

    def on_unmount(self) -> None:
        indexer = self._indexer
        if indexer is not None:  # quit while indexing: the child goes too
            indexer.stop()

    def _to_ui(self, callback, *args, **kwargs) -> bool:
        """Run ``callback`` on the UI thread; False when the reader has gone away meanwhile
        (the user quit while the worker was reading or linking)."""
        try:
            self.app.call_from_thread(callback, *args, **kwargs)
        except (RuntimeError, NoMatches):
            return False
        return True

    def _links_ready(self, library: Library) -> None:
        """Cross-source links arrived: redraw the facts, keeping the highlighted one."""
        if self.library is library and self.is_attached:
            facts = self.query_one(FactList)
            keep = facts.highlighted
            self._refresh_facts()
            if keep is not None and keep < len(facts.items):
                facts.highlighted = keep

    def _show_entities(self, library: Library, entities, total: int) -> None:
        if self.library is library and self.is_attached:
            self.query_one(EntityList).set_entities(entities, total)


def _no_index(corpus) -> bool:
    try:
        return location.guess(corpus) is None
    except OSError:
        return False


def _stale_summaries(library: Library) -> list[ArticleSummary]:
    """The articles of the index the last run used, shown while it is brought up to date
    (none when it cannot be read)."""
    try:
        return library.summaries()
    except Exception:  # noqa: BLE001 - an unreadable old index only means an empty list meanwhile
        return []


def _summaries(entries: dict[str, dict], root: str) -> list[ArticleSummary]:
    """Source list rows for the summary entries the indexer sent, in path order."""
    limit = fact_limit()
    return [summary_of(e, root, limit) for e in sorted(entries.values(), key=lambda e: e["path"])]
