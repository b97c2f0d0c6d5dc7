"""End to end (tmux): Escape then "/" read in one go (typed fast, or Alt+/ from an SSH client)
is Escape and then the "/" binding, never a "/" typed into the search text.

Textual's parser gives "alt+" only to keys named by one character, so ESC / reached the
search bar as "/" and the Escape was lost (see tui/key_order.py).
"""

from __future__ import annotations

import pytest

from briefing.core.corpus import bundled_seeds

from .test_e2e_reader import TRUECOLOR, footer, reader, search_bar
from .tmux import Tmux, have_tmux

pytestmark = pytest.mark.skipif(not have_tmux(), reason="tmux is not installed (.ci/run installs it)")


def test_escape_slash_in_one_write_leaves_and_refocuses_the_search(tmp_path):
    with Tmux(tmp_path / "tmux", width=120, height=40) as tmux:
        target = tmux.start(reader(bundled_seeds(), TRUECOLOR))
        tmux.wait_for(target, lambda s: "Sources (5)" in s and "Key facts:" in s, what="seeds")
        tmux.tmux("send-keys", "-t", target, "-l", "/canola")
        tmux.wait_for(target, lambda s: "articles match" in s, what="results")

        # in the search bar: ESC / then a letter typed after it. "/" focuses the bar with its
        # query selected (typing replaces it), so the letter is the whole query; the slash
        # typed as text gave "canola/x"
        tmux.tmux("send-keys", "-t", target, "-l", "\x1b/")
        tmux.tmux("send-keys", "-t", target, "-l", "x")
        screen = tmux.wait_for(
            target,
            lambda s: search_bar(s).endswith("x") and "Results" in footer(s),
            what="the letter in the bar, the bar focused (its footer)",
        )
        assert search_bar(screen) == "x", f"{search_bar(screen)!r}: ESC / typed a slash"

        # the same keys apart give the same: Escape, /, a letter
        tmux.send(target, "Escape")
        tmux.wait_for(target, lambda s: "Results" not in footer(s), what="search left")
        tmux.send(target, "/")
        tmux.wait_for(target, lambda s: "Results" in footer(s), what="bar focused by /")
        tmux.tmux("send-keys", "-t", target, "-l", "y")
        screen = tmux.wait_for(target, lambda s: search_bar(s) != "x", what="y typed")
        assert search_bar(screen) == "y", search_bar(screen)

        # from the results list: Escape closes the search, "/" focuses the bar again
        tmux.send(target, "C-u")
        tmux.wait_for(target, lambda s: "/ to search" in s.splitlines()[1], what="emptied")
        tmux.tmux("send-keys", "-t", target, "-l", "canola")
        tmux.wait_for(target, lambda s: "articles match" in s, what="results again")
        tmux.send(target, "Down")
        tmux.wait_for(target, lambda s: "Results" not in footer(s) and "match" in s, what="in the results")
        tmux.tmux("send-keys", "-t", target, "-l", "\x1b/")
        tmux.tmux("send-keys", "-t", target, "-l", "z")
        screen = tmux.wait_for(target, lambda s: search_bar(s).endswith("z"), what="the bar focused by ESC /")
        assert search_bar(screen) == "z", search_bar(screen)
        tmux.send(target, "C-q")
        assert tmux.wait_exit(target, timeout=60) == 0


def test_the_terminal_parser_reads_esc_and_punctuation_as_alt_keys():
    """ESC and a punctuation key read as one "alt+" key (emacs' alt+comma, alt+less_than_sign
    are then real keys); the terminal's own sequences (arrows, mouse) are untouched."""
    from textual._xterm_parser import XTermParser

    import briefing.tui.key_order  # noqa: F401 - installs the table entries

    def keys(data: str) -> list[str]:
        parser = XTermParser()
        events = list(parser.feed(data)) + list(parser.feed(""))  # "" ends the input: no wait
        return [getattr(e, "key", type(e).__name__) for e in events]

    assert keys("\x1b/") == ["alt+slash"]
    assert keys("\x1b,") == ["alt+comma"] and keys("\x1b<") == ["alt+less_than_sign"]
    assert keys("\x1b[A") == ["up"] and keys("\x1b[<0;10;5M") == ["MouseDown"]
    assert keys("/") == ["slash"] and keys("\x1b") == ["escape"]
