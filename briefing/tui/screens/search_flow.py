"""The reader's search: debounced queries in a worker, results, opening a hit at its sentence.

A mixin of ``ReaderScreen`` (it uses the screen's library, state and article
methods); kept apart so each file stays about one thing. The query is searched
as it is typed: its last word also matches as the start of a word ("canol"
finds canola; ``Library.search(prefix=True)``).
"""

from __future__ import annotations

from textual import work

from ...core.errors import QueryError
from ...core.index.query import PREFIX_MIN
from ...core.model import SearchResult
from ...core.sanitize import one_line
from ..widgets.article_view import ArticleView
from ..widgets.search_bar import SearchBar
from ..widgets.search_results import SearchResults
from .reader_base import ReaderBase

SEARCH_DELAY = 0.2
SEARCH_LIMIT = 50


class SearchFlow(ReaderBase):
    """Search bar and results handling for the reader screen."""

    def action_focus_search(self) -> None:
        bar = self.query_one(SearchBar)
        self.set_focus(bar)
        if self._last_result is not None and bar.value.strip():
            self.query_one(SearchResults).display = True

    def on_input_changed(self, event: SearchBar.Changed) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_generation += 1
        if not event.value.strip():
            self.query_one(SearchBar).set_message("")
            self.query_one(SearchResults).display = False
            self._last_result = None
            if self.terms:  # an emptied search bar clears the match highlights
                self.terms, self.matches, self.match_index = [], [], -1
                self._draw_article(keep_view=True)
            return
        self._search_timer = self.set_timer(SEARCH_DELAY, self._start_search)

    def _start_search(self) -> None:
        self.run_search(self.query_one(SearchBar).value, self._search_generation)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, generation: int) -> None:
        if self.library is None:  # still indexing: searched once the index is ready
            self.app.call_from_thread(self._search_waits, generation)
            return
        try:
            with self._search_lock:  # one search at a time on the library's searcher
                if generation != self._search_generation:
                    return  # a newer query was typed meanwhile
                result = self.library.search(query, limit=SEARCH_LIMIT, prefix=True)
        except QueryError as exc:
            if _being_typed(query):  # "c": too short to search yet, not a faulty query
                self.app.call_from_thread(self._search_done, SearchResult(query, 0, []), generation)
            else:
                self.app.call_from_thread(self._search_failed, str(exc), generation)
            return
        self.app.call_from_thread(self._search_done, result, generation)

    def _search_waits(self, generation: int) -> None:
        if generation != self._search_generation:
            return
        if self.library is not None:  # it became ready meanwhile
            self.search_when_ready()
        else:
            self.query_one(SearchBar).set_message("still indexing: searched when the index is ready")

    def search_when_ready(self) -> None:
        """The library has opened (or reopened): search what the bar holds, typed while indexing."""
        bar = self.query_one(SearchBar)
        if bar.value.strip():
            self._search_generation += 1
            self.run_search(bar.value, self._search_generation)

    def _search_failed(self, message: str, generation: int) -> None:
        if generation != self._search_generation:
            return
        self.query_one(SearchBar).set_message(one_line(message)[:200])
        self.query_one(SearchResults).display = False
        self._open_first_result = False

    def _search_done(self, result: SearchResult, generation: int) -> None:
        if generation != self._search_generation:
            return
        self._last_result = result
        bar = self.query_one(SearchBar)
        bar.set_message("" if result.total else _no_match_message(result.query))
        results = self.query_one(SearchResults)
        results.set_result(result)
        results.display = bool(result.hits) and (bar.has_focus or results.has_focus)
        if self._open_first_result:
            self._open_first_result = False
            if results.current is not None:
                self._open_hit(*results.current)

    def on_input_submitted(self, event: SearchBar.Submitted) -> None:
        query = event.value.strip()
        if not query:
            return
        self.app.state.add_search(query)
        results = self.query_one(SearchResults)
        if (
            self._last_result is not None
            and self._last_result.query == event.value
            and results.current is not None
        ):
            self._open_hit(*results.current)
            return
        if self._search_timer is not None:
            self._search_timer.stop()
        self._open_first_result = True
        self.run_search(event.value, self._search_generation)
        if self.library is None:  # still indexing: the keys typed next (n, n) are not the query's
            self.close_search()

    def on_search_bar_to_results(self) -> None:
        results = self.query_one(SearchResults)
        if results.option_count and self._last_result is not None:
            results.display = True
            self.set_focus(results)

    def on_search_results_chosen(self, event: SearchResults.Chosen) -> None:
        self._open_hit(event.hit, event.snippet)

    def _open_hit(self, hit, snippet) -> None:
        if self._last_result is not None:
            self.app.state.add_search(self._last_result.query)
            self.terms = self._terms_of(self._last_result)
        self.query_one(SearchResults).display = False
        if snippet is not None:
            self.open_article(hit.id, select=(snippet.start, snippet.end))
        else:
            self.open_article(hit.id)
        if self.narrow:
            self.action_show_pane("article")
        else:
            self.set_focus(self.query_one(ArticleView))

    def _terms_of(self, result: SearchResult) -> list[str]:
        """The words the search highlighted (as written), to mark in any article opened next."""
        terms: set[str] = set()
        for hit in result.hits:
            for snippet in hit.snippets:
                for start, end in snippet.highlights:
                    if snippet.start <= start < end <= snippet.end:
                        terms.add(snippet.sentence[start - snippet.start : end - snippet.start].lower())
        return sorted(t for t in terms if t.strip())

    def on_search_bar_closed(self) -> None:
        self.close_search()

    def on_search_results_closed(self) -> None:
        self.close_search()

    def close_search(self) -> None:
        self.query_one(SearchResults).display = False
        self.query_one(SearchBar).set_message("")
        target = "article" if self.narrow else self.pane
        self.action_show_pane(target if target in self.PANE_WIDGETS else "article")


def _being_typed(query: str) -> bool:
    """The last word is still too short to be searched as the start of a word."""
    words = query.split()
    return bool(words) and len(words[-1]) < PREFIX_MIN and not query.endswith(" ")


def _no_match_message(query: str) -> str:
    if _being_typed(query):
        return f"no matches yet: a word's start needs {PREFIX_MIN} letters"
    return "no matches"
