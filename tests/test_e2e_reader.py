"""End to end, as a new user meets the reader (tmux, the installed ``briefing``, fresh XDG dirs):
a folder never indexed before opens and lists every article, keys typed in one burst after
``/`` all reach the search bar, a fact jump lands on its sentence, and every screen on the way
is readable (tests/screen_contrast.py).
"""

from __future__ import annotations

import os
import re
import shlex

import pytest
from rich.style import Style

from briefing.core.corpus import bundled_seeds
from briefing.core.library import Library
from briefing.render import palette

from .conftest import briefing_cmd
from .perf.generate_corpus import generate
from .screen_contrast import assert_readable, cells
from .tmux import Tmux, have_tmux

pytestmark = pytest.mark.skipif(not have_tmux(), reason="tmux is not installed (.ci/run installs it)")

TRUECOLOR = {"TERM": "xterm-256color", "COLORTERM": "truecolor"}
BURSTS = 20


def reader(corpus, env: dict[str, str]) -> str:
    sets = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    unset = "-u COLORTERM -u COLORFGBG -u NO_COLOR -u COLUMNS -u LINES"
    xdg = " ".join(f"{k}={shlex.quote(os.environ[k])}" for k in os.environ if k.startswith("XDG_"))
    return f"env {unset} {sets} {xdg} {shlex.join(briefing_cmd() + ['--corpus', str(corpus)])}"


def search_bar(screen: str) -> str:
    """What the search bar holds (its second line, between the borders)."""
    return screen.splitlines()[1].strip("│ ")


def footer(screen: str) -> str:
    return screen.rstrip().splitlines()[-1]


def test_first_open_of_a_400_file_folder_lists_all_of_them(tmp_path):
    corpus = tmp_path / "news"
    generate(corpus, 400)
    with Tmux(tmp_path / "tmux", width=120, height=40) as tmux:
        target = tmux.start(reader(corpus, TRUECOLOR))
        screen = tmux.wait_for(
            target,
            lambda s: "Sources (400)" in s and "Key facts:" in s,
            what="all 400 articles listed and one open",
        )
        assert_readable(tmux.screen(target, escapes=True))
        tmux.send(target, "q")
        assert tmux.wait_exit(target, timeout=60) == 0
        history = tmux.screen(target, history=True)
        assert "Traceback" not in history and "Error" not in history, history
        assert "Indexing" not in screen


def test_seeds_first_open_search_burst_and_fact_jump(tmp_path):
    library = Library.open(bundled_seeds())
    first = library.summaries()[0]
    fact = library.facts(first.id)[1]
    with Tmux(tmp_path / "tmux", width=120, height=40) as tmux:
        target = tmux.start(reader(bundled_seeds(), TRUECOLOR))  # XDG dirs of this test: never indexed
        tmux.wait_for(target, lambda s: "Sources (5)" in s and "Key facts:" in s, what="seeds")
        assert_readable(tmux.screen(target, escapes=True))

        # "/canola" in one write, as over SSH or a paste; some bursts start with a pane key
        for n in range(BURSTS):
            before = ("", "1", "2")[n % 3]
            tmux.tmux("send-keys", "-t", target, "-l", before + "/canola")
            screen = tmux.wait_for(
                target,
                lambda s: re.search(r"\d+ articles? match", s),
                what=f"results of burst {n}",
            )
            assert search_bar(screen) == "canola", f"burst {n}: {search_bar(screen)!r}\n{screen}"
            assert "Results" in footer(screen), "the search bar has the focus"
            if n == 0:
                assert_readable(tmux.screen(target, escapes=True))
            tmux.send(target, "C-u")
            tmux.wait_for(target, lambda s: "/ to search" in s.splitlines()[1], what="bar emptied")
            tmux.send(target, "Escape")
            tmux.wait_for(target, lambda s: "Results" not in footer(s), what="focus back")

        # Escape and a pane key in the same write (one key to Textual: ESC 2 reads as "™")
        tmux.tmux("send-keys", "-t", target, "-l", "/canola\x1b2")
        screen = tmux.wait_for(
            target,
            lambda s: search_bar(s).startswith("canola") and "Results" not in footer(s),
            what="the search left by an Escape read with the next key",
        )
        assert search_bar(screen) == "canola", f"{search_bar(screen)!r}: the 2 was typed into the bar"
        # the same once the bar has the focus: ESC 3 read together is Escape then 3, not "£"
        tmux.send(target, "/")
        tmux.wait_for(target, lambda s: "Results" in footer(s), what="the bar focused again")
        tmux.tmux("send-keys", "-t", target, "-l", "\x1b3")
        screen = tmux.wait_for(target, lambda s: "Results" not in footer(s), what="the bar left by ESC 3")
        assert search_bar(screen) == "canola", f"{search_bar(screen)!r}: ESC 3 typed a symbol"

        # a fact jump: the second fact of the first article, its sentence in view and selected
        tmux.send(target, "3")
        tmux.send(target, "Home")
        tmux.send(target, "Down")
        tmux.send(target, "Enter")
        words = " ".join(fact.sentence.split()[:4])
        r, g, b = Style.parse(palette.selected_style("dark")).bgcolor.triplet
        selected = f"48;2;{r};{g};{b}m"  # the selection's background, drawn only in the article
        tmux.wait_for(
            target,
            lambda s: words in " ".join(s.split()) and selected in tmux.screen(target, escapes=True),
            what="the article at the fact's sentence, selected",
        )
        styled = tmux.screen(target, escapes=True)
        inside = "".join(c.char for c in cells(styled) if c.bg == (r, g, b) and not c.char.isspace())
        assert words.replace(" ", "") in inside, "the fact's own sentence is the one selected"
        assert_readable(styled)
        tmux.send(target, "q")
        assert tmux.wait_exit(target, timeout=60) == 0
