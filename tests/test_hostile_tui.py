"""The reader over hostile articles (Pilot): the screen holds no control character, markup is literal.

Checks what is actually drawn (every line of the composed screen), not only the
widgets' data: the article pane, the source list, the search results and the
inline messages and notifications, whose text comes from disk or from the user.
"""

from __future__ import annotations

import shutil

from briefing.core.library import Library
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.search_bar import SearchBar
from briefing.tui.widgets.search_results import SearchResults

from .hostile import MARKUP, assert_terminal_safe, write_hostile_corpus
from .tui_helpers import wait_for

LABELS = ("escapes", "markup", "evil_name", "undecodable_name", "invalid_utf8", "plain", "front_wrong_types")


def make_corpus(tmp_path):
    hostile = write_hostile_corpus(tmp_path / "hc", big=False)
    corpus = tmp_path / "news"
    corpus.mkdir()
    for label in LABELS:
        shutil.copy2(hostile.loads[label], corpus / hostile.loads[label].name)
    # a file whose *name* is markup with an action, and which is skipped (a warning names it)
    (corpus / "[@click=app.quit]boom.txt").write_bytes(b"")
    (corpus / "[bold red]loud.txt").write_bytes(b"")
    return corpus


def screen_text(app) -> str:
    """Every line of the screen as drawn."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_reader_draws_hostile_articles_inert(tmp_path):
    corpus = make_corpus(tmp_path)
    library = Library.open(corpus)
    summaries = library.summaries()
    assert len(summaries) == len(LABELS)
    app = BriefingApp(corpus, None, library=library)
    async with app.run_test(size=(140, 45), notifications=True) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        # the skipped files' names are markup: the warning toast shows them literally
        await wait_for(pilot, lambda: "boom" in screen_text(app) or "loud" in screen_text(app))
        drawn = screen_text(app)
        assert_terminal_safe(drawn, "first screen")
        assert "[@click=app.quit]boom" in drawn or "[bold red]loud.txt" in drawn, drawn
        seen_markup = False
        for index, summary in enumerate(summaries):
            await pilot.press("1", "home", *(["down"] * index), "enter")
            await wait_for(pilot, lambda wanted=summary.id: screen.article_id == wanted)
            view = screen.query_one(ArticleView)
            await pilot.pause()
            assert_terminal_safe(view.rendered.text.plain, f"article {summary.path}")
            drawn = screen_text(app)
            assert_terminal_safe(drawn, f"screen with {summary.path}")
            if summary.path.endswith("markup.md"):
                seen_markup = True
                flat = " ".join(view.rendered.text.plain.split())
                for markup in MARKUP:
                    assert " ".join(markup.split()) in flat
                assert "[bold red]Markup[/]" in " ".join(drawn.split())
        assert seen_markup
        assert app.is_running


async def test_search_results_and_query_messages_are_literal(tmp_path):
    corpus = make_corpus(tmp_path)
    app = BriefingApp(corpus, None, library=Library.open(corpus))
    async with app.run_test(size=(140, 45), notifications=True) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("slash", *"pwned")
        results = screen.query_one(SearchResults)
        await wait_for(pilot, lambda: results.display and results.option_count > 0)
        await pilot.pause()
        assert_terminal_safe(screen_text(app), "search results")
        # a bad query echoed in the inline message stays literal (no markup, no action)
        bar = screen.query_one(SearchBar)
        await pilot.press(*["backspace"] * 5, *"[b]x~9")
        await wait_for(pilot, lambda: bool(bar.border_subtitle))
        await pilot.pause()
        drawn = screen_text(app)
        assert_terminal_safe(drawn, "query message")
        assert "[b]x~9" in drawn, drawn
        assert app.is_running
