"""Dialogs at common small sizes: the entity types dialog's footer of keys is never cut."""

from __future__ import annotations

import pytest

from briefing.core import keymaps

from .test_hostile_tui import screen_text
from .tui_helpers import make_app, wait_for


@pytest.mark.parametrize(
    ("width", "footer"),
    [
        (80, "space toggles · enter applies · escape cancels"),  # was "escape canc…"
        (40, "space · enter ok · escape cancel"),
    ],
)
async def test_the_types_dialog_shows_its_whole_footer(width, footer):
    from briefing.tui.screens.entity_types import EntityTypesScreen

    app = make_app(keymaps.resolve("default"))
    async with app.run_test(size=(width, 24)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, EntityTypesScreen))
        await pilot.pause()
        text = screen_text(app)
        assert footer in text, text
        assert "…" not in next(line for line in text.splitlines() if "enter" in line)
        assert "[x] nationality/group" in text


async def test_moving_down_the_source_list_never_cuts_the_top_row(tmp_path):
    # scrolled by lines, the top row showed only its meta line ("28 ent · 8 facts")
    from briefing.core.library import Library
    from briefing.tui.app import BriefingApp
    from briefing.tui.widgets.source_list import SourceList

    from .perf.generate_corpus import generate

    corpus = tmp_path / "news"
    generate(corpus, 30)
    app = BriefingApp(corpus, library=Library.open(corpus))
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None, timeout=60)
        sources = screen.query_one(SourceList)
        await pilot.press("1")
        tops = []
        for _ in range(len(sources.items) - 1):
            await pilot.press("down")
            assert int(sources.scroll_y) in sources._starts, (sources.cursor, sources.scroll_y)
            first = sources.render_line(0).text
            assert " ent · " not in first and first.strip(), first  # a title, not a meta line
            tops.append(int(sources.scroll_y))
        assert max(tops) > 0  # it did scroll


async def test_at_60x20_the_search_results_are_the_pane_not_half_over_one():
    # as a drop-down of 60% they covered the entity pane's top and left its lower rows showing
    from briefing.tui.widgets.search_results import SearchResults

    app = make_app(keymaps.resolve("default"))
    async with app.run_test(size=(60, 20)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("4")
        await wait_for(pilot, lambda: " · " in screen_text(app) and "Entities (" in screen_text(app))
        await pilot.press("slash", *"canola")
        results = screen.query_one(SearchResults)
        await wait_for(pilot, lambda: results.display and "match" in screen_text(app), timeout=20)
        await pilot.pause()
        text = screen_text(app)
        assert results.region.y == 3 and results.region.bottom == 19, results.region
        assert "GPE · " not in text and "PERSON · " not in text, text  # no entity row under them
        assert text.splitlines()[-1].lstrip().startswith("↓"), text  # the footer's keys still show
