"""Pilot tests of the reader's moves: unread, read marks, history, paging, going back, recall."""

from __future__ import annotations

from briefing.core import keymaps
from briefing.core.state import State
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.screens.entity_types import EntityTypesScreen
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.search_bar import SearchBar
from briefing.tui.widgets.source_list import SourceList

from .tui_helpers import library_with_facts, make_app, wait_for


async def _ready(pilot, app):
    screen = app.screen
    await wait_for(pilot, lambda: screen.article is not None)
    return screen


async def test_next_and_previous_unread_follow_the_list_and_skip_read_articles():
    library = library_with_facts()
    ids = [s.id for s in library.summaries()]
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        assert screen.article_id == ids[0]
        await pilot.press("1", "down", "down", "enter")  # read the third one
        await wait_for(pilot, lambda: screen.article_id == ids[2])
        await pilot.press("U")  # previous unread before the third: the second
        await wait_for(pilot, lambda: screen.article_id == ids[1])
        await pilot.press("u")  # next unread after the second: the fourth (the third is read)
        await wait_for(pilot, lambda: screen.article_id == ids[3])
        await pilot.press("u", "u")  # the fifth, then round to... nothing unread is left
        await wait_for(pilot, lambda: screen.article_id == ids[4])
        assert set(ids) <= screen.query_one(SourceList).read
        assert any("no other unread" in str(n.message) for n in app._notifications)
        # "in the story": the seeds have no story ids yet, so it says so and moves on in the list
        await pilot.press("m")  # the fifth unread again
        await pilot.press("1", "home", "m")  # and the first
        await pilot.press("greater_than_sign")
        await wait_for(pilot, lambda: screen.article_id == ids[0])


async def test_toggle_read_and_mark_all_read_with_confirmation():
    library = library_with_facts()
    ids = [s.id for s in library.summaries()]
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        sources = screen.query_one(SourceList)
        assert ids[0] in sources.read  # opening marks read
        await pilot.press("2", "m")
        assert ids[0] not in sources.read and not app.state.is_read(ids[0])
        await pilot.press("1", "down", "m")  # in the list: the highlighted article
        assert ids[1] in sources.read and app.state.is_read(ids[1])
        await pilot.press("M")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "Mark 4 unread articles read?" in app.screen.question
        await pilot.press("n")  # no: nothing changes
        await wait_for(pilot, lambda: app.screen is screen)
        assert len(sources.read) == 1
        await pilot.press("M")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: app.screen is screen)
        assert set(ids) == sources.read
    with State(library.corpus) as state:
        assert set(ids) <= state.read_ids()


async def test_back_and_forward_restore_article_and_position_after_jumps():
    library = library_with_facts()
    ids = [s.id for s in library.summaries()]
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        view = screen.query_one(ArticleView)
        await pilot.press("2", "space")  # read on a page in the first article
        await wait_for(pilot, lambda: view.scroll_y > 0)
        top_first = view.top_source_offset()
        await pilot.press("1", "down", "enter")  # a second article
        await wait_for(pilot, lambda: screen.article_id == ids[1])
        # follow a briefing fact into a third article
        await pilot.press("B")
        items = library.briefing()
        index = next(i for i, b in enumerate(items) if library.id_of(b.fact.path) not in ids[:2])
        third = library.id_of(items[index].fact.path)
        await pilot.press("3", "home", *["down"] * index, "enter")
        await wait_for(pilot, lambda: screen.article_id == third and screen.selection is not None)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: screen.article_id == ids[1])
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: screen.article_id == ids[0])
        await wait_for(pilot, lambda: abs(view.top_source_offset() - top_first) < 80)
        await pilot.press("alt+right", "alt+right")
        await wait_for(pilot, lambda: screen.article_id == third)
        fact = items[index].fact
        assert (screen.selection.start, screen.selection.end) == (fact.start, fact.end)
        await pilot.press("alt+right")
        assert any("nothing to go forward" in str(n.message) for n in app._notifications)


async def test_search_result_and_mention_jumps_go_back():
    library = library_with_facts()
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        start = screen.article_id
        hit = library.search("canola").hits[-1]
        await pilot.press("slash", *"canola")
        await wait_for(
            pilot, lambda: screen._last_result is not None and screen._last_result.query == "canola"
        )
        await pilot.press("down", "end", "enter")
        await wait_for(pilot, lambda: screen.article_id == hit.id and screen.selection is not None)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: screen.article_id == start and screen.selection is None)


async def test_less_style_paging_in_the_article_and_lists():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        view = screen.query_one(ArticleView)
        await pilot.press("2", "space")
        await wait_for(pilot, lambda: view.scroll_y > 0)
        await pilot.press("G")
        await wait_for(pilot, lambda: view.scroll_y == view.max_scroll_y)
        await pilot.press("b")
        await wait_for(pilot, lambda: view.scroll_y < view.max_scroll_y)
        await pilot.press("g")
        await wait_for(pilot, lambda: view.scroll_y == 0)
        assert screen.scope == "article"  # b pages; B switches the facts' scope
        await pilot.press("1", "G")
        sources = screen.query_one(SourceList)
        assert sources.cursor == len(sources.items) - 1
        await pilot.press("g")
        assert sources.cursor == 0


async def test_q_and_escape_go_back_one_pane_at_80x24_and_close_every_dialog():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ready(pilot, app)
        assert screen.narrow and screen.pane == "article"
        await pilot.press("1", "3")
        assert screen.pane == "facts"
        await pilot.press("q")
        assert screen.pane == "sources" and screen.query_one("#sources").has_focus
        await pilot.press("escape")
        assert screen.pane == "article"
        await pilot.press("escape")  # at the top Escape stays
        assert screen.pane == "article" and app.is_running
        for key, dialog in (("t", EntityTypesScreen), ("M", ConfirmScreen)):
            for close in ("q", "escape"):
                await pilot.press(key)
                await wait_for(pilot, lambda dialog=dialog: isinstance(app.screen, dialog))
                await pilot.press(close)
                await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("question_mark", "q")
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("q")  # at the top q quits
        await wait_for(pilot, lambda: not app.is_running)


async def test_ctrl_q_quits_from_the_search_bar():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ready(pilot, app)
        await pilot.press("1", "slash", "q")
        assert screen.query_one(SearchBar).value == "q"  # q is typed, not a key
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)


async def test_up_arrow_recalls_past_searches_in_the_search_bar():
    library = library_with_facts()
    app = make_app(library=library)
    with State(library.corpus) as state:
        for query in ("tariffs", "canola", "Beijing"):
            state.add_search(query)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        bar = screen.query_one(SearchBar)
        await pilot.press("slash", *"tra")
        await pilot.press("up")
        assert bar.value == "Beijing"
        await pilot.press("up", "up")
        assert bar.value == "tariffs"
        await pilot.press("up")  # the oldest stays
        assert bar.value == "tariffs"
        await pilot.press("down")
        assert bar.value == "canola"
        await pilot.press("down", "down")
        assert bar.value == "tra"  # what was typed comes back
        await wait_for(pilot, lambda: screen._last_result is not None and screen._last_result.query == "tra")


async def test_vim_and_emacs_presets_map_the_new_actions():
    vim, emacs = keymaps.resolve("vim"), keymaps.resolve("emacs")
    assert vim.keys("history.back") == ["ctrl+o", "alt+left"] and "tab" in vim.keys("history.forward")
    assert "h" in vim.keys("pane.back") and vim.keys("page.forward") == ["space"]
    assert "alt+comma" in emacs.keys("history.back") and "alt+p" in emacs.keys("search.older")
    assert "ctrl+g" in emacs.keys("pane.back")
    app = make_app(vim)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ready(pilot, app)
        first = screen.article_id
        await pilot.press("1", "j", "l")  # open the second article, vim-style
        await wait_for(pilot, lambda: screen.pane == "article" and screen.article_id != first)
        await pilot.press("h")
        assert screen.pane == "sources"
