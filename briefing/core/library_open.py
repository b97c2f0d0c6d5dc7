"""How ``Library.open`` finds a corpus' index and brings it up to date.

A fresh shared index (``corpus/.briefing-index``) serves everyone read-only; otherwise the
private index (or, with ``--shared``, the shared one) is updated first. When that index cannot
be written, the old one is used as it is, or, when there is none, a temporary one for this run;
when another process is updating it, it is used as it was. What happened along the way comes
back as one-line ``notices``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CorpusError
from .index import location
from .index.scan import Scan, scan
from .index.store import IndexDir
from .index.updater import UpdateReport, update


@dataclass(frozen=True)
class UpdateOptions:
    """How to update an index (the options of ``Library.open``; see ``index.updater.update``)."""

    max_bytes: int = 5 * 1024 * 1024
    rebuild: bool = False
    progress: Callable[[int, int], None] | None = None
    wait: float | None = None  # seconds to wait for another process updating the same index
    link: bool = True
    on_article: Callable[[dict[str, Any]], None] | None = None


@dataclass
class Opened:
    """The index a library is opened on, and what opening it did."""

    ixdir: IndexDir
    notices: list[str]
    shared: location.SharedStatus | None
    report: UpdateReport = field(default_factory=UpdateReport)
    read_only: bool = False
    temporary: bool = False  # a folder made for this run (the library removes it on close)


def open_index(
    corpus: Path, options: UpdateOptions, *, update_index: bool = True, shared: bool = False
) -> Opened:
    """The index for ``corpus``, updated unless a fresh shared one serves it (or
    ``update_index`` is off and an index exists). Raises CorpusError (one line)."""
    if shared and not corpus.is_dir():
        raise CorpusError(f"--shared needs a corpus folder; {corpus} is a file")
    listing = scan(corpus)
    choice = location.choose(corpus, listing, write_shared=shared)
    opened = Opened(choice.ixdir, list(choice.notices), choice.shared)
    fingerprint = choice.fingerprint
    if choice.read_only:
        if not options.rebuild:
            opened.read_only = True
            return opened
        # --rebuild without --shared never touches the shared index: rebuild the private one
        from . import paths

        opened.ixdir = IndexDir(paths.private_index_dir(corpus))
        fingerprint = location.private_fingerprint(corpus)
    if update_index or not opened.ixdir.exists():
        _update(opened, corpus, listing, fingerprint, options, shared)
    return opened


def _update(
    opened: Opened, corpus: Path, listing: Scan, fingerprint: str, options: UpdateOptions, shared: bool
) -> None:
    ixdir = opened.ixdir
    timeout = options.wait if options.wait is not None else (5.0 if ixdir.exists() else 120.0)
    try:
        opened.report = _run_update(ixdir, listing, fingerprint, options, timeout, options.rebuild)
    except OSError as exc:
        if isinstance(exc, ConnectionError):
            raise  # a reader gone away (a broken pipe of the progress callback), not the index's folder
        if shared:
            raise CorpusError(
                f"cannot write the shared index {ixdir.path} "
                f"({exc.strerror or exc}); run as a user who may write {corpus}"
            ) from None
        problem = f"cannot write the index at {ixdir.path} ({exc.strerror or exc})"
        if ixdir.exists():
            opened.notices.append(f"{problem}; using it as it is")
        else:
            import tempfile  # (only here: it costs a one-shot command's start)

            opened.ixdir = IndexDir(Path(tempfile.mkdtemp(prefix="briefing-index-")))
            opened.temporary = True
            TEMPORARY.add(opened.ixdir.path)
            opened.notices.append(f"{problem}; indexing in a temporary folder for this run")
            try:
                opened.report = _run_update(opened.ixdir, listing, fingerprint, options, timeout, False)
            except BaseException:
                remove_temporary(opened.ixdir.path)  # no library will close it
                raise
    if opened.report.busy:
        if not opened.ixdir.exists():
            raise CorpusError(
                f"another briefing process is building the index at {opened.ixdir.path}; "
                "try again when it has finished"
            )
        opened.notices.append(
            f"another briefing process is updating the index at {opened.ixdir.path}; using it as it was"
        )


TEMPORARY: set[Path] = set()  # index folders made for this run, not yet removed


def remove_temporary(path: Path | None = None) -> None:
    """Remove the temporary index folder ``path`` (every one this process made when None): when
    its library closes, when indexing into it failed, or when the process must end at once."""
    import shutil

    for folder in [path] if path is not None else list(TEMPORARY):
        shutil.rmtree(folder, ignore_errors=True)
        TEMPORARY.discard(folder)


def _run_update(
    ixdir: IndexDir, listing: Scan, fingerprint: str, options: UpdateOptions, timeout: float, rebuild: bool
) -> UpdateReport:
    return update(
        ixdir,
        listing,
        fingerprint,
        max_bytes=options.max_bytes,
        rebuild=rebuild,
        progress=options.progress,
        lock_timeout=timeout,
        link=options.link,
        on_article=options.on_article,
    )
