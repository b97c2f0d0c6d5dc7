"""Bringing an index folder up to date with its corpus, incrementally and safely.

1. Compare a stat-only scan with the manifest: unchanged files cost nothing.
2. For files whose size/mtime/ctime changed, read and hash them: same content
   (touched) only refreshes the manifest; known content (renamed, reverted)
   reuses the stored analysis; anything else is parsed and analysed once.
3. Under the folder's lock (``apply.Update``): delete removed/changed documents,
   add new ones, commit Whoosh, regroup the stories, relink the stories that
   changed, write side files, and write the manifest last. A process killed
   anywhere leaves the previous manifest, so the next run redoes the work
   (documents are replaced by id, never doubled).
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import relink as relink_mod
from .apply import MANY_CHANGES, PARALLEL_PARSE, Progress, Update, article_id
from .locking import IndexLock
from .manifest_ops import Plan, diff
from .scan import Scan
from .store import IndexDir, Manifest

__all__ = ["MANY_CHANGES", "PARALLEL_PARSE", "UpdateReport", "article_id", "needs_work", "relink", "update"]


@dataclass
class UpdateReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    touched: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason) seen this run
    warnings: list[str] = field(default_factory=list)  # one line per problem seen this run
    seconds: float = 0.0
    wrote: bool = False
    busy: bool = False  # another process held the lock: the index was used as it was
    rebuilt: bool = False

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.removed


def needs_work(ixdir: IndexDir, scan: Scan, fingerprint: str) -> tuple[Manifest | None, Plan]:
    manifest = ixdir.read_manifest()
    if manifest is not None and manifest.get("fingerprint") != fingerprint:
        manifest = None
    return manifest, diff(scan, manifest)


def update(
    ixdir: IndexDir,
    scan: Scan,
    fingerprint: str,
    *,
    max_bytes: int = 5 * 1024 * 1024,
    rebuild: bool = False,
    progress: Progress | None = None,
    lock_timeout: float = 10.0,
    procs: int = 2,
    link: bool = True,
    on_article: Callable[[dict[str, Any]], None] | None = None,
) -> UpdateReport:
    """Update ``ixdir`` to match ``scan``; raises OSError when the folder cannot be written.

    ``link=False`` leaves cross-source linking for later (``relink``): a one-shot search
    does not need it, and it is the one step whose cost grows with the whole corpus.
    ``on_article`` gets each new or changed article's summary entry (id, path relative
    to the corpus, title, outlet, date, counts) as soon as it is analysed.
    """
    started = time.monotonic()
    report = UpdateReport()
    if not rebuild and ixdir.stamp_fingerprint(scan.digest()) == fingerprint:
        report.seconds = time.monotonic() - started  # fresh: the manifest need not even be read
        return report
    manifest, plan = needs_work(ixdir, scan, fingerprint)
    if not rebuild and manifest is not None and plan.empty:
        ixdir.write_stamp(scan.digest(), fingerprint, manifest)  # the next check is cheap
        report.seconds = time.monotonic() - started
        return report
    # only when there is work: loading the gazetteer costs more than a whole no-change check
    from .. import entities as entity_rules

    entity_rules.set_corpus(scan.root)  # the corpus' .briefing-index/entities.yaml extends the gazetteer
    entity_rules.gazetteer_for(scan.root)  # a broken entities.yaml: one ConfigError now, not N skipped files
    old_umask = os.umask(0o022 if ixdir.shared else 0o077)
    try:
        ixdir.ensure()
        lock = IndexLock(ixdir.lock_path, ixdir.file_mode)
        if not lock.acquire(lock_timeout):
            report.busy = True
            report.seconds = time.monotonic() - started
            return report
        try:
            # another process may have finished an update while we waited
            manifest, plan = needs_work(ixdir, scan, fingerprint)
            written = ixdir.read_manifest()
            other_version = written is not None and written.get("fingerprint") != fingerprint
            if rebuild or other_version:
                # from scratch: no stored analysis either (another version of briefing wrote it)
                manifest, plan = None, diff(scan, None)
                for key in ixdir.object_keys():
                    ixdir.delete_object(key)
            if manifest is not None and plan.empty:
                ixdir.write_stamp(scan.digest(), fingerprint, manifest)
                return report
            with _collector_paused():
                work = Update(
                    ixdir, scan, fingerprint, manifest, plan, report, max_bytes, progress, procs, on_article
                )
                work.run(link)
            ixdir.fix_modes()
        finally:
            lock.release()
    finally:
        os.umask(old_umask)
        report.seconds = time.monotonic() - started
    return report


@contextmanager
def _collector_paused() -> Iterator[None]:
    """An update reads and writes side files of millions of small objects that no cycle
    holds; Python's cycle collector would re-scan them again and again (a quarter of a
    one-file update at 10,000 articles). Paused for the update, restored after."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def relink(ixdir: IndexDir, root: Path, manifest: Manifest, write: bool = True) -> dict[str, Any]:
    """Cross-source links for the indexed articles as ``manifest`` lists them (see ``relink``)."""
    return relink_mod.relink(ixdir, root, manifest, lambda *args: relink_mod.link_all(*args), write)
