"""Pilot tests of entities in the reader: highlighting by type, toggles, mentions across sources."""

from __future__ import annotations

import re
from collections import Counter

from briefing.core.model import EntitySummary, Mention
from briefing.render import palette
from briefing.tui.screens.choice import ChoiceScreen
from briefing.tui.widgets.article_view import ArticleView

from .tui_helpers import library_with_facts, make_app, wait_for


class WithMentions:
    """The library with one stand-in entity: a capitalised word found in several articles.

    The word is picked from the corpus at test time (the entity extractor lives on
    another branch; this keeps the reader's entity paths tested meanwhile).
    """

    def __init__(self, library) -> None:
        self._library = library
        counts: Counter[str] = Counter()
        for s in library.summaries():
            counts.update(set(re.findall(r"\b[A-Z][a-z]{3,}\b", library.article(s.id).content)))
        self.word = next(w for w, n in counts.most_common() if n >= 2)
        self._mentions = {}
        for s in library.summaries():
            content = library.article(s.id).content
            self._mentions[s.id] = [
                Mention(m.group(), "GPE", self.word, m.start(), m.end())
                for m in re.finditer(rf"\b{self.word}\b", content)
            ]

    def __getattr__(self, name):
        return getattr(self._library, name)

    def mentions(self, aid):
        return self._mentions[aid]

    def entity_count(self):
        return 1

    def entity_types(self):
        return {"GPE"}

    def entities(self, limit=None):
        total = sum(len(v) for v in self._mentions.values())
        return [EntitySummary(self.word, "GPE", total, sum(1 for v in self._mentions.values() if v))]

    def mentions_of(self, canonical):
        return [(aid, m) for aid, ms in self._mentions.items() for m in ms if m.canonical == canonical]


def entity_spans(view: ArticleView) -> list[tuple[int, int]]:
    style = palette.entity_style("GPE", view.app.palette_mode)
    return [(s.start, s.end) for s in view.rendered.text.spans if str(s.style) == style]


async def test_entities_highlighted_toggled_and_mentions_jump():
    library = WithMentions(library_with_facts())
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        view = screen.query_one(ArticleView)
        mentions = library.mentions(screen.article_id)
        shown = [(view.rendered.to_rendered(m.start), view.rendered.to_rendered(m.end)) for m in mentions]
        shown = [span for span in shown if None not in span]
        assert shown and set(shown) <= set(entity_spans(view))
        await pilot.press("e")
        assert entity_spans(view) == []
        await pilot.press("e")
        assert entity_spans(view)
        # pick the entity, see its mentions across sources, jump to one in another article
        await pilot.press("4", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        entries = app.screen.entries
        assert len(entries) == len(library.mentions_of(library.word))
        index, (aid, (start, end)) = next(
            (i, e[1]) for i, e in enumerate(entries) if e[1][0] != screen.article_id
        )
        await pilot.press(*["down"] * index, "enter")
        await wait_for(pilot, lambda: app.screen is screen and screen.article_id == aid)
        assert screen.selection is not None and (screen.selection.start, screen.selection.end) == (start, end)
        assert library.word in screen.article.content[start:end]


async def test_entity_type_toggles_hide_a_type():
    library = WithMentions(library_with_facts())
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        view = screen.query_one(ArticleView)
        assert entity_spans(view)
        await pilot.press("t")
        await wait_for(pilot, lambda: app.screen is not screen)
        await pilot.press("space", "enter")  # untick the only type, apply
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.hidden_types == {"GPE"}
        assert entity_spans(view) == []


async def test_command_palette_lists_reader_actions():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("ctrl+p", *"briefing")
        from textual.command import CommandPalette

        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        palette_screen = app.screen
        await wait_for(
            pilot,
            lambda: any(
                "briefing" in str(o.prompt).lower() for o in palette_screen.query_one("CommandList").options
            ),
        )
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen and screen.scope == "briefing")
