"""Parsing and analysing many changed files in parallel worker processes, then linking the
stories that changed in the same processes (``Pool``).

Workers are started with the "spawn" method, so they inherit no lock file
descriptor, and each one exits by itself when its parent dies (kill -9), so
an interrupted update leaves no process behind holding anything. Each worker
parses and analyses one file's bytes, writes its analysis object and returns
its digest (``documents.digest``; or the reason the file was skipped). Once the
stories are grouped, each worker links whole stories (``link_store.build``), reading
their articles' stored analysis itself, and returns their records.

``spawn_ready()`` lets a process whose ``sys.stderr`` has no file descriptor (the
reader, under Textual) start processes at all; the reader indexes in a process of
its own anyway (``indexer_process``).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .link_store import LinkJob
    from .store import IndexDir

Job = tuple[str, str, str, bytes]  # (path relative to the corpus, path, content key, bytes)
# (path relative to the corpus, the digest or None, why it was skipped or None)
Result = tuple[str, dict[str, Any] | None, str | None]

_ixdir: IndexDir | None = None
_spawn_lock = threading.Lock()


def stderr_is_real() -> bool:
    """``sys.stderr`` is backed by a file descriptor (not so inside the reader)."""
    try:
        return sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        return False


def spawn_ready() -> None:
    """Make ``multiprocessing`` able to start processes here.

    Its resource tracker, started with the first process or lock, passes
    ``sys.stderr.fileno()`` to its child; under Textual that is -1 and every start
    fails with "bad value(s) in fds_to_keep". Started once with stderr on /dev/null,
    the tracker runs for the rest of the process and nothing asks for stderr again.
    """
    if stderr_is_real():
        return
    from multiprocessing import resource_tracker

    with _spawn_lock, open(os.devnull, "w") as null:
        saved, sys.stderr = sys.stderr, null
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = saved


def watch_parent(parent: int) -> None:
    """Exit as soon as the process that started this one is gone (run in a daemon thread)."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def quiet_stdio() -> None:
    """Point this process' stdin, stdout and stderr at /dev/null (a child of the reader would
    otherwise write a warning or a traceback over the screen Textual draws)."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


def _init(index_path: str, shared: bool, parent: int, corpus_root: str, quiet: bool = False) -> None:
    global _ixdir
    # Ctrl+C signals the whole process group: the parent stops the pool; a worker's own
    # KeyboardInterrupt would only print a traceback over the progress bar
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if quiet:
        quiet_stdio()
    from .. import entities
    from .store import IndexDir

    entities.set_corpus(Path(corpus_root))  # as in the parent: the corpus' entities.yaml applies
    _ixdir = IndexDir(Path(index_path), shared)
    threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()


def analyse_one(ixdir: IndexDir, job: Job) -> Result:
    """Parse and analyse one file's bytes, store its analysis object: (rel, digest, None),
    or (rel, None, why it was skipped)."""
    rel, path, key, data = job
    from .. import ingest
    from . import codec, documents

    try:
        article = documents.parse_bytes(path, data)
        mentions, facts = documents.analyse(article)
    except ingest.SkipFile as exc:
        return rel, None, str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the corpus
        return rel, None, f"could not be read ({type(exc).__name__}: {exc})"
    encoded = codec.encode_article(article, mentions, facts)
    ixdir.write_object(key, encoded)
    return rel, documents.digest(article, mentions, facts, encoded), None


def _work(job: Job) -> Result:
    assert _ixdir is not None, "a worker starts with _init"
    return analyse_one(_ixdir, job)


def _link_work(job: LinkJob) -> tuple[str, dict[str, Any]]:
    from . import link_store, relink

    assert _ixdir is not None, "a worker starts with _init"
    ixdir = _ixdir
    return link_store.build(job, lambda key, path: relink.stored_article(ixdir, key, path))


class Pool:
    """The worker processes of one update: they analyse the changed files, then link the
    stories that changed (each worker reads the stored analysis it links)."""

    def __init__(self, ixdir: IndexDir, procs: int, corpus_root: Path) -> None:
        import multiprocessing

        quiet = not stderr_is_real()
        spawn_ready()
        ctx = multiprocessing.get_context("spawn")
        args = (str(ixdir.path), ixdir.shared, os.getpid(), str(corpus_root), quiet)
        self._pool = ctx.Pool(procs, initializer=_init, initargs=args)

    def analyse(self, jobs: list[Job]) -> Iterator[Result]:
        """Yield (rel, digest or None, skip reason or None) for every job, as each is done (a
        slow file, such as one 5 MB line, holds back no other file's progress)."""
        yield from self._pool.imap_unordered(_work, jobs, chunksize=4)

    def link(self, jobs: list[LinkJob]) -> Iterator[tuple[str, dict[str, Any]]]:
        """(story id, link record) of every job, largest stories first, in the order they finish."""
        ordered = sorted(jobs, key=lambda job: -len(job[2]))
        yield from self._pool.imap_unordered(_link_work, ordered, chunksize=1)

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()
