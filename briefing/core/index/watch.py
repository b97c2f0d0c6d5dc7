"""Noticing that the index or the corpus changed under a running reader.

Another user's ``briefing index --shared`` (often a cron job), the user's own
second session or a plain ``briefing index`` rewrite the manifest (atomically:
a new inode); files added to, changed in or removed from the corpus change its
listing. ``IndexWatch.check()`` compares both with what they were when the
reader opened the index: one ``stat`` for the manifest, a stat-only walk of the
corpus (about 50 ms at 10,000 files) for the listing. Run it off the UI thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .scan import scan
from .store import IndexDir


@dataclass(frozen=True)
class Change:
    """What changed, in words for a notice."""

    reason: str
    index_updated: bool  # the index itself was rewritten (else: only the corpus' files changed)


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class IndexWatch:
    """The state of one index folder and its corpus at a moment, to compare with later."""

    def __init__(self, corpus: Path, ixdir: IndexDir) -> None:
        self.corpus = Path(corpus)
        self.ixdir = ixdir
        self._manifest = _identity(ixdir.manifest_path)
        self._listing = self._digest()

    def _digest(self) -> str:
        try:
            return scan(self.corpus).digest()
        except OSError:
            return ""

    def check(self, walk: bool = True) -> Change | None:
        """A ``Change`` when the index or (with ``walk``) the corpus' files differ from when
        the watch started; None when nothing changed. Reports each change once."""
        manifest = _identity(self.ixdir.manifest_path)
        if manifest != self._manifest:
            self._manifest = manifest
            if walk:
                self._listing = self._digest()
            return Change("the index was updated (by another session or a scheduled job)", True)
        if not walk:
            return None
        listing = self._digest()
        if listing != self._listing:
            self._listing = listing
            return Change("files were added, changed or removed in the corpus", False)
        return None
