"""The reader's briefing view (b) shows the briefing of the current article's story."""

from __future__ import annotations

from pathlib import Path

from briefing.core.library import Library
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.fact_list import FactList

from .test_stories import bridge_story, unrelated_same_country
from .tui_helpers import wait_for


async def test_briefing_view_follows_the_story_of_the_open_article(tmp_path):
    bridge_story(tmp_path)
    unrelated_same_country(tmp_path)
    library = Library.open(tmp_path)
    by_name = {Path(s.path).name: s for s in library.summaries()}
    bridge = library.story_of(by_name["a.md"].id)
    app = BriefingApp(library.corpus, None, library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "article", None) is not None)
        screen = app.screen
        screen.open_article(by_name["b.md"].id)
        facts = screen.query_one(FactList)
        await pilot.press("3")  # the facts pane
        await wait_for(pilot, lambda: facts.has_focus)
        if screen.scope != "briefing":
            screen.action_toggle_scope()  # what the facts.scope key (B) does
        await wait_for(pilot, lambda: screen.scope == "briefing")
        await wait_for(pilot, lambda: facts.items and not library.links_pending)
        assert str(facts.border_title).startswith(f"Story: {bridge.title}")
        assert "3 sources" in str(facts.border_title)
        members = {library.path_of(a) for a in bridge.articles}
        assert all(item.fact.path in members for item in facts.items)
        assert [i.fact.sentence for i in facts.items] == [
            i.fact.sentence for i in library.briefing(bridge.id)
        ]
        # another story, of one source: its own (empty) briefing, said in words
        screen.open_article(by_name["e.md"].id)
        await wait_for(pilot, lambda: not facts.items)
        assert str(facts.border_title).startswith("Story: Estonian choir")
        assert "only one source reports this story" in facts.get_option_at_index(0).prompt.plain
    library.close()
