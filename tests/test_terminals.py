"""Rendering in real terminals (tmux): TERM=xterm-256color, screen, linux; NO_COLOR=1; no COLORTERM.

Each run draws the hostile articles in a tmux pane and checks: it exits cleanly, the
titles are on the screen, no planted OSC title change or clipboard write took effect,
and with NO_COLOR=1 no colour attribute reaches the screen.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import sys

import pytest

from .conftest import briefing_cmd
from .hostile import write_hostile_corpus
from .tmux import Tmux, have_tmux

pytestmark = pytest.mark.skipif(not have_tmux(), reason="tmux is not installed (.ci/run installs it)")

TERMINALS = [
    ("xterm-256color", {"TERM": "xterm-256color"}),
    ("screen", {"TERM": "screen"}),
    ("linux", {"TERM": "linux"}),
    ("no-color", {"TERM": "xterm-256color", "NO_COLOR": "1"}),
]
# SGR parameters that set a colour (foreground/background, 8/16/256/truecolour)
_COLOR_SGR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:[;m])")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    hostile = write_hostile_corpus(tmp_path_factory.mktemp("terms") / "hc", big=False)
    path = hostile.root.parent / "news"
    path.mkdir()
    for label in ("escapes", "markup", "plain"):
        shutil.copy2(hostile.loads[label], path / hostile.loads[label].name)
    return path


@pytest.mark.parametrize("env", [t[1] for t in TERMINALS], ids=[t[0] for t in TERMINALS])
def test_show_renders_cleanly_in_each_terminal(tmp_path, corpus, env):
    argv = briefing_cmd() + ["--corpus", str(corpus), "show"]
    sets = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    unset = "-u COLORTERM" + ("" if "NO_COLOR" in env else " -u NO_COLOR")
    xdg = " ".join(f"{k}={shlex.quote(os.environ[k])}" for k in os.environ if k.startswith("XDG_"))
    command = f"env {unset} {sets} {xdg} {shlex.join(argv)}"
    with Tmux(tmp_path / "tmux", width=100, height=60) as tmux:
        target = tmux.start(command)
        status = tmux.wait_exit(target, timeout=120)
        screen = tmux.screen(target, history=True)
        assert status == 0, screen
        flat = " ".join(screen.split())
        for title in ("A Plain Headline Here", "Escapes", "[bold red]Markup[/] In"):
            assert title in flat, screen
        assert "pwned" not in tmux.info(target, "#{pane_title}")
        assert tmux.buffers().strip() == ""
        styled = tmux.screen(target, history=True, escapes=True)
        if "NO_COLOR" in env:
            assert not _COLOR_SGR.search(styled), "colour on screen with NO_COLOR=1"
