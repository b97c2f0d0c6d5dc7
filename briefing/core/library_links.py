"""The cross-source links of ``Library``: read from ``links.json`` when they belong to the
index's manifest, else computed (here, or in a spawned process for the reader, which defers
them with ``defer_links`` and links in a worker thread with ``link_now``).

A mixin of ``Library`` (kept apart so each file stays about one thing); what the links say
about each fact is applied in ``library_stories``.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .index.link_process import LinkProcess
    from .index.store import IndexDir, Manifest
    from .model import Article, Fact, Mention


class LinkCalls:
    """Needs the attributes below and ``_manifest`` (provided by Library)."""

    index_dir: IndexDir
    root: Path
    read_only: bool
    defer_links: bool
    _lock: threading.RLock
    _links: dict[str, Any] | None
    _link_process: LinkProcess | None
    _closed: bool
    _cache: dict[str, tuple[Article, list[Mention], list[Fact]]]

    if TYPE_CHECKING:

        @property
        def _manifest(self) -> Manifest: ...

    def _links_data(self) -> dict[str, Any]:
        with self._lock:
            if self._links is None:
                if self.defer_links:
                    return {}  # the reader loads or computes them in a worker (link_now)
                self._links = self._read_or_link(self._manifest) or {}
            return self._links

    def _read_or_link(self, manifest: Manifest, elsewhere: bool = False) -> dict[str, Any] | None:
        """links.json when it belongs to ``manifest``, else the links computed now: here, or
        with ``elsewhere`` in a spawned process (None when the library was closed meanwhile)."""
        links = self.index_dir.read_json("links.json", {}) or {}
        if isinstance(links, dict) and links.get("token") == manifest.get("token"):
            return links
        if elsewhere:
            return self._link_elsewhere(manifest)
        from .index.updater import relink

        return relink(self.index_dir, self.root, manifest, write=not self.read_only)

    @property
    def links_pending(self) -> bool:
        """True while cross-source links are deferred and not computed yet."""
        return self.defer_links and self._links is None

    def link_now(self) -> None:
        """Compute (or load) the cross-source links now; articles loaded without them are reloaded.

        With ``defer_links`` set, facts and the briefing come without links until this runs,
        so a caller (the reader) can show the corpus first and link in a worker thread. The
        library's lock is not held while linking (minutes at 10,000 articles): other threads
        keep loading articles meanwhile.
        """
        with self._lock:
            if self._links is not None:
                return
            manifest = self._manifest
        links = self._read_or_link(manifest, elsewhere=True)
        if links is None:
            return  # closed meanwhile
        with self._lock:
            if self._links is None:
                self._links = links
            self._cache.clear()

    def _link_elsewhere(self, manifest: Manifest) -> dict[str, Any] | None:
        """Links computed in a spawned process (see index.link_process), else here."""
        from .index.link_process import LinkProcess
        from .index.updater import relink

        process: LinkProcess | None
        try:
            process = LinkProcess(self.index_dir, self.root, manifest, write=not self.read_only)
        except (OSError, ValueError, RuntimeError):  # no process could be started
            process = None
        self._link_process = process  # close() stops it
        found = process.result() if process is not None else None
        self._link_process = None
        if self._closed:
            return None
        if found is None:
            found = relink(self.index_dir, self.root, manifest, write=not self.read_only)
        return found
