"""Ctrl+Q quits "from anywhere", as the footer and the help say: a dialog open over the reader
(the entity types, the help, the command palette, a fact's sources) hid the app's bindings,
so Ctrl+Q did nothing there. The reader's position is remembered on the way out."""

from __future__ import annotations

import pytest

from briefing.core.state import State

from .tui_helpers import library_with_facts, make_app, wait_for

DIALOGS = {
    "entity types": ("4", "t"),
    "help": ("question_mark",),
    "command palette": ("ctrl+p",),
    "a fact's sources": ("3", "c"),
}


@pytest.mark.parametrize("dialog", list(DIALOGS))
async def test_ctrl_q_in_a_dialog_quits_and_remembers_the_article(dialog):
    library = library_with_facts()
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.screen
        await wait_for(pilot, lambda: reader.article is not None)
        await pilot.press("1", "down", "enter")
        second = library.summaries()[1].id
        await wait_for(pilot, lambda: reader.article_id == second)
        await pilot.press(*DIALOGS[dialog])
        await wait_for(pilot, lambda: app.screen is not reader)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: app.return_code is not None)
    assert app.return_code == 0
    with State(library.corpus) as state:
        assert state.last_position()[0] == second
