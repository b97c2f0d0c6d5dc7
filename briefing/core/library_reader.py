"""The calls of ``Library`` only the reader makes: entity-prefix lookups for the source list's
filter, and a watch that notices the index or the corpus changing underneath.

A mixin of ``Library`` (kept apart so each file stays about one thing).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .index.store import IndexDir
    from .index.watch import IndexWatch


class ReaderCalls:
    """Needs ``corpus``, ``index_dir`` and ``_ids_naming`` (provided by Library)."""

    corpus: Path
    index_dir: IndexDir

    def _ids_naming(self, q: Any) -> list[str]:  # pragma: no cover - provided by Library
        raise NotImplementedError

    def ids_naming_prefix(self, word: str) -> set[str]:
        """Ids of the articles naming an entity with a word that starts with ``word``
        (for the source list's filter: "carn" finds articles naming Mark Carney)."""
        from whoosh.query.compound import And
        from whoosh.query.terms import Prefix

        from .index.schema import name_analyzer

        tokens = [t.text for t in name_analyzer()(word)]
        if not tokens:
            return set()
        q = Prefix("entity", tokens[0]) if len(tokens) == 1 else And([Prefix("entity", t) for t in tokens])
        return set(self._ids_naming(q))

    def watch(self) -> IndexWatch:
        """A watch on this index and its corpus, to notice that either changed (see index.watch)."""
        from .index.watch import IndexWatch

        return IndexWatch(self.corpus, self.index_dir)
