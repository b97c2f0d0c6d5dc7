"""Pilot tests of the reader's layout and lists: room for titles and facts, zoom, pane widths,
filter and sort, reload after the corpus changed, the article's link, the palette."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing.core.corpus import bundled_seeds
from briefing.core.library import Library
from briefing.core.sanitize import one_line
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.entity_list import EntityList
from briefing.tui.widgets.fact_list import FactList
from briefing.tui.widgets.source_filter import SourceFilter
from briefing.tui.widgets.source_list import SourceList

from .tui_helpers import make_app, wait_for


def visible_text(widget) -> str:
    """The lines a widget shows now, as text."""
    return "\n".join(widget.render_line(y).text for y in range(widget.scrollable_content_region.height))


def flat(text: str) -> str:
    return " ".join(text.split())


async def _ready(pilot, app):
    screen = app.screen
    entities = screen.query_one(EntityList)
    await wait_for(pilot, lambda: screen.article is not None and str(entities.border_title).startswith("Ent"))
    await pilot.pause()
    return screen


async def test_120x40_shows_every_seed_title_whole_and_five_facts():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        sources = screen.query_one(SourceList)
        shown = flat(visible_text(sources))
        for item in sources.items:
            assert flat(one_line(item.title)) in shown, item.title
        rows = [line for line in visible_text(sources).splitlines() if line.strip()]
        assert len(rows) <= 3 * len(sources.items)  # title on at most two lines, then the meta line
        facts = screen.query_one(FactList)
        text = flat(visible_text(facts))
        seen = [f for f in facts.items if flat(facts._prompt(f).plain)[:30] in text]
        assert len(seen) >= 5, text
        await pilot.press("3")  # with focus the highlighted fact is shown whole, the others cut
        await pilot.pause()
        text = flat(visible_text(facts))
        assert flat(facts._prompt(facts.items[0]).plain) in text
        assert sum(flat(facts._prompt(f).plain)[:30] in text for f in facts.items) >= 4


async def test_100x30_keeps_each_entity_row_on_one_line_with_its_counts():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _ready(pilot, app)
        await pilot.press("4")
        entities = screen.query_one(EntityList)
        assert entities.region.width > 0
        lines = visible_text(entities).splitlines()
        for item, line in zip(entities.items, lines, strict=False):
            assert line.rstrip().endswith(f"{item.type} · {item.mentions} in {item.articles}"), line


async def test_zoom_and_widen_are_remembered_per_user():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        view, sources = screen.query_one(ArticleView), screen.query_one(SourceList)
        await pilot.press("2", "z")
        await pilot.pause()
        assert view.region.width >= 118 and sources.region.width == 0
        await pilot.press("z")
        await pilot.pause()
        assert 40 < sources.region.width < 60
        before = sources.region.width
        await pilot.press("1", "plus", "plus")
        await pilot.pause()
        assert sources.region.width == before + 8
        await pilot.press("escape")  # nothing to go back from in the wide layout: stays
        assert app.is_running
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, again)
        assert screen.query_one(SourceList).region.width == before + 8
        await pilot.press("1", "minus", "minus")
        await pilot.pause()
        assert screen.query_one(SourceList).region.width == before
        await pilot.press("3", "z")
        await pilot.pause()
        assert screen.query_one(FactList).region.width >= 118
        await pilot.press("q")  # q leaves the zoom first
        await pilot.pause()
        assert again.is_running and screen.zoomed is None


async def test_filter_as_you_type_by_title_outlet_and_entity(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        "---\noutlet: Prairie Post\n---\n# Canola growers wait\n\nFarmers in Regina wait.\n"
    )
    (corpus / "b.txt").write_text("Hockey night\n\nThe Oilers beat the Flames in Calgary on Saturday.\n")
    (corpus / "c.txt").write_text("Budget talks\n\nMinister Chrystia Freeland met Mark Carney in Ottawa.\n")
    library = Library.open(corpus)
    app = BriefingApp(corpus, library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        sources = screen.query_one(SourceList)
        await pilot.press("f")
        assert screen.query_one(SourceFilter).has_focus
        for text, expected in (("canola", ["a.md"]), ("prairie", ["a.md"]), ("carn", ["c.txt"])):
            await pilot.press(*text)
            await wait_for(
                pilot, lambda expected=expected: [Path(s.path).name for s in sources.items] == expected
            )
            assert "filter:" in str(sources.border_title) and "1 of 3" in str(sources.border_title)
            await pilot.press(*["backspace"] * len(text))
            await wait_for(pilot, lambda: len(sources.items) == 3)
        await pilot.press(*"hockey", "enter")
        await wait_for(pilot, lambda: len(sources.items) == 1)
        assert sources.has_focus
        await pilot.press("escape")  # back one level: the filter goes
        await wait_for(pilot, lambda: len(sources.items) == 3)
        assert not screen.query_one(SourceFilter).display


async def test_sort_by_date_outlet_title_is_remembered(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, outlet, date, title in (
        ("1.md", "Zeta News", "2024-03-01", "Middle story"),
        ("2.md", "Alpha Daily", "2025-01-05", "Zebra story"),
        ("3.md", "", "", "Apple story"),
    ):
        meta = f"outlet: {outlet}\n" if outlet else ""
        meta += f"date: {date}\n" if date else ""
        (corpus / name).write_text(f"---\n{meta}---\n# {title}\n\nSome text about {title.lower()}.\n")
    library = Library.open(corpus)
    app = BriefingApp(corpus, library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        sources = screen.query_one(SourceList)

        def titles() -> list[str]:
            return [s.title for s in sources.items]

        assert titles() == ["Middle story", "Zebra story", "Apple story"]  # file order
        await pilot.press("1", "s")
        await wait_for(pilot, lambda: titles() == ["Zebra story", "Middle story", "Apple story"])  # newest
        assert "newest first" in str(sources.border_title)
        await pilot.press("s")
        await wait_for(pilot, lambda: titles() == ["Zebra story", "Middle story", "Apple story"])  # outlet
        await pilot.press("s")
        await wait_for(pilot, lambda: titles() == ["Apple story", "Middle story", "Zebra story"])  # title
        await pilot.press("S")
        await wait_for(pilot, lambda: titles() == ["Zebra story", "Middle story", "Apple story"])
    again = BriefingApp(corpus, library=Library.open(corpus))
    async with again.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, again)
        items = screen.query_one(SourceList).items
        assert [s.title for s in items] == ["Zebra story", "Middle story", "Apple story"]


def _notified(app, words: str) -> bool:
    return any(words in str(n.message) for n in app._notifications)


async def test_reload_after_the_corpus_changed_keeps_article_and_position(tmp_path, starved):
    """Each step waits on the state it needs: a key's message chain (Enter opens the article
    and then focuses it) and a notice (posted as a message) finish after ``press`` returns
    on a loaded machine, which ``starved`` makes certain."""
    corpus = tmp_path / "seeds"
    shutil.copytree(bundled_seeds(), corpus)
    library = Library.open(corpus)
    app = BriefingApp(corpus, library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        view = screen.query_one(ArticleView)
        await pilot.press("1", "down", "down", "enter")
        await wait_for(pilot, lambda: app.focused is view)  # the article opened, then took the keys
        await pilot.press("space")
        await wait_for(pilot, lambda: view.scroll_y > 0)
        place = screen.here()
        await wait_for(pilot, lambda: screen._watch is not None)
        (corpus / "zzz_new.txt").write_text("Zebracorn exports rose\n\nZebracorn exports rose on Tuesday.\n")
        screen._watch_ticks = 3  # the next check walks the corpus
        screen.check_for_changes()
        await wait_for(pilot, lambda: screen.pending_change is not None, timeout=60)  # a walk, under load
        sources = screen.query_one(SourceList)
        assert "r: reload" in str(sources.border_subtitle)
        await wait_for(pilot, lambda: _notified(app, "press r to reload"))
        await pilot.press("r")
        # the reload indexes in a process of its own: slow on a loaded machine, so a long bound
        await wait_for(pilot, lambda: len(sources.all_items) == 6 and not screen._reloading, timeout=90)
        assert screen.library is not library and screen.article_id == place.article_id
        assert abs(view.top_source_offset() - place.offset) < 80
        await wait_for(pilot, lambda: _notified(app, "reloaded: 6 articles (+1)"))


async def test_index_rewritten_by_another_process_is_noticed(tmp_path):
    corpus = tmp_path / "seeds"
    shutil.copytree(bundled_seeds(), corpus)
    app = BriefingApp(corpus, library=Library.open(corpus))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        await wait_for(pilot, lambda: screen._watch is not None)
        (corpus / "new.txt").write_text("Another story\n\nA sentence about trade in Ottawa.\n")
        Library.open(corpus).close()  # "another session" updates the same index
        screen.check_for_changes()  # a tick without a walk: the manifest alone shows it
        await wait_for(pilot, lambda: screen.pending_change is not None)
        assert screen.pending_change.index_updated


async def test_article_link_in_the_meta_line_and_opened_with_a_key(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\nurl: https://news.example.org/a?b=1\n---\n# Linked story\n\nA body.\n")
    (corpus / "b.md").write_text('---\nurl: "javascript:alert(1)"\n---\n# Bad link\n\nAnother body.\n')
    log = tmp_path / "opened.txt"
    browser = tmp_path / "fakebrowser"
    browser.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > {log}\n")
    browser.chmod(0o755)
    for name in ("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BROWSER", str(browser))
    app = BriefingApp(corpus, library=Library.open(corpus))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        view = screen.query_one(ArticleView)
        links = [s for s in view.rendered.text.spans if getattr(s.style, "link", None)]
        assert [s.style.link for s in links] == ["https://news.example.org/a?b=1"]
        assert "https://news.example.org/a?b=1" in view.text.plain
        await pilot.press("o")
        await wait_for(pilot, lambda: log.exists() and log.read_text().strip())
        assert log.read_text().strip() == "https://news.example.org/a?b=1"
        monkeypatch.setenv("SSH_CONNECTION", "10.0.0.1 5 10.0.0.2 22")
        monkeypatch.delenv("DISPLAY", raising=False)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        await pilot.press("o")  # over SSH: copied, not opened here
        assert app.last_copied == "https://news.example.org/a?b=1"
        await pilot.press("1", "down", "enter", "o")
        await wait_for(pilot, lambda: screen.article.title == "Bad link")
        assert "javascript" not in flat(visible_text(view)).split("·")[-1]
        assert any("not an http(s) address" in str(n.message) for n in app._notifications)


async def test_palette_finds_articles_by_title_and_outlet_and_entities_by_name():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        target = next(s for s in app.library.summaries() if "Balancing" in s.title)
        await pilot.press("ctrl+p", *"balancing act")
        from textual.command import CommandPalette

        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        palette = app.screen

        def prompts() -> list[str]:
            return [str(o.prompt) for o in palette.query_one("CommandList").options]

        await wait_for(pilot, lambda: prompts() and "Balancing Act" in prompts()[0])
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen and screen.article_id == target.id)
        await pilot.press("ctrl+p", *"carney")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        palette = app.screen
        await wait_for(pilot, lambda: any(p.startswith("Mark Carney") for p in prompts()))
        assert not prompts()[0].startswith("Copy")  # whole words first, not scattered letters
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        screen.show_mentions(next(e for e in app.library.entities() if e.canonical == "Mark Carney"))
        await wait_for(pilot, lambda: app.screen is not screen)
        assert "Mark Carney" in str(app.screen.title_text)


async def test_sort_by_story_names_the_story_on_each_row():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(pilot, app)
        sources = screen.query_one(SourceList)
        await pilot.press("1", "s", "s", "s", "s")
        await wait_for(pilot, lambda: "by story" in str(sources.border_title))
        story = sources.items[0].story_title
        assert story and all(s.story == sources.items[0].story for s in sources.items)
        rows = visible_text(sources).splitlines()
        assert any(f"(5) {story[:15]}" in row and "ent ·" in row for row in rows), rows
