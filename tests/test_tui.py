"""Pilot tests of the reader: facts jump to exact sentences, live search, keymaps, help, 80x24."""

from __future__ import annotations

from briefing.core import keymaps, paths
from briefing.render import palette
from briefing.tui.screens.help import HelpScreen
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.fact_list import FactList
from briefing.tui.widgets.search_bar import SearchBar
from briefing.tui.widgets.search_results import SearchResults
from briefing.tui.widgets.source_list import SourceList

from .tui_helpers import library_with_facts, make_app, wait_for


def selected_spans(view: ArticleView) -> list[tuple[int, int]]:
    style = palette.selected_style(view.app.palette_mode)
    return [(s.start, s.end) for s in view.rendered.text.spans if str(s.style) == style]


def assert_selected_exactly(view: ArticleView, start: int, end: int) -> None:
    rendered = view.rendered
    a, b = rendered.to_rendered(start), rendered.to_rendered(end)
    assert selected_spans(view) == [(a, b)]
    article_text = view.screen.article.content[start:end]
    assert rendered.text.plain[a:b] == article_text
    line = view.line_of_rendered(a)
    assert line in view.visible_lines(), "the selected sentence is scrolled into view"


async def test_fact_selection_highlights_exactly_its_sentence_across_articles():
    library = library_with_facts()
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        summaries = library.summaries()
        # open the last article, then pick a fact of it from the facts pane
        await pilot.press("1", "end", "enter")
        await wait_for(pilot, lambda: screen.article_id == summaries[-1].id)
        facts = library.facts(summaries[-1].id)
        assert facts, "the library gives facts for the article"
        target = facts[-1]
        await pilot.press("3")
        fact_list = app.screen.query_one(FactList)
        assert fact_list.has_focus
        for _ in range(len(facts) - 1):
            await pilot.press("down")
        await pilot.press("enter")
        view = screen.query_one(ArticleView)
        await wait_for(pilot, lambda: screen.selection is not None)
        assert_selected_exactly(view, target.start, target.end)

        # briefing-wide scope: a fact of ANOTHER article opens that article at its sentence
        await pilot.press("B")
        items = library.briefing()
        index = next(i for i, item in enumerate(items) if library.id_of(item.fact.path) != screen.article_id)
        other = items[index]
        await pilot.press("home", *["down"] * index, "enter")
        await wait_for(pilot, lambda: screen.article_id == library.id_of(other.fact.path))
        assert_selected_exactly(view, other.fact.start, other.fact.end)

        # y copies the highlighted fact with its citation
        await pilot.press("y")
        assert other.fact.sentence.split()[0] in app.last_copied
        assert library.article(screen.article_id).path in app.last_copied


async def test_search_as_you_type_then_enter_opens_the_sentence():
    library = library_with_facts()
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("slash", *"canola")
        results = screen.query_one(SearchResults)
        await wait_for(
            pilot,
            lambda: results.display and results.option_count > 0 and screen._last_result.query == "canola",
        )
        assert screen.query_one(SearchBar).has_focus, "typing never leaves the search bar"
        hit, snippet = results.entries[0]
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.article_id == hit.id and screen.selection is not None)
        view = screen.query_one(ArticleView)
        assert "canola" in snippet.sentence.lower()
        assert_selected_exactly(view, snippet.start, snippet.end)
        assert view.has_focus and not results.display
        # the match is highlighted, and n moves between matches
        styles = {palette.match_style(app.palette_mode), palette.current_match_style(app.palette_mode)}
        assert any(str(s.style) in styles for s in view.rendered.text.spans)
        assert screen.matches and screen.match_index >= 0
        # search history is remembered
        assert app.state.search_history()[0] == "canola"


async def test_invalid_query_shows_inline_message():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("slash", "full_stop", "full_stop")
        bar = screen.query_one(SearchBar)
        await wait_for(pilot, lambda: bool(bar.border_subtitle))
        assert "query" in str(bar.border_subtitle)
        assert app.is_running


async def test_keymap_preset_and_user_override_take_effect():
    override = paths.config_file("keymap.yaml")
    paths.ensure_private_dir(override.parent)
    override.write_text('bindings:\n  focus.facts: "F"\n')
    app = make_app(keymaps.resolve("vim"))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        sources = screen.query_one(SourceList)
        await pilot.press("1")
        assert sources.has_focus and sources.cursor == 0
        await pilot.press("j", "j")
        assert sources.cursor == 2
        await pilot.press("k")
        assert sources.cursor == 1
        await pilot.press("G")
        assert sources.cursor == len(sources.items) - 1
        await pilot.press("F")
        assert screen.query_one(FactList).has_focus
        await pilot.press("3")  # the override replaced the default key
        assert screen.query_one(FactList).has_focus


async def test_help_lists_the_active_keys():
    app = make_app(keymaps.resolve("vim"))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(
            pilot, lambda: app.screen.__class__.__name__ == "ReaderScreen" and app.screen.article is not None
        )
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {binding_id: keys for keys, _, binding_id in app.screen.rows}
        assert rows["nav.down"] == "j, down"
        assert rows["nav.up"] == "k, up"
        assert rows["app.quit"] == "^q"
        assert rows["app.close"] == "q"
        scroll = app.screen.query_one("VerticalScroll")
        await pilot.press("j", "j")
        await wait_for(pilot, lambda: scroll.scroll_y == 2)
        await pilot.press("space")  # pages, less-style, as in the panes
        await wait_for(pilot, lambda: scroll.scroll_y > 10)
        await pilot.press("b")
        await wait_for(pilot, lambda: scroll.scroll_y < 10)
        assert str(app.screen.query_one("VerticalScroll").border_subtitle).startswith("space/b page")
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")  # the help key closes it again
        assert not isinstance(app.screen, HelpScreen)


async def test_80x24_keeps_every_pane_reachable():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        assert screen.narrow
        for key, selector in (("1", "#sources"), ("2", "#article"), ("3", "#facts"), ("4", "#entities")):
            await pilot.press(key)
            widget = screen.query_one(selector)
            assert widget.has_focus and widget.region.width >= 70 and widget.region.height >= 10, selector
            others = [w for s, w in screen.PANE_WIDGETS.items() if w != selector]
            assert all(
                screen.query_one(o).region.width == 0
                or not screen.query_one(o).display
                or screen.query_one(o).region.height == 0
                for o in others
            )
        # choosing a fact from the facts pane switches to the article
        await pilot.press("3", "enter")
        await wait_for(pilot, lambda: screen.selection is not None)
        assert screen.query_one("#article").has_focus
        await pilot.press("slash")
        assert screen.query_one(SearchBar).has_focus


async def test_quit_remembers_position_and_read_marks():
    library = library_with_facts()
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("1", "down", "enter")
        second = library.summaries()[1].id
        await wait_for(pilot, lambda: screen.article_id == second)
        await pilot.press("q")
    from briefing.core.state import State

    with State(library.corpus) as state:
        assert second in state.read_ids()
        assert state.last_position()[0] == second


async def test_corroborating_sentences_are_reachable_from_a_fact():
    library = library_with_facts()
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        fact = library.facts(screen.article_id)[0]
        await pilot.press("3", "c")
        await wait_for(pilot, lambda: app.screen is not screen)
        refs = [value for _, value in app.screen.entries]
        assert refs[0].start == fact.start and len(refs) == 1 + len(fact.corroborated_by)
        target = refs[-1]
        await pilot.press("end", "enter")
        await wait_for(pilot, lambda: app.screen is screen and screen.selection is not None)
        assert (screen.selection.start, screen.selection.end) == (target.start, target.end)
        assert screen.article_id == (library.id_of(target.path) or screen.article_id)


async def test_hostile_article_text_is_shown_literally(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "Evil [bold red]title[/]\n\nA sentence with \x1b]52;c;aGVsbG8=\x07 and \x1b[31mred\x1b[0m "
        "and [link=file:///etc/passwd]a link[/link] and $variable and \u202eevil.\n\nMore text here.\n",
        encoding="utf-8",
    )
    from briefing.tui.app import BriefingApp

    app = BriefingApp(corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None, timeout=60)
        plain = screen.query_one(ArticleView).text.plain
        assert "[bold red]title[/]" in plain and "[link=file:///etc/passwd]" in plain and "$variable" in plain
        assert "\x1b" not in plain and "\x07" not in plain and "\u202e" not in plain
        assert "␛" in plain
        sources = screen.query_one(SourceList)
        assert "[bold red]" in sources.items[0].title or "Evil" in sources.items[0].title


async def test_sentence_keys_select_and_copy_a_sentence():
    library = library_with_facts()
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("2", "right_parenthesis", "right_parenthesis")
        sentences = screen.article.sentences
        assert (screen.selection.start, screen.selection.end) == (sentences[1].start, sentences[1].end)
        view = screen.query_one(ArticleView)
        assert_selected_exactly(view, sentences[1].start, sentences[1].end)
        await pilot.press("left_parenthesis")
        assert (screen.selection.start, screen.selection.end) == (sentences[0].start, sentences[0].end)
        await pilot.press("y")
        assert sentences[0].text.split()[0] in app.last_copied
        assert screen.article.path in app.last_copied


async def test_results_hide_when_focus_moves_and_down_enters_them():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("slash", *"canola")
        results = screen.query_one(SearchResults)
        await wait_for(pilot, lambda: results.display and screen._last_result.query == "canola")
        await pilot.press("down")
        assert results.has_focus
        await pilot.press("escape")
        assert not results.display and not screen.query_one(SearchBar).has_focus
        await pilot.press("slash")
        assert results.display  # the last results come back with the bar
        await pilot.press("1")  # typed into the bar, not a pane switch
        assert screen.query_one(SearchBar).value.endswith("1")
        await pilot.press("escape")
        assert not screen.query_one(SearchBar).has_focus and not results.display


async def test_unwritable_state_dir_still_opens_with_a_notice(tmp_path, monkeypatch):
    blocker = tmp_path / "state-is-a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker / "sub"))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        assert not app.state.persistent
        assert any("not writable" in str(n.message) for n in app._notifications)
        await pilot.press("1", "down", "enter")
        assert len(app.state.read_ids()) == 2  # kept in memory for the session


async def test_markup_in_titles_and_queries_is_shown_literally(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Title with [bold]markup[/bold] and [red]x\n\nBody text about tariffs and canola.\n", encoding="utf-8"
    )
    from briefing.tui.app import BriefingApp

    app = BriefingApp(corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None, timeout=60)
        view = screen.query_one(ArticleView)
        assert "[bold]markup[/bold]" in view._border_title.plain
        await pilot.press("slash", "left_square_bracket", "slash", "right_square_bracket")
        bar = screen.query_one(SearchBar)
        assert bar.value == "[/]"
        await wait_for(
            pilot, lambda: bar._border_subtitle is not None and "[/]" in bar._border_subtitle.plain
        )
        assert app.is_running


async def test_the_entity_types_dialog_keys_come_from_the_keymap():
    from briefing.tui.screens.entity_types import EntityTypesScreen, TypeToggles

    override = paths.config_file("keymap.yaml")
    paths.ensure_private_dir(override.parent)
    override.write_text('bindings:\n  dialog.toggle: "x"\n')
    app = make_app(keymaps.resolve("default"))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("t")
        await wait_for(pilot, lambda: isinstance(app.screen, EntityTypesScreen))
        toggles = app.screen.query_one(TypeToggles)
        assert str(toggles.border_subtitle).startswith("x toggles")
        first = toggles.types[0]
        await pilot.press("space")  # the default key no longer toggles
        assert first not in toggles.hidden
        await pilot.press("x")
        assert first in toggles.hidden
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen)
        assert first in screen.hidden_types


async def test_a_fact_no_other_source_states_says_so_plainly(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text(
        "Harbour Authority Approves New Ferry Terminal\n\n"
        "The harbour authority approved a new ferry terminal on Tuesday after a two-year review.\n\n"
        "The terminal will handle four crossings a day and open next spring, officials said.\n\n"
        "Construction is expected to employ about 300 workers, the authority said in a statement.\n",
        encoding="utf-8",
    )
    from briefing.core.library import Library

    library = Library.open(corpus)
    app = make_app(library=library)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        assert library.facts(screen.article_id), "the fixture needs a key fact"
        await pilot.press("3", "c")
        await wait_for(pilot, lambda: app.screen is not screen)
        title = str(app.screen.query_one("#choices").border_title)
        assert title == "No other source states this fact"
        assert "(0)" not in title
