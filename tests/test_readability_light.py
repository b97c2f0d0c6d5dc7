"""A light terminal (COLORFGBG says so): the entity list and the types dialog stay readable.

The highlighted row of a list is drawn on the theme's highlight (a dark blue on
textual-light); an entity name kept its type's colour there, dark on dark (1.6:1), and so
did the highlighted type in the types dialog. Read off the screen in tmux, as a person at a
light terminal sees it, in truecolour and in 16 colours.
"""

from __future__ import annotations

import pytest

from briefing.core.corpus import bundled_seeds

from .screen_contrast import assert_readable, cells, report, visible
from .test_readability import reader_command, settled
from .tmux import Tmux, have_tmux

pytestmark = pytest.mark.skipif(not have_tmux(), reason="tmux is not installed (.ci/run installs it)")

LIGHT = {
    "truecolor": {"TERM": "xterm-256color", "COLORTERM": "truecolor", "COLORFGBG": "0;15"},
    "16-colour": {"TERM": "screen", "COLORFGBG": "0;15"},
}


def dialog_cells(dump: str, title: str):
    """The cells inside the dialog box whose top border carries ``title``."""
    shown = cells(dump, light=True)
    plain: dict[int, str] = {}
    for cell in shown:
        plain[cell.row] = plain.get(cell.row, "") + cell.char
    top = next(r for r, text in plain.items() if title in text)
    left = plain[top].index("▊") if "▊" in plain[top] else plain[top].index(title) - 3
    right = plain[top].rindex("▎") if "▎" in plain[top] else len(plain[top]) - 1
    bottom = next(r for r in sorted(plain) if r > top and "▁" in plain[r][left : right + 1])
    return [c for c in shown if top < c.row < bottom and left < c.col < right and visible(c.char)]


@pytest.mark.parametrize("mode", list(LIGHT))
def test_the_highlighted_entity_and_type_are_readable_on_a_light_terminal(tmp_path, mode):
    with Tmux(tmp_path / "tmux", width=100, height=30) as tmux:
        target = tmux.start(reader_command(LIGHT[mode], bundled_seeds()))
        tmux.wait_for(target, lambda s: "Carney" in s and "Search" in s, what="the reader")
        first = settled(tmux, target, what="the first screen")
        tmux.send(target, "4")
        tmux.wait_for(target, lambda s: "Entities (" in s, what="the entity list")
        entities = settled(tmux, target, unlike=first, what="the entity list, first row highlighted")
        assert_readable(entities, light=True)
        tmux.send(target, "t")
        tmux.wait_for(target, lambda s: "Highlight entity types" in s, what="the types dialog")
        dialog = settled(tmux, target, unlike=entities, what="the types dialog, settled")
        inside = dialog_cells(dialog, "Highlight entity types")
        assert any(c.char == "x" for c in inside), "no toggles read inside the dialog"
        bad = [c for c in inside if c.ratio < 1.8]
        assert not bad, report(bad)
        tmux.send(target, "C-q")
        assert tmux.wait_exit(target) == 0
