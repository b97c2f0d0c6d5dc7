"""What a person types while a never-indexed folder is being indexed: a search, a filter.

The reader opens at once and indexes in a child process; meanwhile the source list
fills as articles are analysed. Keys typed then must not be lost: a query typed into
the search bar is searched as soon as the index is ready (it used to sit there with no
results until the next keystroke), and the source filter narrows the articles listed so
far (it used to leave the whole list in place, as if nothing matched nothing).
The library's opening is held back by a gate here, so the keys are typed while it is
certainly still indexing: no timing involved.
"""

from __future__ import annotations

from briefing.tui.app import BriefingApp
from briefing.tui.widgets.search_bar import SearchBar
from briefing.tui.widgets.search_results import SearchResults
from briefing.tui.widgets.source_list import SourceList

from .tui_helpers import wait_for

ARTICLES = {
    "harbour.txt": (
        "Harbour cranes stand idle in Portvale\n\n"
        "Dock workers in Portvale walked out on Monday over a pay offer, leaving the cranes idle. "
        "The union said talks would resume on Thursday.\n"
    ),
    "orchard.txt": (
        "Orchard growers count the cost of frost\n\n"
        "Apple growers in the valley lost much of the blossom to a late frost last week. "
        "Insurers expect claims to rise sharply this spring.\n"
    ),
    "ferry.txt": (
        "Ferry service to the islands is cut back\n\n"
        "The island ferry will sail twice a day instead of four times from next month, the operator said. "
        "Residents of the islands called the change a blow to local trade.\n"
    ),
}


def _corpus(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


async def test_a_query_typed_while_indexing_is_searched_when_the_index_is_ready(tmp_path, gate):
    app = BriefingApp(_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            bar = screen.query_one(SearchBar)
            await pilot.press("slash", *"frost")
            await wait_for(pilot, lambda: bar.value == "frost")
            await wait_for(pilot, lambda: "index" in str(bar.border_subtitle), timeout=10)
            assert screen.library is None, "the keys were meant to be typed while indexing"
            gate.set()
            results = screen.query_one(SearchResults)
            await wait_for(pilot, lambda: screen.library is not None, timeout=60)
            await wait_for(pilot, lambda: results.display and results.option_count > 0, timeout=10)
            assert "Orchard growers" in str(results.get_option_at_index(0).prompt)
            assert "index" not in str(bar.border_subtitle)
        finally:
            gate.set()  # a failing test lets the held worker go


async def test_enter_while_indexing_opens_the_first_result_and_keys_after_it_are_no_query(tmp_path, gate):
    """'/frost', Enter, 'n' typed in one go: the 'n' went into the query ("frostn")."""
    app = BriefingApp(_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            bar = screen.query_one(SearchBar)
            await pilot.press("slash", *"frost", "enter", "n", "n")
            await wait_for(pilot, lambda: "index" in str(bar.border_subtitle), timeout=10)
            assert screen.library is None, "the keys were meant to be typed while indexing"
            assert bar.value == "frost" and not bar.has_focus
            gate.set()
            await wait_for(pilot, lambda: screen.article is not None, timeout=60)
            await wait_for(pilot, lambda: screen.article.title.startswith("Orchard growers"))
        finally:
            gate.set()  # a failing test lets the held worker go


async def test_the_source_filter_narrows_the_list_while_indexing(tmp_path, gate):
    app = BriefingApp(_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            sources = screen.query_one(SourceList)
            await wait_for(pilot, lambda: len(sources.all_items) == 3, timeout=60)
            await pilot.press("1", "f", *"ferry")
            # "fe" lists the ferry alone already: wait for the whole word's filter, not the first
            # list of one (under load the title still said "filter: fer" when that was read)
            await wait_for(
                pilot,
                lambda: (
                    [s.title for s in sources.items] == [ARTICLES_TITLE_FERRY]
                    and "filter: ferry" in str(sources.border_title)
                ),
                timeout=30,
            )
            assert screen.library is None, "the filter was meant to be typed while indexing"
            gate.set()
            await wait_for(pilot, lambda: screen.library is not None, timeout=60)
            title = lambda: str(sources.border_title)  # noqa: E731 - read at each poll
            await wait_for(pilot, lambda: "indexing" not in title() and "filter: ferry" in title())
            assert [s.title for s in sources.items] == [ARTICLES_TITLE_FERRY]
        finally:
            gate.set()  # a failing test lets the held worker go


ARTICLES_TITLE_FERRY = "Ferry service to the islands is cut back"


async def test_the_side_panes_say_what_they_wait_for_while_indexing(tmp_path, gate):
    """The key facts and entity panes were blank (the entity pane without even its name)
    for the minutes a large corpus takes: empty panes look broken. Read off the screen."""
    from .test_hostile_tui import screen_text

    app = BriefingApp(_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            sources = screen.query_one(SourceList)
            await wait_for(pilot, lambda: len(sources.all_items) == 3, timeout=60)
            await pilot.pause()
            assert screen.library is None, "the panes were meant to be read while indexing"
            shown = " ".join(screen_text(app).split())
            assert "key facts appear once the corpus is indexed" in shown, shown
            await pilot.press("4")  # the entity list, in the key facts' place
            await pilot.pause()
            shown = " ".join(screen_text(app).split())
            assert "Entities" in shown and "entities appear once the corpus is indexed" in shown, shown
            gate.set()
            await wait_for(pilot, lambda: screen.article is not None, timeout=60)
            await wait_for(pilot, lambda: "once the corpus is indexed" not in screen_text(app))
        finally:
            gate.set()  # a failing test lets the held worker go
