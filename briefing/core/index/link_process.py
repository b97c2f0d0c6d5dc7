"""Cross-source linking in a process of its own, for the reader.

Linking is pure Python and takes minutes at 10,000 articles. In a thread of the
reader it holds the interpreter lock so often that a key press waited seconds,
then minutes, to be handled. A spawned process does the work and writes the
links to a private temporary file; the reader's worker thread only waits and
reads the result. The process exits by itself when the reader goes away.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

from .store import IndexDir, Manifest


class LinkProcess:
    """``updater.relink`` for one manifest, run in a spawned process."""

    def __init__(self, ixdir: IndexDir, root: Path, manifest: Manifest, write: bool) -> None:
        import multiprocessing

        from .workers import spawn_ready

        spawn_ready()
        _remove_stale()
        fd, self.out = tempfile.mkstemp(prefix=f"briefing-links-{os.getpid()}-", suffix=".json")  # 0600
        os.close(fd)
        ctx = multiprocessing.get_context("spawn")
        self.process = ctx.Process(
            target=_run,
            daemon=True,
            args=(
                str(ixdir.path),
                ixdir.shared,
                str(root),
                manifest.get("token"),
                self.out,
                write,
                os.getpid(),
            ),
        )
        self.process.start()

    def result(self) -> dict[str, Any] | None:
        """The links, or None when the process failed or was stopped (the caller decides)."""
        self.process.join()
        try:
            if self.process.exitcode != 0:
                return None
            with open(self.out, "rb") as handle:
                links = json.loads(handle.read())
            return links if isinstance(links, dict) else None
        except (OSError, ValueError):
            return None
        finally:
            self._remove()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self._remove()

    def _remove(self) -> None:
        try:
            os.unlink(self.out)
        except OSError:
            pass


def _remove_stale() -> None:
    """Remove this user's result files that a reader killed before it could (SIGKILL, a crash)
    left behind: their name holds the reader's process id, and that process is gone."""
    import glob

    for path in glob.glob(os.path.join(tempfile.gettempdir(), "briefing-links-*-*.json")):
        pid = os.path.basename(path)[len("briefing-links-") :].split("-", 1)[0]
        try:
            if not pid.isdigit() or os.stat(path).st_uid != os.getuid() or _alive(int(pid)):
                continue
            os.unlink(path)
        except OSError:
            continue


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process of that id: not ours to judge
    return True


def _run(
    index_path: str, shared: bool, root: str, token: str | None, out: str, write: bool, parent: int
) -> None:
    from .store import encode_json
    from .updater import relink
    from .workers import quiet_stdio, watch_parent

    quiet_stdio()  # started from the reader: its stdio is the terminal Textual draws on
    threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()
    ixdir = IndexDir(Path(index_path), shared)
    manifest = ixdir.read_manifest()
    if manifest is None or manifest.get("token") != token:
        raise SystemExit(3)  # the index changed meanwhile: the parent links what it has
    links = relink(ixdir, Path(root), manifest, write=write)
    with open(out, "wb") as handle:
        handle.write(encode_json(links))
