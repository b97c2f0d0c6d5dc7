"""Reading while a never-indexed folder is indexed: the article chosen is shown at once.

The library (key facts, links, search) opens only when the whole index is written, minutes
on a large folder; the article pane used to say "Indexing the corpus… n/N" all that time and
an article chosen said "still indexing". Now the first article listed, and any chosen, is read
and shown with its entities; the key facts pane says what it waits for; and when the index
is ready the same article opens for real, with its key facts, at the place read to. The
library's opening is held by a gate, so the keys are typed while it is certainly indexing.
"""

from __future__ import annotations

from briefing.tui.app import BriefingApp
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.fact_list import FactList
from briefing.tui.widgets.source_list import SourceList

from .test_hostile_tui import screen_text
from .tui_helpers import wait_for

PARAGRAPH = (
    "Dock workers in Portvale walked out on Monday over a pay offer from Harbour Lines Ltd, "
    "leaving the cranes idle. Maria Okafor, who leads the union, said talks would resume on Thursday. "
)
ARTICLES = {
    "a-harbour.txt": "Harbour cranes stand idle in Portvale\n\n" + "\n\n".join([PARAGRAPH] * 12) + "\n",
    "b-orchard.txt": (
        "Orchard growers count the cost of frost\n\n"
        "Apple growers in the Tamar valley lost much of the blossom to a late frost last week, "
        "said Peter Lund of the Growers Association. Insurers expect claims to rise sharply this spring.\n"
    ),
}


def _corpus(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


def _shown(view: ArticleView) -> str:
    return view.rendered.text.plain if view.rendered is not None else ""


def _styled(view: ArticleView, word: str) -> bool:
    """``word`` is drawn with an entity style (a span covers it)."""
    rendered = view.rendered
    if rendered is None:
        return False
    at = rendered.text.plain.find(word)
    return at >= 0 and any(s.start <= at < s.end and s.style for s in rendered.text.spans)


async def test_an_article_chosen_while_indexing_is_shown_with_its_entities(tmp_path, gate):
    app = BriefingApp(_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            sources = screen.query_one(SourceList)
            view = screen.query_one(ArticleView)
            await wait_for(pilot, lambda: len(sources.all_items) == 2, timeout=60)
            # the first article listed is read at once: no "Indexing the corpus…" in its place
            await wait_for(pilot, lambda: "Maria Okafor" in _shown(view), timeout=30)
            assert screen.library is None, "meant to be read while indexing"
            assert _styled(view, "Maria Okafor"), "the preview shows the entities"
            await wait_for(pilot, lambda: sources.current is not None)
            assert sources.current.id == screen.preview_id, "the cursor is on the article shown"
            shown = " ".join(screen_text(app).split())
            assert "key facts appear once the corpus is indexed" in shown
            assert "Indexing the corpus" not in shown
            orchard = next(s for s in sources.all_items if s.title.startswith("Orchard"))
            sources.move_to(orchard.id)
            await pilot.press("enter")
            await wait_for(pilot, lambda: "Peter Lund" in _shown(view), timeout=30)
            assert str(view.border_title).startswith("Orchard growers"), "its title heads the pane"
            assert screen.library is None and screen.preview_id == orchard.id
            gate.set()
            await wait_for(pilot, lambda: screen.article is not None, timeout=60)
            assert screen.article_id == orchard.id, "the article read meanwhile stays open"
            facts = screen.query_one(FactList)
            await wait_for(pilot, lambda: len(facts.items) > 0, timeout=30)
            assert "once the corpus is indexed" not in screen_text(app)
        finally:
            gate.set()  # a failing test lets the held worker go


async def test_the_place_read_to_in_a_preview_is_kept_when_the_index_opens(tmp_path, gate):
    app = BriefingApp(_corpus(tmp_path))
    async with app.run_test(size=(100, 24)) as pilot:
        try:
            screen = app.screen
            view = screen.query_one(ArticleView)
            await wait_for(pilot, lambda: screen.preview_id is not None, timeout=60)
            assert screen.library is None
            view.focus()
            await pilot.press("pagedown", "pagedown")
            await wait_for(pilot, lambda: view.top_source_offset() > 0)
            read_to = view.top_source_offset()
            gate.set()
            await wait_for(pilot, lambda: screen.article is not None, timeout=60)
            await pilot.pause()
            assert screen.article_id is not None and screen.article.title.startswith("Harbour")
            assert abs(view.top_source_offset() - read_to) < 200, (view.top_source_offset(), read_to)
        finally:
            gate.set()


async def test_the_first_readable_file_is_shown_when_the_first_cannot_be_read(tmp_path, gate):
    corpus = _corpus(tmp_path)
    (corpus / "0-scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    app = BriefingApp(corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            view = screen.query_one(ArticleView)
            await wait_for(pilot, lambda: "Maria Okafor" in _shown(view), timeout=60)
            assert screen.library is None
        finally:
            gate.set()
