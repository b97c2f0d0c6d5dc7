"""The corpus-wide entity calls of ``Library``: the entity table (most mentioned first, from
``entity_totals.json``), its types, and every mention of one entity across the corpus.

A mixin of ``Library`` (kept apart so each file stays about one thing).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from .model import ArticleSummary, EntitySummary, Mention

if TYPE_CHECKING:
    from whoosh.query import Query

    from .index.entity_totals import EntityRow
    from .index.store import IndexDir, Manifest


class EntityCalls:
    """Needs the attributes below, ``_manifest``, ``summaries()``, ``mentions()`` and
    ``_ids_naming()`` (provided by Library)."""

    index_dir: IndexDir
    _lock: threading.RLock
    _entity_rows: list[EntityRow] | None
    _listed_rows_cache: tuple[list[EntityRow], list[EntityRow]] | None

    if TYPE_CHECKING:

        @property
        def _manifest(self) -> Manifest: ...

        def summaries(self) -> list[ArticleSummary]: ...

        def mentions(self, aid: str) -> list[Mention]: ...

        def _ids_naming(self, q: Query | None) -> list[str]: ...

    def _entity_table(self) -> list[EntityRow]:
        """[canonical, type, mentions, articles] rows, most mentioned first (see entity_totals)."""
        with self._lock:
            if self._entity_rows is None:
                from .index import entity_totals

                self._entity_rows = entity_totals.read(self.index_dir, self._manifest)
            return self._entity_rows

    def _listed_rows(self, relative_dates: bool) -> list[EntityRow]:
        """The entity table without relative dates ("this week"), unless they are asked for."""
        rows = self._entity_table()
        if relative_dates:
            return rows
        with self._lock:
            if self._listed_rows_cache is None or self._listed_rows_cache[0] is not rows:
                from .entities.dates import listed

                self._listed_rows_cache = (rows, [r for r in rows if listed(r[1], r[0])])
            return self._listed_rows_cache[1]

    def entities(self, limit: int | None = None, relative_dates: bool = False) -> list[EntitySummary]:
        """Entities across the corpus, most mentioned first (the first ``limit`` of them).

        Relative dates ("this week", "recent years") are left out unless ``relative_dates``.
        """
        rows = self._listed_rows(relative_dates)
        return [EntitySummary(c, t, m, a) for c, t, m, a in (rows if limit is None else rows[:limit])]

    def entity_count(self, relative_dates: bool = False) -> int:
        return len(self._listed_rows(relative_dates))

    def entity_types(self) -> set[str]:
        """The entity types that occur anywhere in the corpus."""
        return {row[1] for row in self._entity_table()}

    def mentions_of(self, canonical: str) -> list[tuple[str, Mention]]:
        """Every mention of ``canonical`` across the corpus, by article in path order. The
        index's entity field finds the articles that may name it; their mentions decide."""
        from .index import query as query_mod

        candidates = set(self._ids_naming(query_mod.entity_query(canonical)))
        out: list[tuple[str, Mention]] = []
        for summary in self.summaries():
            if summary.id in candidates:
                out.extend((summary.id, m) for m in self.mentions(summary.id) if m.canonical == canonical)
        return out
