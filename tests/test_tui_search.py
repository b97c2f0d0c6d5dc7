"""Pilot tests of search that follows the reader: prefix matching while typing, n/N moving the
sentence highlight through the matches and on to the next article, e/t keeping the view still."""

from __future__ import annotations

from briefing.render import palette
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.search_bar import SearchBar
from briefing.tui.widgets.search_results import SearchResults

from .tui_helpers import make_app, wait_for


async def _ready(pilot, app):
    screen = app.screen
    await wait_for(pilot, lambda: screen.article is not None)
    return screen


async def _search(pilot, screen, text: str):
    await pilot.press("slash", *text)
    await wait_for(pilot, lambda: screen._last_result is not None and screen._last_result.query == text)
    return screen._last_result


async def test_search_as_you_type_matches_the_start_of_the_last_word():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        bar = screen.query_one(SearchBar)
        await pilot.press("slash")
        for typed in ("ca", "can", "cano", "canol"):
            await pilot.press(*typed[len(bar.value) :])
            await wait_for(pilot, lambda t=typed: screen._last_result and screen._last_result.query == t)
            result = screen._last_result
            assert result.total > 0, typed
            assert str(bar.border_subtitle) == "", f"{typed!r}: {bar.border_subtitle}"
        words = {
            s.sentence[a - s.start : b - s.start].lower()
            for hit in result.hits
            for s in hit.snippets
            for a, b in s.highlights
        }
        assert "canola" in words  # the whole word is highlighted
        assert screen.query_one(SearchResults).display
        # one letter is not searched as a prefix, and the bar says why
        await pilot.press(*["backspace"] * 4)
        await wait_for(pilot, lambda: screen._last_result and screen._last_result.query == "c")
        assert "2 letters" in str(bar.border_subtitle)
        # the one-shot syntax is unchanged: a bare prefix is no word
        assert screen.library.search("canol").total == 0
        assert screen.library.search("canol", prefix=True).total > 0


def _styled(view: ArticleView, style: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in view.rendered.text.spans if str(s.style) == style]


def _check_current(screen) -> None:
    """The current match drawn apart, inside the selected sentence; the others as matches."""
    view = screen.query_one(ArticleView)
    mode = screen.app.palette_mode
    start, end = screen.matches[screen.match_index]
    rendered = view.rendered
    assert _styled(view, palette.current_match_style(mode)) == [
        (rendered.to_rendered(start), rendered.to_rendered(end))
    ]
    assert len(_styled(view, palette.match_style(mode))) == len(screen.matches) - 1
    assert screen.selection.start <= start < end <= screen.selection.end
    assert view.line_of_source(start) in view.visible_lines()


async def test_n_and_N_move_the_sentence_highlight_and_go_on_to_the_next_article():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        result = await _search(pilot, screen, "tariff")
        ids = list(dict.fromkeys(h.id for h in result.hits))
        assert len(ids) >= 2
        await pilot.press("enter")  # the first result, at its sentence
        await wait_for(pilot, lambda: screen.article_id == ids[0] and screen.selection is not None)
        view = screen.query_one(ArticleView)
        seen = [(screen.article_id, screen.match_index)]
        # n through every match of every article, then once more: back to the first, "wrapped"
        total = sum(len(screen._find_matches(screen.library.article(i))) for i in ids)
        first_index = screen.match_index
        for _ in range(total - 1 - first_index):
            await pilot.press("n")
            _check_current(screen)
            assert (screen.article_id, screen.match_index) != seen[-1]
            seen.append((screen.article_id, screen.match_index))
            assert "wrapped" not in str(view.border_subtitle)
        assert [a for a, _ in seen][-1] == ids[-1], "n went on into the last article of the search"
        assert f"article {len(ids)}/{len(ids)}" in str(view.border_subtitle)
        await pilot.press("n")
        assert screen.article_id == ids[0] and screen.match_index == 0
        assert "wrapped" in str(view.border_subtitle)
        _check_current(screen)
        # N from the first match goes back past the start: the last match of the last article
        await pilot.press("N")
        assert screen.article_id == ids[-1]
        assert screen.match_index == len(screen.matches) - 1
        assert "wrapped" in str(view.border_subtitle)
        _check_current(screen)
        await pilot.press("N")
        assert "wrapped" not in str(view.border_subtitle), "said once, at the wrap"


async def test_e_and_t_keep_the_reading_position():
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _ready(pilot, app)
        await pilot.press("2", "pagedown", "down", "down")
        view = screen.query_one(ArticleView)
        await wait_for(pilot, lambda: view.scroll_y > 0)
        where = (view.scroll_y, view.top_source_offset())
        spans = len(view.rendered.text.spans)
        await pilot.press("e")
        assert (view.scroll_y, view.top_source_offset()) == where
        assert len(view.rendered.text.spans) < spans, "entities are off"
        await pilot.press("e")
        assert (view.scroll_y, view.top_source_offset()) == where
        await pilot.press("t")
        await wait_for(pilot, lambda: app.screen is not screen)
        await pilot.press("space", "enter")  # switch the first type off, apply
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.hidden_types
        assert (view.scroll_y, view.top_source_offset()) == where


async def test_results_name_each_article_once_above_its_sentences():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        result = await _search(pilot, screen, "tariff")
        results = screen.query_one(SearchResults)
        await wait_for(pilot, lambda: results.option_count == len(results.entries) > 0)
        many = [hit for hit in result.hits if len(hit.snippets) > 1]
        assert many, "the seeds have an article with several tariff sentences"
        rows = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        for hit in many:
            mine = [row for row, (h, _) in zip(rows, results.entries, strict=True) if h.id == hit.id]
            assert len(mine) > 1 and mine[0].startswith(hit.title)
            assert not any(hit.title in row for row in mine[1:]), mine
            assert all(row.startswith("  ") for row in mine[1:])


async def test_escape_read_together_with_the_next_key_is_both_keys():
    """ESC and a key in one read reach Textual as one key ("alt+c"; ESC 2 as "alt+2", see
    key_order): the reader takes them apart, so Escape leaves the search bar and the key
    does its own job."""
    from briefing.tui.widgets.fact_list import FactList

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        bar = screen.query_one(SearchBar)
        await _search(pilot, screen, "canola")
        await pilot.press("alt+2")  # ESC 2
        await wait_for(pilot, lambda: screen.query_one(ArticleView).has_focus)
        assert bar.value == "canola"
        await pilot.press("3")
        assert screen.query_one(FactList).has_focus
        await pilot.press("slash", "alt+1")  # ESC 1: out of the bar, to the sources
        await wait_for(pilot, lambda: screen.focused is not None and screen.focused.id == "sources")
        await pilot.press("slash", "alt+c")  # an unbound alt key: Escape, then "c" in the article...
        await wait_for(pilot, lambda: not bar.has_focus)
        assert bar.value == "canola"


async def test_option_characters_typed_as_themselves_stay_in_the_search_bar():
    """ "¡", "™", "£", "•" typed as characters (a Spanish or British keyboard, a paste) are
    text, not Escape and a digit: only ESC and the digit read together are that."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        bar = screen.query_one(SearchBar)
        await pilot.press("slash")
        await wait_for(pilot, lambda: bar.has_focus)
        from textual import events
        from textual.keys import _character_to_key

        for char in "¡c£™•º":  # as the terminal's parser gives them (Pilot's press drops the character)
            app._driver.send_message(events.Key(char if char.isalnum() else _character_to_key(char), char))
        await wait_for(pilot, lambda: len(bar.value) >= 6)
        assert bar.value == "¡c£™•º" and bar.has_focus


async def test_a_wrapped_sentence_in_the_results_stays_indented_under_its_title():
    """A result's sentence wrapped to the pane's left edge, where the next article's title
    is: a person could not tell a title from a sentence's second line."""
    from .test_hostile_tui import screen_text

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ready(pilot, app)
        result = await _search(pilot, screen, "tariff")
        results = screen.query_one(SearchResults)
        await wait_for(pilot, lambda: results.display and results.option_count == len(results.entries) > 0)
        await pilot.pause()
        titles = [hit.title for hit in result.hits]
        lines = screen_text(app).splitlines()
        top = next(i for i, line in enumerate(lines) if "match" in line and "╭" in line)
        rows = []
        for line in lines[top + 1 :]:
            if line.startswith("╰"):
                break
            rows.append(line[1:-1].rstrip(" ▁▂▃▄▅▆▇█▔"))
        rows = [row for row in rows if row.strip()]
        assert len(rows) > len({t for t in titles if any(row.startswith(" " + t[:20]) for row in rows)})
        wrapped = 0
        for row in rows:
            if row.startswith("   "):  # inside the pane's padding: two more spaces
                wrapped += 1
            else:  # at the edge: a title, or a long title's second line, never a sentence's
                assert any(row.strip() in title for title in titles), rows
        assert wrapped > len(rows) // 2, rows  # sentences, most of them over several lines
