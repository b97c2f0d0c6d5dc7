"""Parsing and analysing many changed files in parallel worker processes.

Workers are started with the "spawn" method, so they inherit no lock file
descriptor, and each one exits by itself when its parent dies (kill -9), so
an interrupted update leaves no process behind holding anything. Each worker
parses and analyses one file's bytes, writes its analysis object and returns
the encoded analysis (or the reason the file was skipped).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

_ixdir = None


def watch_parent(parent: int) -> None:
    """Exit as soon as the process that started this one is gone (run in a daemon thread)."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _init(index_path: str, shared: bool, parent: int, corpus_root: str) -> None:
    global _ixdir
    from .. import entities
    from .store import IndexDir

    entities.set_corpus(Path(corpus_root))  # as in the parent: the corpus' entities.yaml applies
    _ixdir = IndexDir(Path(index_path), shared)
    threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()


def _work(job: tuple[str, str, str, bytes]):
    rel, path, key, data = job
    from .. import ingest
    from . import codec, documents

    try:
        article = documents.parse_bytes(path, data)
        mentions, facts = documents.analyse(article)
        encoded = codec.encode_article(article, mentions, facts)
        _ixdir.write_object(key, encoded)
        return rel, encoded, None
    except ingest.SkipFile as exc:
        return rel, None, str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the corpus
        return rel, None, f"could not be read ({type(exc).__name__}: {exc})"


def analyse_in_parallel(ixdir, jobs: list[tuple[str, str, str, bytes]], procs: int, corpus_root: Path):
    """Yield (rel, encoded analysis or None, skip reason or None) for every job, in order."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(
        procs, initializer=_init, initargs=(str(ixdir.path), ixdir.shared, os.getpid(), str(corpus_root))
    ) as pool:
        yield from pool.imap(_work, jobs, chunksize=4)
