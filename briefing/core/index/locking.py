"""An exclusive lock around one index update (``fcntl.flock`` on a lock file).

The kernel drops the lock when its process dies, so a writer killed with
``kill -9`` never leaves a stale lock behind. Waiting is bounded by polling.
"""

from __future__ import annotations

import fcntl
import os
import time


class IndexLock:
    """The lock file at ``path``; ``acquire`` takes it, ``release`` (or leaving a ``with``) drops it."""

    def __init__(self, path: str | os.PathLike[str], mode: int = 0o600) -> None:
        self.path = str(path)
        self.mode = mode
        self.fd: int | None = None

    def acquire(self, timeout: float = 0.0, poll: float = 0.05) -> bool:
        """Take the lock, waiting at most ``timeout`` seconds; False when another process holds it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, self.mode)
        deadline = time.monotonic() + max(0.0, timeout)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(poll)  # bounded wait for another process, not test synchronisation
                continue
            except OSError:
                os.close(fd)
                raise
            self.fd = fd
            try:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
            except OSError:
                pass
            return True

    def release(self) -> None:
        if self.fd is not None:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_UN)
            finally:
                os.close(self.fd)
                self.fd = None

    def __enter__(self) -> IndexLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
