"""The reader as a person sees it in real terminals (tmux): no text drawn invisibly.

Each mode draws the seeds, first screen and after a fact jump, and every visible
character must stand out from its background (not the same colour, contrast at
least 1.8:1); with the terminal's own colours showing (NO_COLOR, 16 colours) on a
dark and on a light terminal alike.
"""

from __future__ import annotations

import os
import shlex

import pytest

from briefing.core.corpus import bundled_seeds
from briefing.core.library import Library

from .conftest import briefing_cmd
from .screen_contrast import assert_readable
from .tmux import Tmux, have_tmux

pytestmark = pytest.mark.skipif(not have_tmux(), reason="tmux is not installed (.ci/run installs it)")

MODES = [
    ("truecolor-120x40", (120, 40), {"TERM": "xterm-256color", "COLORTERM": "truecolor"}, False),
    ("truecolor-100x30", (100, 30), {"TERM": "xterm-256color", "COLORTERM": "truecolor"}, False),
    ("no-color-100x30", (100, 30), {"TERM": "xterm-256color", "NO_COLOR": "1"}, True),
    ("screen-80x24", (80, 24), {"TERM": "screen"}, True),
    ("screen-100x30", (100, 30), {"TERM": "screen"}, True),
]


def reader_command(env: dict[str, str], corpus) -> str:
    sets = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    unset = "-u COLORTERM -u COLORFGBG -u COLUMNS -u LINES" + ("" if "NO_COLOR" in env else " -u NO_COLOR")
    xdg = " ".join(f"{k}={shlex.quote(os.environ[k])}" for k in os.environ if k.startswith("XDG_"))
    return f"env {unset} {sets} {xdg} {shlex.join(briefing_cmd() + ['--corpus', str(corpus)])}"


def settled(tmux: Tmux, target: str, unlike: str | None = None, what: str = "the screen") -> str:
    """The screen once it has changed from ``unlike`` and three captures in a row agree (two
    could agree between the frames of one change on a loaded machine)."""
    previous: list[str] = [""]
    steady = [0]

    def done(screen: str) -> bool:
        styled = tmux.screen(target, escapes=True)
        steady[0] = steady[0] + 1 if styled == previous[0] else 0
        previous[0] = styled
        return steady[0] >= 2 and styled != unlike and bool(screen.strip())

    tmux.wait_for(target, done, what=what)
    return previous[0]


def check(dump: str, both_backgrounds: bool) -> None:
    assert_readable(dump)
    if both_backgrounds:
        assert_readable(dump, light=True)


@pytest.mark.parametrize("name,size,env,both", MODES, ids=[m[0] for m in MODES])
def test_reader_is_readable_first_screen_and_after_a_fact_jump(tmp_path, name, size, env, both):
    library = Library.open(bundled_seeds())
    first = library.summaries()[0]
    fact = library.facts(first.id)[1]
    with Tmux(tmp_path / "tmux", width=size[0], height=size[1]) as tmux:
        target = tmux.start(reader_command(env, bundled_seeds()))
        tmux.wait_for(target, lambda s: "Carney" in s and "Search" in s, what="the reader")
        screen = settled(tmux, target, what="the first screen")
        check(screen, both)
        tmux.send(target, "3")
        tmux.send(target, "Down")
        facts = settled(tmux, target, unlike=screen, what="the facts pane, second fact highlighted")
        tmux.send(target, "Enter")
        words = " ".join(fact.sentence.split()[:3])
        tmux.wait_for(target, lambda s: words in " ".join(s.split()), what="the fact's sentence")
        jumped = settled(tmux, target, unlike=facts, what="the article at the fact")
        assert words in " ".join(tmux.screen(target).split()), jumped
        check(jumped, both)
        tmux.send(target, "C-q")  # q goes back one pane in the one-pane layout; ctrl+q quits
        assert tmux.wait_exit(target, timeout=60) == 0


def test_one_shot_commands_in_16_colours_are_readable_on_dark_and_light_terminals(tmp_path):
    """`briefing search` marked its matches bold yellow in reverse video: on a light terminal
    that is white text on yellow (1.7:1), every matched word unreadable. Each command that
    colours its output is checked here as a person at a 16-colour terminal sees it."""
    seed = sorted(bundled_seeds().glob("*.txt"))[0]
    commands = {
        "search": ["search", "canola"],
        "show": ["show", str(seed)],
        "facts": ["facts", "--briefing"],
        "stories": ["stories"],
        "entities": ["entities"],
    }
    with Tmux(tmp_path / "tmux", width=120, height=50) as tmux:
        for name, args in commands.items():
            command = reader_command({"TERM": "screen"}, bundled_seeds())
            target = tmux.start(f"{command} {shlex.join(args)}", name=name)
            assert tmux.wait_exit(target, timeout=120) == 0, tmux.screen(target)
            dump = tmux.screen(target, history=True, escapes=True)
            assert "\x1b[" in dump, f"{name}: no colour at all"
            check(dump, both_backgrounds=True)


def _behind_the_mark_all_read_dialog(tmp_path, corpus, size, env, both, ready, shown: str) -> None:
    """Open the reader on ``corpus``, wait for ``ready(screen)``, press M and check the screen
    behind the mark-all-read dialog: ``shown`` is still there, and readable."""
    with Tmux(tmp_path / "tmux", width=size[0], height=size[1]) as tmux:
        target = tmux.start(reader_command(env, corpus))
        tmux.wait_for(target, ready, what="the reader")
        screen = settled(tmux, target, what="the first screen")
        tmux.send(target, "M")
        tmux.wait_for(target, lambda s: "read?" in s, what="the mark-all-read dialog")
        dialog = settled(tmux, target, unlike=screen, what="the dialog")
        assert shown in dialog
        check(dialog, both)
        tmux.send(target, "C-q")
        assert tmux.wait_exit(target, timeout=60) == 0


@pytest.mark.parametrize("name,size,env,both", MODES, ids=[m[0] for m in MODES])
def test_the_screen_behind_a_dialog_stays_readable(tmp_path, name, size, env, both):
    """Behind a dialog the search bar's hint, text-disabled and dimmed by the dialog, was
    1.5:1 in truecolor (behind every dialog: here the one asking to mark all read)."""
    _behind_the_mark_all_read_dialog(
        tmp_path, bundled_seeds(), size, env, both, lambda s: "Carney" in s and "Search" in s, "to search"
    )


@pytest.mark.parametrize("name,size,env,both", MODES[:3], ids=[m[0] for m in MODES[:3]])
def test_a_panes_message_behind_a_dialog_stays_readable(tmp_path, name, size, env, both):
    """A pane's message (a disabled option: "no key facts found…", "key facts appear once the
    corpus is indexed") was text-disabled, and a dialog dims it to 1.5:1 in truecolor; a CI run
    caught the indexing message when the dialog opened before indexing ended. Articles with
    no key facts show such a message every time (two, so that one is unread)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text("A short note\n\nThe meeting is on the agenda.\n")
    (corpus / "later.txt").write_text("A later note\n\nThe minutes are on file.\n")
    _behind_the_mark_all_read_dialog(
        tmp_path,
        corpus,
        size,
        env,
        both,
        lambda s: "no key facts" in s and "Sources (2)" in s,
        "no key facts",
    )
