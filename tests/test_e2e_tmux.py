"""End to end: the installed `briefing` in a real terminal (tmux), driven by keys, read off the screen."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time
import uuid

import pytest

from briefing.core.corpus import bundled_seeds
from briefing.core.library import Library

from .conftest import briefing_cmd

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (CI installs it)")


class Tmux:
    """One detached tmux session running briefing with its own XDG dirs."""

    def __init__(self, tmp_path, width: int, height: int, env: dict[str, str]) -> None:
        self.name = f"briefing-test-{uuid.uuid4().hex[:8]}"
        self.socket = str(tmp_path / "tmux.sock")
        base = {k: v for k, v in os.environ.items() if not k.startswith("TMUX")}
        base.update(env)
        self.env = base
        # tmux sets TERM inside its panes: pass the terminal settings to briefing explicitly
        settings = " ".join(shlex.quote(f"{k}={v}") for k, v in env.items())
        unset = "" if "COLORTERM" in env else "-u COLORTERM "
        command = f"env {unset}{settings} " + " ".join(shlex.quote(c) for c in briefing_cmd())
        self._tmux(
            "new-session",
            "-d",
            "-s",
            self.name,
            "-x",
            str(width),
            "-y",
            str(height),
            f"{command}; echo BRIEFING-EXITED $?; sleep 30",
        )

    def _tmux(self, *args: str) -> str:
        out = subprocess.run(
            ["tmux", "-S", self.socket, "-f", "/dev/null", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=20,
        )
        return out.stdout

    def send(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", self.name, *keys)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", self.name, "-l", text)

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", self.name)

    def wait_for(self, predicate, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen()
            if predicate(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"screen never matched; last screen:\n{text}")
            time.sleep(0.1)

    def close(self) -> None:
        self._tmux("kill-server")


@pytest.fixture
def xdg_env(isolated_xdg):
    return {
        name: os.environ[name]
        for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME")
    }


def flat(screen: str) -> str:
    return " ".join(screen.split())


def run_session(tmp_path, width, height, env):
    library = Library.open(bundled_seeds())
    titles = [s.title for s in library.summaries()]
    facts = [f for s in library.summaries() for f in library.facts(s.id)]
    canola = next(s for s in library.search("canola").hits[0].snippets)
    session = Tmux(tmp_path, width, height, env)
    try:
        first = session.wait_for(lambda t: "Sources" in t and "Search" in t)
        # titles are visible in the sources pane (wide) or after switching to it (narrow)
        if width < 100:
            session.send("1")
        screen = session.wait_for(lambda t: titles[1][:12] in t)
        assert sum(title[:12] in screen for title in titles) >= 3
        # the facts pane shows the article's key facts (or says there are none yet)
        session.send("3")

        # (the pane's title is drawn before its facts arrive: wait for what is asserted)
        def shows_facts(t: str) -> bool:
            if not facts:
                return "no key facts" in t
            return any(f.text[:15] in flat(t) or f.sentence[:15] in flat(t) for f in facts)

        screen = session.wait_for(lambda t: "Key facts" in t and shows_facts(t))
        assert "Key facts" in screen and shows_facts(screen)
        # search as you type, Enter opens the article at the canola sentence
        session.send("/")
        # the footer offers "Results" once the search bar has focus: type only then (keys sent
        # in the same burst as "/" may still be routed to the pane that had focus)
        session.wait_for(lambda t: "Results" in t.rstrip().splitlines()[-1])
        session.type("canola")
        session.wait_for(lambda t: "match" in t and "canola" in t.lower())
        session.send("Enter")
        words = canola.sentence.split()
        screen = session.wait_for(lambda t: " ".join(words[:4]) in flat(t) and "match 1/" in t)
        assert "canola" in screen.lower()
        # q goes back one pane in the one-pane layout (here: to the facts) and quits at the top;
        # ctrl+q quits from anywhere
        session.send("q" if width >= 100 else "C-q")
        session.wait_for(lambda t: "BRIEFING-EXITED 0" in t)
        return first
    finally:
        session.close()


def test_reader_in_tmux_wide(tmp_path, xdg_env):
    run_session(tmp_path, 120, 40, {**xdg_env, "TERM": "xterm-256color"})


def test_reader_in_tmux_80x24_screen_no_color(tmp_path, xdg_env):
    first = run_session(tmp_path, 80, 24, {**xdg_env, "TERM": "screen", "NO_COLOR": "1"})
    assert "1:Sources" in first  # the narrow layout shows the pane switcher


def test_reader_in_tmux_linux_console_without_colorterm(tmp_path, xdg_env, monkeypatch):
    monkeypatch.delenv("COLORTERM", raising=False)
    run_session(tmp_path, 100, 30, {**xdg_env, "TERM": "linux"})


def test_broken_keymap_exits_2_before_starting(tmp_path, xdg_env):
    bad = tmp_path / "bad.yaml"
    bad.write_text("bindings:\n  nav.dwn: j\n")
    out = subprocess.run(
        briefing_cmd() + ["--keymap", str(bad)],
        capture_output=True,
        text=True,
        env={**os.environ, **xdg_env},
        timeout=60,
    )
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "did you mean 'nav.down'" in out.stderr
