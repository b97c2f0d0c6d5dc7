"""Opening and writing an index folder's Whoosh index (one writer at a time)."""

from __future__ import annotations

import os
import threading
from typing import Any

from .schema import build_schema
from .store import IndexDir

# The postings a sub-writer sorts in memory before it spills a sorted run to disk (Whoosh's
# estimate, in MB; its default is 128). Spilled runs are pickled, read back and merged one
# posting at a time in Python: at 5,000 documents a sub-writer spilled once, and that cost a
# third of its CPU (25.2 -> 17.2 s). 512 keeps about 10,000 articles per sub-writer in
# memory (some 800 MB at most; 410 MB at 5,000); larger corpora spill as before. On a shared
# server the sub-writers together take at most a tenth of the machine's memory (never less than
# Whoosh's own 128 MB each).
SUB_WRITER_MB = 512


def sub_writer_mb(procs: int) -> int:
    """The sorting memory of each of ``procs`` sub-writers: SUB_WRITER_MB, or less where all of
    them would take more than a tenth of physical memory."""
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1024 * 1024)
    except (ValueError, OSError, AttributeError):  # no sysconf (Windows) or no such name
        return 128
    return max(128, min(SUB_WRITER_MB, physical // (10 * max(1, procs))))


def open_index(ixdir: IndexDir, fresh: bool) -> tuple[Any, bool]:
    """(the Whoosh index, whether it was created now): an unreadable index, or one of another
    schema, is created afresh."""
    from whoosh import index as windex

    store = str(ixdir.whoosh_path)
    if not fresh and windex.exists_in(store):
        try:
            ix = windex.open_dir(store)
            if set(ix.schema.names()) == set(build_schema().names()):
                return ix, False
        except Exception:  # noqa: BLE001 - an unreadable index is rebuilt
            pass
    return windex.create_in(store, build_schema()), True


def writer(ix: Any, procs: int) -> Any:
    """Whoosh's multiprocessing writer (spawned processes, one segment each)."""
    from .workers import spawn_ready

    spawn_ready()
    return ix.writer(
        procs=procs,
        multisegment=True,
        start_method="spawn",
        timeout=30,
        delay=0.1,
        limitmb=sub_writer_mb(procs),
    )


def write(ix: Any, delete_ids: set[str], new_docs: list[dict[str, Any]], procs: int, many: int) -> None:
    """Delete ``delete_ids``, add ``new_docs`` (in processes from ``many`` documents on), commit."""
    if len(new_docs) >= many and procs > 1:
        w = writer(ix, procs)
    else:
        w = ix.writer(timeout=30, delay=0.1)
    finish(w, delete_ids, new_docs)


def finish(w: Any, delete_ids: set[str], new_docs: list[dict[str, Any]]) -> None:
    """Delete the replaced documents (only committed segments hold them), add ``new_docs``, commit."""
    try:
        for aid in delete_ids:
            w.delete_by_term("id", aid)
        for doc in new_docs:
            w.add_document(**doc)
    except BaseException:
        w.cancel()
        raise
    w.commit()


class BackgroundCommit:
    """``finish`` of a multiprocessing writer in a thread: the writer's own process only waits
    for its sub-writers (Whoosh's processes index the last documents and close their segments),
    so the caller meanwhile does work of its own; ``wait()`` returns once the index is committed
    (or raises what the commit raised)."""

    def __init__(self, w: Any, delete_ids: set[str]) -> None:
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(w, set(delete_ids)), name="whoosh-commit")
        self._thread.start()

    def _run(self, w: Any, delete_ids: set[str]) -> None:
        try:
            finish(w, delete_ids, [])
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by wait()
            self.error = exc

    def wait(self) -> None:
        self._thread.join()
        if self.error is not None:
            raise self.error
