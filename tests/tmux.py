"""A private tmux server for end-to-end tests: start a command in a pane, poll the screen.

Each ``Tmux`` uses its own socket (``-S``, in its folder) and config, so tests never touch a user's
tmux. The command runs under ``sh``, which prints an exit mark and waits, so the final
screen and the exit status can be read. ``set-clipboard on`` makes tmux keep any OSC 52
clipboard write as a paste buffer, and ``allow-rename``/``set-titles`` let an OSC
title change show in ``pane_title``: both are how a test sees an escape leak.

``wait_for`` waits as a person watching the screen would: as long as the screen keeps
changing (progress), it waits; it fails as soon as the command has ended without showing
what was awaited, or when the screen has stood still for ``STILL`` seconds (frozen). No
fixed bound hides a slow step either: every wait's length is kept in ``WAITS``, and the
test run's summary lists the slow ones (``conftest.pytest_terminal_summary``).
"""

from __future__ import annotations

import itertools
import os
import re
import shlex
import shutil
import subprocess
import time
from pathlib import Path

CONF = """\
set -g remain-on-exit on
set -g set-clipboard on
set -g allow-rename on
set -g history-limit 5000
set -g status off
"""

_serial = itertools.count()
STILL = 30.0  # seconds of an unchanging screen that mean the command is stuck
LONGEST = 600.0  # a screen that keeps changing (a clock, a spinner) without ever getting there
WAITS: list[tuple[str, str, float]] = []  # (test, what, seconds) of every wait, for the summary
EXIT_MARK = "BRIEFING_TEST_EXIT"
_EXIT_RE = re.compile(EXIT_MARK + r"=(\d+)")


def have_tmux() -> bool:
    return shutil.which("tmux") is not None


class Tmux:
    def __init__(self, folder: Path, width: int = 120, height: int = 40) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.socket = str(self.folder / f"tmux-{next(_serial)}.sock")
        self.conf = self.folder / "tmux.conf"
        self.width, self.height = width, height
        # without an attached client tmux may ignore -x/-y: fix the size in the config too
        self.conf.write_text(CONF + f"set -g default-size {width}x{height}\n")
        self.started = False

    def tmux(self, *args: str, check: bool = True) -> str:
        proc = subprocess.run(
            ["tmux", "-S", self.socket, "-f", str(self.conf), *args],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if check and proc.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {proc.stderr.strip()}")
        return proc.stdout

    def start(self, command: str, env: dict | None = None, name: str = "t") -> str:
        """Run a shell command line in a new window; return its target.

        The command runs under ``sh``, which prints ``EXIT_MARK=<status>`` when it ends and
        then waits: the exit is read from the screen rather than from tmux's pane_dead,
        which tmux 3.3 sometimes never sets for a command that exits quickly.
        """
        args = []
        for key, value in (env or {}).items():
            args += ["-e", f"{key}={value}"]
        wrapped = f"sh -c {shlex.quote(command + '; echo ' + EXIT_MARK + '=$?; exec sleep 3600')}"
        if not self.started:
            self.tmux(
                "new-session",
                "-d",
                "-s",
                "e2e",
                "-n",
                name,
                "-x",
                str(self.width),
                "-y",
                str(self.height),
                *args,
                wrapped,
            )
            self.started = True
        else:
            self.tmux("new-window", "-d", "-t", "e2e", "-n", name, *args, wrapped)
        return f"e2e:{name}"

    def screen(self, target: str, history: bool = False, escapes: bool = False) -> str:
        args = ["capture-pane", "-p", "-t", target]
        if history:
            args += ["-S", "-"]
        if escapes:
            args.append("-e")
        return self.tmux(*args)

    def info(self, target: str, fmt: str) -> str:
        return self.tmux("display-message", "-p", "-t", target, fmt).strip()

    def send(self, target: str, *keys: str) -> None:
        self.tmux("send-keys", "-t", target, *keys)

    def wait_for(
        self,
        target: str,
        predicate,
        timeout: float | None = None,
        history: bool = False,
        what: str = "the expected screen",
        still: float = STILL,
    ) -> str:
        """Poll the screen until ``predicate(screen)`` holds; raise with the last screen when the
        command ends first, when the screen stands still for ``still`` seconds, or after
        ``timeout`` (default ``LONGEST``) even while it changes."""
        started = time.monotonic()
        deadline = started + (timeout or LONGEST)
        screen, changed = None, started
        try:
            while True:
                now = time.monotonic()
                shown = self.screen(target, history=history)
                if shown != screen:
                    screen, changed = shown, now
                if predicate(screen):
                    return screen
                if _EXIT_RE.search(screen) or "Pane is dead" in screen:
                    raise AssertionError(f"the command ended before showing {what}; screen:\n{screen}")
                if now - changed > still:
                    raise AssertionError(
                        f"the screen stood still for {still:.0f} s, not showing {what}:\n{screen}"
                    )
                if now > deadline:
                    raise AssertionError(f"not showing {what} after {now - started:.0f} s; screen:\n{screen}")
                time.sleep(0.2)  # the poll's pace, not a synchronisation: the screen is what is awaited
        finally:
            test = os.environ.get("PYTEST_CURRENT_TEST", "").split(" ")[0]
            WAITS.append((test, what, time.monotonic() - started))

    def exited(self, target: str) -> int | None:
        """The command's exit status once it has ended, else None."""
        m = _EXIT_RE.search(self.screen(target, history=True))
        return int(m.group(1)) if m else None

    def wait_exit(self, target: str, timeout: float | None = None) -> int:
        """Poll until the command has ended; return its exit status (fails as ``wait_for``)."""
        screen = self.wait_for(
            target, lambda s: _EXIT_RE.search(s) is not None, timeout, history=True, what="the command's exit"
        )
        found = _EXIT_RE.search(screen)
        assert found is not None
        return int(found.group(1))

    def buffers(self) -> str:
        return self.tmux("list-buffers", check=False)

    def kill(self) -> None:
        if self.started:
            self.tmux("kill-server", check=False)
            self.started = False

    def __enter__(self) -> Tmux:
        return self

    def __exit__(self, *exc) -> None:
        self.kill()
