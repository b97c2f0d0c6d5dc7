"""Whoosh search for ``Library``: the user's query with its best sentences per hit, and the
ids of the articles an internal query (an entity's name) finds.

A mixin of ``Library`` (kept apart so each file stays about one thing). One searcher is kept
open and reopened when a concurrent update has replaced the index's segment files.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import CorpusError, QueryError
from .index import codec
from .model import Article, Fact, Hit, Mention, SearchResult

if TYPE_CHECKING:
    from whoosh.index import Index
    from whoosh.query import Query
    from whoosh.searching import Searcher

    from .index.store import IndexDir

SORTS = ("score", "date")


class SearchCalls:
    """Needs the attributes below and ``_by_id`` (provided by Library)."""

    index_dir: IndexDir
    root: Path
    one_shot: bool
    _lock: threading.RLock
    _ix: Index | None
    _searcher: Searcher | None
    _cache: dict[str, tuple[Article, list[Mention], list[Fact]]]

    if TYPE_CHECKING:

        @property
        def _by_id(self) -> dict[str, tuple[str, str]]: ...

    def _open_searcher(self, reopen: bool = False) -> Searcher:
        from whoosh.filedb.filestore import FileStorage

        if reopen and self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is None or reopen:
            # with mmap, Whoosh copies each segment part into memory as the searcher opens
            # (~50 ms at 10,000 articles) and queries run from memory; with plain reads the
            # open is instant and each query reads what it needs (phrase and fuzzy queries
            # ~1.5-2x slower). One query: plain reads; the reader's many: mmap.
            storage = FileStorage(str(self.index_dir.whoosh_path), supports_mmap=not self.one_shot)
            self._ix = storage.open_index()
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        elif not self._searcher.up_to_date():
            self._searcher.close()
            self._searcher = self._ix.searcher()
        return self._searcher

    def _ids_naming(self, q: Query | None) -> list[str]:
        """Ids of the articles ``q`` finds (none for None)."""
        if q is None:
            return []
        with self._lock:
            for attempt in range(3):  # a concurrent commit may replace segment files: reopen
                try:
                    searcher = self._open_searcher(reopen=attempt > 0)
                    return [
                        fields.get("id", "")
                        for fields in (hit.fields() for hit in searcher.search(q, limit=None))
                    ]
                except Exception:  # noqa: BLE001 - as in _search_locked
                    continue
        return []

    def search(
        self,
        query: str,
        limit: int = 10,
        sort: str = "score",
        snippets_per_hit: int = 3,
        prefix: bool = False,
    ) -> SearchResult:
        """Whoosh query syntax; hits with their best sentences and highlighted terms.

        ``prefix``: the query is being typed, its last word also matches the start of a
        word (the reader's search as you type; ``briefing search`` keeps the syntax exact).
        Raises QueryError (one line) for a query that cannot be used.
        """
        from .index import query as query_mod

        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}; use score or date")
        limit = max(1, int(limit))
        from .index.schema import query_schema

        q = (query_mod.parse_typing if prefix else query_mod.parse)(query, query_schema())
        with self._lock:
            return self._search_locked(query, q, limit, sort, snippets_per_hit)

    def _search_locked(
        self, query: str, q: Query, limit: int, sort: str, snippets_per_hit: int
    ) -> SearchResult:
        last_error: Exception | None = None
        for attempt in range(5):  # a concurrent commit may delete segment files under us: reopen
            if attempt:
                import time

                time.sleep(0.02 * attempt)  # let the other process finish renaming its files
            try:
                searcher = self._open_searcher(reopen=attempt > 0)
                return self._run(searcher, query, q, limit, sort, snippets_per_hit)
            except Exception as exc:  # noqa: BLE001 - files vanishing under a concurrent commit
                last_error = exc
        raise CorpusError(
            f"cannot search the index at {self.index_dir.path} ({last_error}); run 'briefing index --rebuild'"
        )

    def _run(
        self, searcher: Searcher, text: str, q: Query, limit: int, sort: str, per_hit: int
    ) -> SearchResult:
        from .index import query as query_mod
        from .index import snippets

        results = searcher.search(q, limit=None)
        total = len(results)
        if sort == "date":
            rows: list[tuple[float, dict[str, Any]]] = [(hit.score, hit.fields()) for hit in results]
            rows.sort(key=_newest_first)
        else:
            rows = _best(searcher, results.top_n, limit)
        rows = rows[:limit]
        terms = query_mod.positive_terms(q, searcher.reader())
        phrases = query_mod.positive_phrases(q)
        hits = []
        for score, fields in rows:
            aid = fields.get("id", "")
            rel = fields.get("path", "")
            if "\\" in rel and aid in self._by_id:  # a non-UTF-8 name, stored escaped (documents.storable)
                rel = self._by_id[aid][0]
            path = str(self.root / rel)
            article = self._article_for_hit(aid, fields.get("hash", ""), path)
            found = snippets.best_sentences(article, terms, per_hit, phrases) if article is not None else []
            hits.append(
                Hit(
                    aid,
                    path,
                    fields.get("title", ""),
                    fields.get("outlet", ""),
                    fields.get("date_text", ""),
                    round(float(score), 4),
                    found,
                )
            )
        return SearchResult(text, total, hits)

    def _article_for_hit(self, aid: str, key: str, path: str) -> Article | None:
        if aid in self._cache:
            return self._cache[aid][0]
        stored = self.index_dir.read_object(key) if key else None
        if stored is not None:
            return codec.decode_article(stored, path)[0]
        from . import ingest

        try:
            return ingest.load_file(path)
        except (ingest.SkipFile, OSError):
            return None


def _best(
    searcher: Searcher, ranked: list[tuple[float, int]], limit: int
) -> list[tuple[float, dict[str, Any]]]:
    """The ``limit`` best hits, equal scores in path order. Whoosh breaks ties by document
    number, and its multi-process writer numbers documents in the order its sub-writers
    finish, so equal hits came in another order after each full index."""
    if not ranked:  # best first: Whoosh's unlimited collector sorts them so
        return []
    cut = ranked[min(limit, len(ranked)) - 1][0]
    reader = searcher.reader()
    kept = [(score, reader.stored_fields(doc)) for score, doc in ranked if score >= cut - 1e-9]
    kept.sort(key=lambda row: (-round(row[0], 9), row[1].get("path", "")))
    return kept


def _newest_first(row: tuple[float, dict[str, Any]]) -> tuple[bool, float, float, str]:
    """Sort key of a hit's (score, stored fields): dated first, newest first, then best, then by path."""
    score, fields = row
    date = fields.get("date")
    return (date is None, -(date.timestamp() if date else 0), -score, fields.get("path", ""))
