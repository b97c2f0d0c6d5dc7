"""A progress bar for indexing: Rich on stderr, only on a terminal, only after about a second.

``make(quiet)`` returns a callback ``(done, total)`` for ``Library.open`` (or None
when nothing may be shown), so a pipe or ``--quiet`` never sees a byte of it.
Rich is imported only when the bar actually appears.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Rich is imported only when the bar appears
    from rich.progress import Progress, TaskID

DELAY = 1.0


def _delay() -> float:
    """Seconds before the bar appears; ``BRIEFING_PROGRESS_DELAY`` overrides (tests set 0)."""
    try:
        return max(0.0, float(os.environ.get("BRIEFING_PROGRESS_DELAY", DELAY)))
    except ValueError:
        return DELAY


class _Bar:
    def __init__(self) -> None:
        self.started = time.monotonic()
        self.delay = _delay()
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.progress is None or self.task is None:
            if done >= total or time.monotonic() - self.started < self.delay:
                return
            self.progress, self.task = _start(total)
        self.progress.update(self.task, completed=done, total=total)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


def _start(total: int) -> tuple[Progress, TaskID]:
    """Show the bar on stderr (Rich imported here, the first time it is needed)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Task as RichTask
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: RichTask) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} files/s" if speed else "", style="dim")

    console = Console(file=sys.stderr, highlight=False, markup=False)
    progress = Progress(
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        Rate(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    progress.start()
    return progress, progress.add_task("indexing", total=total)


def make(quiet: bool = False) -> _Bar | None:
    """A progress callback, or None when stderr is not a terminal or ``quiet`` is set."""
    if quiet:
        return None
    try:
        if not sys.stderr.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    return _Bar()
