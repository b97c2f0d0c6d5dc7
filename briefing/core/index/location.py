"""Which index folder a command uses: a fresh shared index read-only, else the private cache.

``briefing index --shared PATH`` writes ``PATH/.briefing-index``. Everyone else
uses it read-only while it matches the corpus (by stat) and was built by the
same analysis code; otherwise their private cache under
``$XDG_CACHE_HOME/briefing/indexes/<hash>``, with one notice saying why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from .fingerprint import code_fingerprint, fingerprint
from .manifest_ops import is_fresh
from .scan import Scan
from .store import IndexDir


@dataclass
class SharedStatus:
    path: Path
    exists: bool
    fresh: bool
    reason: str = ""
    fingerprint: str = ""  # of a fresh shared index


@dataclass
class Choice:
    ixdir: IndexDir
    fingerprint: str
    read_only: bool = False
    notices: list[str] = field(default_factory=list)
    shared: SharedStatus | None = None


def private_fingerprint(corpus: Path) -> str:
    """Private analysis uses the user's and the corpus' entities.yaml (see core.entities.user)."""
    return fingerprint([paths.shared_index_dir(corpus) / "entities.yaml", paths.config_file("entities.yaml")])


def shared_fingerprint(corpus: Path) -> str:
    return fingerprint([paths.shared_index_dir(corpus) / "entities.yaml"])


def shared_status(corpus: Path, scan: Scan) -> SharedStatus | None:
    """The state of the corpus' shared index, or None when the corpus is a single file."""
    corpus = Path(corpus)
    if not corpus.is_dir():
        return None
    where = paths.shared_index_dir(corpus)
    ixdir = IndexDir(where, shared=True)
    stamped = ixdir.stamp_fingerprint(scan.digest())  # fresh when built for this very listing
    if stamped is not None:
        if stamped.split("-")[0] == code_fingerprint():
            return SharedStatus(where, True, True, fingerprint=stamped)
        return SharedStatus(where, True, False, "built by another version of briefing")
    manifest = ixdir.read_manifest()
    if manifest is None:
        exists = where.exists()
        return SharedStatus(where, exists, False, "unreadable or incomplete" if exists else "absent")
    if str(manifest.get("fingerprint", "")).split("-")[0] != code_fingerprint():
        return SharedStatus(where, True, False, "built by another version of briefing")
    if not is_fresh(scan, manifest):
        return SharedStatus(where, True, False, "out of date")
    return SharedStatus(where, True, True, fingerprint=manifest.get("fingerprint", ""))


def choose(corpus: Path, scan: Scan, *, write_shared: bool = False) -> Choice:
    corpus = Path(corpus)
    if write_shared:
        return Choice(IndexDir(paths.shared_index_dir(corpus), shared=True), shared_fingerprint(corpus))
    status = shared_status(corpus, scan)
    private = IndexDir(paths.private_index_dir(corpus))
    if status is not None and status.fresh:
        return Choice(IndexDir(status.path, shared=True), status.fingerprint, read_only=True, shared=status)
    choice = Choice(private, private_fingerprint(corpus), shared=status)
    if status is not None and status.exists:
        choice.notices.append(
            f"shared index {status.path} is {status.reason}; using your private index at {private.path}"
        )
    return choice


def guess(corpus: Path) -> tuple[IndexDir, bool] | None:
    """The index folder ``choose`` most likely picks, and whether read-only, from at most three
    ``stat`` calls and no corpus walk; None when there is no index yet. Only a guess: see
    ``background_check``, which confirms it."""
    corpus = Path(corpus)
    shared = IndexDir(paths.shared_index_dir(corpus), shared=True)
    if shared.stamp_path.is_file():
        return shared, True
    private = IndexDir(paths.private_index_dir(corpus))
    if private.exists():
        return private, False
    return None
