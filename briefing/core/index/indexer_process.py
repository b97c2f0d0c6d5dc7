"""Bringing a corpus' index up to date in a process of its own, for the reader.

Inside the running reader, stdout and stderr are Textual's objects (no file
descriptor), so ``multiprocessing`` cannot start the parse pool there (it dies with
"bad value(s) in fds_to_keep"), and parsing in a thread holds the interpreter lock
the interface needs. The reader starts ``python -m briefing.core.index.indexer_process``
instead, with stdio of its own: stdin and stdout are pipes, stderr a private
temporary file. The child writes one JSON object per line on stdout::

    {"progress": [done, total]}     files looked at so far (at most ~10 a second)
    {"article": {...}}              a summary entry, as each article is analysed
    {"done": {"added": n, ...}}     the index is up to date
    {"error": "one line"}           a problem the user can fix (exit status 2)

and exits by itself when its stdin closes (the reader has gone away). It runs in a
process group of its own, which is killed whole: its parse workers never outlive it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

PROGRESS_EVERY = 0.1  # seconds between progress lines


class IndexerProcess:
    """The indexer child of one reader: start it, read its events, stop it."""

    def __init__(self, corpus: Path, options: dict[str, Any] | None = None) -> None:
        self._errors: IO[bytes] = tempfile.TemporaryFile(prefix="briefing-indexer-")
        self._lock = threading.Lock()  # the reader's worker and its unmount may both stop it
        self._stopped = False
        args = json.dumps({"corpus": str(corpus), "options": dict(options or {})})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefing.core.index.indexer_process", args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            close_fds=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            # a process group of its own: stopping it stops its parse workers too (they
            # inherit its stdout, so one left behind kept the reader waiting after a quit)
            start_new_session=True,
        )

    def events(self) -> Iterator[dict[str, Any]]:
        """Each event the child writes, until it ends (a line that is not JSON is skipped)."""
        assert self.process.stdout is not None
        for line in self.process.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if isinstance(event, dict):
                yield event
        self.process.stdout.close()
        self.process.wait()

    def failure(self) -> str:
        """Why the child stopped without a "done" or "error" line: its last line of stderr."""
        self.process.wait()
        with self._lock:
            if self._stopped:
                return "indexing stopped"
            self._errors.seek(0)
            lines = [x for x in self._errors.read().decode("utf-8", "replace").splitlines() if x.strip()]
        detail = lines[-1].strip() if lines else f"exit status {self.process.returncode}"
        return f"indexing stopped ({detail[:200]})"

    def stop(self) -> None:
        """End the child (the reader is leaving) and release its pipes."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
            _kill_group(self.process.pid)
            self.process.wait()
            if self.process.stdin is not None:
                self.process.stdin.close()
            self._errors.close()


def child_options(options: dict[str, Any]) -> dict[str, Any]:
    """The reader's library options a child takes (plain values; links are made later)."""
    merged = {"link": False, **options}
    return {k: v for k, v in merged.items() if isinstance(v, int | float | str | bool)}


def start_early(corpus: Path, options: dict[str, Any]) -> IndexerProcess | None:
    """The indexer child for a corpus with no index at all, started before the reader draws
    anything (Python, the gazetteer and the parse pool take seconds to start: they start while
    Textual does); None when an index exists (the reader checks it first) or the child cannot
    be started (the reader starts one itself, as before)."""
    from . import location

    try:
        if location.guess(Path(corpus)) is not None:
            return None
        return IndexerProcess(Path(corpus), child_options(options))
    except OSError:
        return None


def _kill_group(pid: int) -> None:
    """SIGKILL the child's process group: the child and every worker it started."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # all gone already


# --- the child -----------------------------------------------------------------------


class _Writer:
    """Event lines on stdout, one at a time (the updater may call back from one thread only,
    but the progress throttle and the final line share it)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.lock = threading.Lock()
        self.last = 0.0

    def send(self, event: dict[str, Any]) -> None:
        with self.lock:
            self.out.write(json.dumps(event, ensure_ascii=False) + "\n")
            self.out.flush()

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self.last >= PROGRESS_EVERY:
            self.last = now
            self.send({"progress": [done, total]})


def _leave_with_parent() -> None:
    """Exit as soon as stdin closes: the reader quit or died. It reads the file descriptor,
    not ``sys.stdin``: this daemon thread, blocked in a read of the buffered stream, held its
    lock, and when the index was done with stdin still open the interpreter's shutdown could
    not take it ("Fatal Python error: _enter_buffered_busy", exit status 134)."""
    try:
        while os.read(0, 4096):
            pass
    except OSError:
        pass
    finally:
        if os.getpgrp() == os.getpid():  # the group the reader made for it: its workers go too
            _kill_group(os.getpid())
        from ..library_open import remove_temporary

        remove_temporary()  # an index folder made for this run only: nobody will read it now
        os._exit(1)


def main(argv: list[str]) -> int:
    try:
        return _index(argv)
    finally:
        _end_workers()


def _end_workers() -> None:
    """At exit, however it comes (the reader went away and an event could not be written),
    end what is left of this group: Whoosh's writer processes do not end with their parent."""
    if os.getpgrp() == os.getpid():  # the group the reader made for it
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # this process ends by itself
        try:
            os.killpg(os.getpid(), signal.SIGTERM)
        except OSError:
            pass


def _index(argv: list[str]) -> int:
    from ..errors import UserError
    from ..library import Library

    threading.Thread(target=_leave_with_parent, daemon=True).start()
    request = json.loads(argv[0])
    writer = _Writer(sys.stdout)
    try:
        with Library.open(
            Path(request["corpus"]),
            progress=writer.progress,
            on_article=lambda entry: writer.send({"article": entry}),
            **{"link": False, **request.get("options", {})},
        ) as library:
            report = library.report
            writer.send(
                {
                    "done": {
                        "added": report.added,
                        "updated": report.updated,
                        "removed": report.removed,
                        "articles": len(library),
                        "seconds": round(report.seconds, 3),
                    }
                }
            )
    except UserError as exc:
        writer.send({"error": str(exc)})
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
