"""A private tmux server for end-to-end tests: start a command in a pane, poll the screen.

Each ``Tmux`` uses its own socket (``-S``, in its folder) and config, so tests never touch a user's
tmux. The command runs under ``sh``, which prints an exit mark and waits, so the final
screen and the exit status can be read. ``set-clipboard on`` makes tmux keep any OSC 52
clipboard write as a paste buffer, and ``allow-rename``/``set-titles`` let an OSC
title change show in ``pane_title``: both are how a test sees an escape leak.
"""

from __future__ import annotations

import itertools
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
        timeout: float = 60,
        history: bool = False,
        what: str = "the expected screen",
    ) -> str:
        """Poll the screen until ``predicate(screen)`` is true; raise with the last screen."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen(target, history=history)
            if predicate(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"timed out after {timeout} s waiting for {what}; screen:\n{screen}")

    def exited(self, target: str) -> int | None:
        """The command's exit status once it has ended, else None."""
        m = _EXIT_RE.search(self.screen(target, history=True))
        return int(m.group(1)) if m else None

    def wait_exit(self, target: str, timeout: float = 60) -> int:
        """Poll until the command has ended; return its exit status."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.exited(target)
            if status is not None:
                return status
            time.sleep(0.1)
        raise AssertionError(f"{target} still running after {timeout} s; screen:\n{self.screen(target)}")

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
