"""Rendering in real terminals (tmux): TERM=xterm-256color, screen, linux; NO_COLOR=1; no COLORTERM.

Each run draws the hostile articles in a tmux pane and checks: it exits cleanly, the
titles are on the screen, no planted OSC title change or clipboard write took effect,
and with NO_COLOR=1 nothing chromatic reaches the screen (black, white and greys only).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil

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
_SGR = re.compile(r"\x1b\[([0-9;:]*)m")
_GREY_256 = {0, 7, 8, 15, 16, 231, *range(232, 256)}


def chromatic_colour(styled: str) -> str | None:
    """The first SGR colour on the screen that is not black, white or grey, else None.

    With NO_COLOR Rich adds no colour at all and Textual draws in monochrome (black,
    white and greys): either way nothing chromatic may appear.
    """
    for match in _SGR.finditer(styled):
        params = [int(p) if p.isdigit() else 0 for p in re.split("[;:]", match.group(1))]
        i = 0
        while i < len(params):
            p = params[i]
            if 30 <= p <= 37 or 40 <= p <= 47 or 90 <= p <= 97 or 100 <= p <= 107:
                if p % 10 not in (0, 7):
                    return match.group(0)
            elif p in (38, 48) and i + 1 < len(params):
                if params[i + 1] == 5 and i + 2 < len(params):
                    if params[i + 2] not in _GREY_256:
                        return match.group(0)
                    i += 2
                elif params[i + 1] == 2 and i + 4 < len(params):
                    r, g, b = params[i + 2 : i + 5]
                    if not (r == g == b):
                        return match.group(0)
                    i += 4
            i += 1
    return None


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
    unset = "-u COLORTERM -u COLUMNS -u LINES" + ("" if "NO_COLOR" in env else " -u NO_COLOR")
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
            assert chromatic_colour(styled) is None, f"colour {chromatic_colour(styled)!r} with NO_COLOR=1"


@pytest.mark.parametrize("env", [t[1] for t in TERMINALS], ids=[t[0] for t in TERMINALS])
def test_reader_renders_hostile_articles_cleanly_in_each_terminal(tmp_path, corpus, env):
    argv = briefing_cmd() + ["--corpus", str(corpus)]
    sets = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    unset = "-u COLORTERM -u COLUMNS -u LINES" + ("" if "NO_COLOR" in env else " -u NO_COLOR")
    xdg = " ".join(f"{k}={shlex.quote(os.environ[k])}" for k in os.environ if k.startswith("XDG_"))
    command = f"env {unset} {sets} {xdg} {shlex.join(argv)}"
    with Tmux(tmp_path / "tmux", width=120, height=40) as tmux:
        target = tmux.start(command)
        screen = tmux.wait_for(
            target,
            lambda s: "Sources" in s and "A Plain Headline Here" in s and "Escapes" in s,
            what="the reader with article titles",
        )
        assert "[bold red]Markup[/]" in screen
        assert "pwned" not in tmux.info(target, "#{pane_title}")
        styled = tmux.screen(target, escapes=True)
        if "NO_COLOR" in env:
            assert chromatic_colour(styled) is None, f"colour {chromatic_colour(styled)!r} with NO_COLOR=1"
        else:
            assert chromatic_colour(styled), "the reader uses colour when NO_COLOR is unset"
        tmux.send(target, "q")
        assert tmux.wait_exit(target, timeout=60) == 0, tmux.screen(target)
        assert tmux.buffers().strip() == ""
