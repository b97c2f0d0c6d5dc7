"""Checking that an index is still fresh in a forked child while the parent already uses it.

A one-shot search spends most of its time importing Whoosh and opening the
index; the freshness check (one ``stat`` per corpus file, ~50 ms at 10,000
files) does not depend on either. So the parent guesses the index the last run
used, forks a child that walks the corpus and answers with its exit status, and
searches meanwhile. Only results the child confirmed are printed; when it says
"stale" (or cannot answer), the caller takes the ordinary path, which updates
the index, and searches again.

The child only reads: it never writes a file, a stamp or the terminal, and it
leaves with ``os._exit`` (no atexit handlers, no buffered output flushed twice).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from . import location
from .scan import scan

FRESH = 0
STALE = 1


def can_fork() -> bool:
    """Forking is safe only from a single-threaded process on a system that has fork."""
    return hasattr(os, "fork") and threading.active_count() == 1


def fresh_as_guessed(corpus: Path, ixdir_path: Path, read_only: bool) -> bool:
    """True when an ordinary open would use ``ixdir_path`` as it is: the same folder chosen,
    no notice to show, and its stamp vouching for the corpus as it is now."""
    listing = scan(corpus)
    if listing.warnings:
        return False  # the ordinary path reports them
    choice = location.choose(corpus, listing)
    if choice.notices or choice.ixdir.path != ixdir_path or choice.read_only != read_only:
        return False
    if read_only:
        return True  # choose() found the shared index fresh by its stamp or manifest
    return choice.ixdir.stamp_fingerprint(listing.digest()) == choice.fingerprint


class BackgroundCheck:
    """A forked child running ``fresh_as_guessed``; ``fresh()`` waits for its answer."""

    def __init__(self, corpus: Path, ixdir_path: Path, read_only: bool) -> None:
        self._pid = os.fork()
        if self._pid == 0:  # the child
            code = STALE
            try:
                code = FRESH if fresh_as_guessed(corpus, ixdir_path, read_only) else STALE
            except BaseException:  # noqa: BLE001 - any trouble means "take the ordinary path"
                code = STALE
            finally:
                os._exit(code)
        self._answer: bool | None = None

    def fresh(self) -> bool:
        if self._answer is None:
            try:
                _, status = os.waitpid(self._pid, 0)
                self._answer = os.waitstatus_to_exitcode(status) == FRESH
            except ChildProcessError:
                self._answer = False
        return self._answer

    def cancel(self) -> None:
        """Stop and reap the child (the caller is leaving before asking)."""
        if self._answer is None:
            try:
                os.kill(self._pid, 15)
            except OSError:
                pass
            try:
                os.waitpid(self._pid, 0)
            except ChildProcessError:
                pass
            self._answer = False
