"""The main reader screen: sources, article, key facts, entities and search; it decides.

Widgets post messages (an article chosen, a fact chosen, a query typed); this
screen loads data through ``Library`` (in workers where it may be slow),
renders the article with the shared renderer and moves focus. On narrow
terminals one pane is shown at a time and ``focus.*`` keys switch panes.
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer

from ...core.errors import QueryError, UserError
from ...core.keymaps import display_key
from ...core.library import Library
from ...core.model import Article, BriefingFact, SearchResult, SourceRef
from ...core.sanitize import one_line
from ...render import palette
from ...render.article_text import render_article
from ..keys import bindings_for
from ..labels import citation
from ..widgets.article_view import ArticleView
from ..widgets.entity_list import EntityList
from ..widgets.fact_list import FactList
from ..widgets.legend import Legend
from ..widgets.pane_tabs import PaneTabs
from ..widgets.search_bar import SearchBar
from ..widgets.search_results import SearchResults
from ..widgets.source_list import SourceList
from .choice import ChoiceScreen
from .entity_types import EntityTypesScreen

NARROW_WIDTH = 100
SEARCH_DELAY = 0.2
SEARCH_LIMIT = 50


@dataclass
class Selection:
    """The sentence (or span) currently selected in the article, as source offsets."""

    start: int
    end: int


class ReaderScreen(Screen):
    BINDINGS = bindings_for("screen")
    PANE_WIDGETS = {"sources": "#sources", "article": "#article", "facts": "#facts",
                    "entities": "#entities"}

    def __init__(self) -> None:
        super().__init__()
        self.library: Library | None = None
        self.article_id: str | None = None
        self.article: Article | None = None
        self.selection: Selection | None = None
        self.matches: list[tuple[int, int]] = []
        self.match_index = -1
        self.terms: list[str] = []
        self.scope = "article"
        self.entities_on = True
        self.hidden_types: set[str] = set()
        self.pane = "article"
        self.narrow = False
        self._search_timer: Timer | None = None
        self._search_generation = 0
        self._open_first_result = False
        self._last_result: SearchResult | None = None
        self._search_lock = threading.Lock()

    # --- layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield SearchBar(id="search")
        yield SearchResults(color=self.app.color, id="results")
        yield PaneTabs(id="tabs")
        with Horizontal(id="columns"):
            with Vertical(id="left"):
                yield SourceList(id="sources")
                yield EntityList(color=self.app.color, id="entities")
            with Vertical(id="center"):
                yield ArticleView(id="article")
                yield Legend(id="legend")
            with Vertical(id="right"):
                yield FactList(id="facts")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(SearchResults).display = False
        self.query_one(ArticleView).show_message("Indexing the corpus…")
        self.query_one(FactList).border_title = "Key facts"
        self._apply_layout(self.size.width)
        if self.app.library is not None:
            self.set_library(self.app.library)
        else:
            self.open_library()

    def on_resize(self, event) -> None:
        self._apply_layout(event.size.width)

    def _apply_layout(self, width: int) -> None:
        self.narrow = width < NARROW_WIDTH
        self.set_class(self.narrow, "-narrow")
        for name in self.PANE_WIDGETS:
            self.set_class(self.narrow and self.pane == name, f"-pane-{name}")
        keys = {name: self._key_for(f"focus.{name}") for name in self.PANE_WIDGETS}
        self.query_one(PaneTabs).show_active(self.pane, keys)

    def _key_for(self, binding_id: str) -> str:
        keys = self.app.keymap.keys(binding_id)
        return display_key(keys[0]) if keys else ""

    def action_show_pane(self, name: str) -> None:
        self.pane = name
        self._apply_layout(self.size.width)
        self.set_focus(self.query_one(self.PANE_WIDGETS[name]))

    def on_descendant_focus(self, event) -> None:
        results = self.query_one(SearchResults)
        if results.display and event.widget not in (results, self.query_one(SearchBar)):
            results.display = False
        for name, selector in self.PANE_WIDGETS.items():
            if event.widget is self.query_one(selector) and self.pane != name:
                self.pane = name
                self._apply_layout(self.size.width)

    # --- loading ------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="open")
    def open_library(self) -> None:
        view = self.query_one(ArticleView)
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] > 0.2 or done == total:
                last[0] = now
                self.app.call_from_thread(view.show_message, f"Indexing the corpus… {done}/{total} files")
        try:
            library = Library.open(self.app.corpus, progress=progress, **self.app.library_options)
        except UserError as exc:
            self.app.call_from_thread(self.query_one(ArticleView).show_message, str(exc))
            return
        self.app.call_from_thread(self.set_library, library)

    def set_library(self, library: Library) -> None:
        self.library = library
        self.app.library = library
        state = self.app.state
        self.query_one(SourceList).set_items(library.summaries(), state.read_ids())
        self.query_one(EntityList).set_entities(library.entities())
        history = state.search_history()
        if history:
            from textual.suggester import SuggestFromList
            self.query_one(SearchBar).suggester = SuggestFromList(history, case_sensitive=False)
        for notice in [state.notice, *getattr(library, "notices", [])]:
            if notice:
                self.notify(one_line(notice), severity="warning", timeout=8, markup=False)
        if library.warnings:
            extra = f" (and {len(library.warnings) - 1} more)" if len(library.warnings) > 1 else ""
            self.notify(one_line(library.warnings[0]) + extra, severity="warning", timeout=8, markup=False)
        summaries = library.summaries()
        if not summaries:
            self.query_one(ArticleView).show_message("No articles in this corpus.")
            return
        ids = {s.id for s in summaries}
        last = state.last_position()
        if last and last[0] in ids:
            self.open_article(last[0], scroll_to=last[1])
        else:
            self.open_article(summaries[0].id)
        self.set_focus(self.query_one(ArticleView) if self.narrow else self.query_one(SourceList))

    # --- the article --------------------------------------------------------------------
    def open_article(self, article_id: str, select: tuple[int, int] | None = None,
                     scroll_to: int | None = None) -> None:
        """Show an article, optionally selecting a span and scrolling to it (source offsets)."""
        if self.library is None:
            return
        if article_id != self.article_id:
            self.article_id = article_id
            self.article = self.library.article(article_id)
            self.selection = None
            if self.scope == "article":  # the briefing-wide list does not depend on the article
                self._refresh_facts()
        self.selection = Selection(*select) if select else self.selection
        self.matches = self._find_matches(self.article)
        self.match_index = -1
        target = select[0] if select else scroll_to
        if select and self.matches:
            self.match_index = next((i for i, (s, _) in enumerate(self.matches) if s >= select[0]), 0)
        self._draw_article(scroll_to=target)
        self.app.state.mark_read(article_id)
        self.app.state.set_position(article_id, target or 0)
        sources = self.query_one(SourceList)
        sources.mark_read(article_id)
        sources.move_to(article_id)

    def _draw_article(self, scroll_to: int | None = None) -> None:
        article = self.article
        if article is None or self.library is None:
            return
        mentions = self.library.mentions(self.article_id) if self.entities_on else []
        selected = (self.selection.start, self.selection.end) if self.selection else None
        rendered = render_article(article, mentions, self.matches, selected,
                                  frozenset(self.hidden_types), color=self.app.color)
        view = self.query_one(ArticleView)
        view.border_title = Content(one_line(article.title))  # literal: titles come from disk
        view.show(rendered, scroll_to)
        order = list(palette.ENTITY_COLORS)
        types = sorted({m.type for m in self.library.mentions(self.article_id)},
                       key=lambda t: order.index(t) if t in order else len(order))
        status = ""
        if self.matches:
            status = f"match {self.match_index + 1 if self.match_index >= 0 else '-'}/{len(self.matches)}"
        view.border_subtitle = status
        self.query_one(Legend).show_types(types, self.hidden_types, self.entities_on, self.app.color)

    def _find_matches(self, article: Article | None) -> list[tuple[int, int]]:
        if article is None or not self.terms:
            return []
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in self.terms) + r")(?!\w)",
                             re.IGNORECASE)
        return [(m.start(), m.end()) for m in pattern.finditer(article.content)]

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_prev_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        if not self.matches:
            self.notify("no search matches in this article", timeout=2)
            return
        self.match_index = (self.match_index + step) % len(self.matches)
        start, _ = self.matches[self.match_index]
        self._draw_article(scroll_to=start)

    def action_next_sentence(self) -> None:
        self._step_sentence(1)

    def action_prev_sentence(self) -> None:
        self._step_sentence(-1)

    def _step_sentence(self, step: int) -> None:
        """Move the selection to the next/previous sentence (from the top of the view if none)."""
        if self.article is None or not self.article.sentences:
            return
        sentences = self.article.sentences
        if self.selection is None:
            top = self.query_one(ArticleView).top_source_offset()
            index = next((i for i, s in enumerate(sentences) if s.end > top), len(sentences) - 1)
        else:
            current = next((i for i, s in enumerate(sentences) if s.start <= self.selection.start < s.end),
                           None)
            if current is None:
                current = next((i for i, s in enumerate(sentences) if s.start >= self.selection.start),
                               len(sentences)) - (1 if step > 0 else 0)
            index = max(0, min(len(sentences) - 1, current + step))
        sentence = sentences[index]
        self.selection = Selection(sentence.start, sentence.end)
        self._draw_article(scroll_to=sentence.start)
        self.app.state.set_position(self.article_id, sentence.start)

    def action_toggle_entities(self) -> None:
        self.entities_on = not self.entities_on
        self._draw_article(scroll_to=self.query_one(ArticleView).top_source_offset())

    def action_entity_types(self) -> None:
        if self.library is None:
            return
        types = [t for t in palette.ENTITY_COLORS if any(e.type == t for e in self.library.entities())]

        def apply(hidden: set[str] | None) -> None:
            if hidden is not None:
                self.hidden_types = hidden
                self._draw_article(scroll_to=self.query_one(ArticleView).top_source_offset())
        self.app.push_screen(EntityTypesScreen(types or list(palette.ENTITY_COLORS), self.hidden_types,
                                               self.app.color), apply)

    # --- facts --------------------------------------------------------------------------
    def _refresh_facts(self) -> None:
        facts = self.query_one(FactList)
        if self.library is None:
            return
        if self.scope == "briefing":
            items = self.library.briefing()
            sources = len({s.path for b in items for s in b.sources})
            facts.border_title = f"Briefing: {len(items)} facts, {sources} sources"
            facts.set_facts(items, "no key facts in this briefing yet")
        else:
            items = self.library.facts(self.article_id) if self.article_id else []
            facts.border_title = f"Key facts: this article ({len(items)})"
            facts.set_facts(items, "no key facts found in this article")
        facts.border_subtitle = f"{self._key_for('facts.scope')}: article/briefing"

    def action_toggle_scope(self) -> None:
        self.scope = "briefing" if self.scope == "article" else "article"
        self._refresh_facts()

    @on(FactList.Chosen)
    def fact_chosen(self, event: FactList.Chosen) -> None:
        fact = event.item.fact if isinstance(event.item, BriefingFact) else event.item
        self.jump_to(fact.path, fact.start, fact.end)

    def jump_to(self, path: str, start: int, end: int, article_id: str | None = None) -> None:
        """Open the article holding ``path`` (the current one when unknown) and select a span."""
        if self.library is None:
            return
        article_id = article_id or (self.library.id_of(path) if path else None) or self.article_id
        if article_id is None:
            return
        self.open_article(article_id, select=(start, end))
        if self.narrow:
            self.action_show_pane("article")

    def action_fact_sources(self) -> None:
        item = self.query_one(FactList).current
        if item is None or self.library is None:
            self.notify("choose a key fact first", timeout=2)
            return
        if isinstance(item, BriefingFact):
            refs = list(item.sources)
            title = f"{item.source_count} source(s) for this fact"
            for diff in item.differences:
                title += f" · differs: {one_line(diff.detail)}"
        else:
            refs = [SourceRef(item.path, item.sentence, item.start, item.end), *item.corroborated_by]
            title = f"Corroborating sentences ({len(item.corroborated_by)})"
        entries = [(self._ref_prompt(ref), ref) for ref in refs]
        self.app.push_screen(ChoiceScreen(title, entries, "no other source states this fact"),
                             self._jump_to_ref)

    def _ref_prompt(self, ref: SourceRef) -> Text:
        name = ref.path.rsplit("/", 1)[-1]
        aid = self.library.id_of(ref.path) if self.library and ref.path else None
        if aid:
            article = self.library.article(aid)
            name = article.outlet or article.title or name
        text = Text(one_line(name), style="bold")
        text.append("\n  " + one_line(ref.sentence))
        return text

    def _jump_to_ref(self, ref: SourceRef | None) -> None:
        if ref is not None:
            self.jump_to(ref.path, ref.start, ref.end)

    # --- entities -----------------------------------------------------------------------
    @on(EntityList.Chosen)
    def entity_chosen(self, event: EntityList.Chosen) -> None:
        if self.library is None:
            return
        entries = []
        for aid, mention in self.library.mentions_of(event.entity.canonical):
            article = self.library.article(aid)
            sentence = next((s for s in article.sentences if s.start <= mention.start < s.end), None)
            prompt = Text(one_line(article.outlet or article.title), style="bold")
            prompt.append("\n  " + one_line(sentence.text if sentence else mention.text))
            span = (sentence.start, sentence.end) if sentence else (mention.start, mention.end)
            entries.append((prompt, (aid, span)))
        title = f"{one_line(event.entity.canonical)}: {len(entries)} mention(s)"

        def go(choice) -> None:
            if choice is not None:
                aid, (start, end) = choice
                self.jump_to("", start, end, article_id=aid)
        self.app.push_screen(ChoiceScreen(title, entries), go)

    # --- sources ------------------------------------------------------------------------
    @on(SourceList.Chosen)
    def source_chosen(self, event: SourceList.Chosen) -> None:
        self.selection = None
        self.open_article(event.article_id) if event.article_id != self.article_id else None
        if self.narrow:
            self.action_show_pane("article")
        else:
            self.set_focus(self.query_one(ArticleView))

    # --- search -------------------------------------------------------------------------
    def action_focus_search(self) -> None:
        bar = self.query_one(SearchBar)
        self.set_focus(bar)
        if self._last_result is not None and bar.value.strip():
            self.query_one(SearchResults).display = True

    @on(SearchBar.Changed)
    def query_changed(self, event: SearchBar.Changed) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_generation += 1
        if not event.value.strip():
            self.query_one(SearchBar).set_message("")
            self.query_one(SearchResults).display = False
            self._last_result = None
            if self.terms:  # an emptied search bar clears the match highlights
                self.terms, self.matches, self.match_index = [], [], -1
                self._draw_article(scroll_to=self.query_one(ArticleView).top_source_offset())
            return
        self._search_timer = self.set_timer(SEARCH_DELAY, self._start_search)

    def _start_search(self) -> None:
        self.run_search(self.query_one(SearchBar).value, self._search_generation)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, generation: int) -> None:
        if self.library is None:
            return
        try:
            with self._search_lock:  # one search at a time on the library's searcher
                if generation != self._search_generation:
                    return  # a newer query was typed meanwhile
                result = self.library.search(query, limit=SEARCH_LIMIT)
        except QueryError as exc:
            self.app.call_from_thread(self._search_failed, str(exc), generation)
            return
        self.app.call_from_thread(self._search_done, result, generation)

    def _search_failed(self, message: str, generation: int) -> None:
        if generation != self._search_generation:
            return
        self.query_one(SearchBar).set_message(one_line(message)[:200])
        self.query_one(SearchResults).display = False
        self._open_first_result = False

    def _search_done(self, result: SearchResult, generation: int) -> None:
        if generation != self._search_generation:
            return
        self._last_result = result
        bar = self.query_one(SearchBar)
        bar.set_message("" if result.total else "no matches")
        results = self.query_one(SearchResults)
        results.set_result(result)
        results.display = bool(result.hits) and (bar.has_focus or results.has_focus)
        if self._open_first_result:
            self._open_first_result = False
            if results.current is not None:
                self._open_hit(*results.current)

    @on(SearchBar.Submitted)
    def query_submitted(self, event: SearchBar.Submitted) -> None:
        query = event.value.strip()
        if not query:
            return
        self.app.state.add_search(query)
        results = self.query_one(SearchResults)
        if self._last_result is not None and self._last_result.query == event.value \
                and results.current is not None:
            self._open_hit(*results.current)
            return
        if self._search_timer is not None:
            self._search_timer.stop()
        self._open_first_result = True
        self.run_search(event.value, self._search_generation)

    @on(SearchBar.ToResults)
    def to_results(self) -> None:
        results = self.query_one(SearchResults)
        if results.option_count and self._last_result is not None:
            results.display = True
            self.set_focus(results)

    @on(SearchResults.Chosen)
    def result_chosen(self, event: SearchResults.Chosen) -> None:
        self._open_hit(event.hit, event.snippet)

    def _open_hit(self, hit, snippet) -> None:
        if self._last_result is not None:
            self.app.state.add_search(self._last_result.query)
            self.terms = self._terms_of(self._last_result)
        self.query_one(SearchResults).display = False
        if snippet is not None:
            self.open_article(hit.id, select=(snippet.start, snippet.end))
        else:
            self.open_article(hit.id)
        if self.narrow:
            self.action_show_pane("article")
        else:
            self.set_focus(self.query_one(ArticleView))

    def _terms_of(self, result: SearchResult) -> list[str]:
        """The words the search highlighted (as written), to mark in any article opened next."""
        terms: set[str] = set()
        for hit in result.hits:
            for snippet in hit.snippets:
                for start, end in snippet.highlights:
                    if snippet.start <= start < end <= snippet.end:
                        terms.add(snippet.sentence[start - snippet.start:end - snippet.start].lower())
        return sorted(t for t in terms if t.strip())

    @on(SearchBar.Closed)
    @on(SearchResults.Closed)
    def search_closed(self) -> None:
        self.query_one(SearchResults).display = False
        self.query_one(SearchBar).set_message("")
        target = "article" if self.narrow else self.pane
        self.action_show_pane(target if target in self.PANE_WIDGETS else "article")

    # --- copy ---------------------------------------------------------------------------
    def action_copy(self) -> None:
        if self.library is None:
            return
        facts = self.query_one(FactList)
        text = ""
        if facts.has_focus and facts.current is not None:
            item = facts.current
            fact = item.fact if isinstance(item, BriefingFact) else item
            aid = self.library.id_of(fact.path) if fact.path else self.article_id
            text = citation(fact.sentence, self.library.article(aid)) if aid else one_line(fact.sentence)
        elif self.selection is not None and self.article is not None:
            text = citation(self.article.content[self.selection.start:self.selection.end], self.article)
        if not text:
            self.notify("nothing selected: choose a fact or a search result first", timeout=3)
            return
        self.app.copy_to_clipboard(text)
        self.app.last_copied = text
        self.notify("copied with citation", timeout=2)

    # --- leaving ------------------------------------------------------------------------
    def remember_position(self) -> None:
        if self.article_id is not None:
            view = self.query_one(ArticleView)
            offset = self.selection.start if self.selection else view.top_source_offset()
            self.app.state.set_position(self.article_id, offset)
