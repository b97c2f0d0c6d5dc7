"""The main reader screen: sources, article, key facts, entities and search; it decides.

Widgets post messages (an article chosen, a fact chosen, a query typed); this
screen loads data through ``Library`` (in workers where it may be slow),
renders the article with the shared renderer and moves focus. Search handling
is in ``search_flow.py``, facts and entities in ``fact_flow.py``; the layout
(columns, zoom, going back) in ``layout_flow.py``, the jump history in
``history_flow.py``, read marks in ``reading_flow.py``, the source list's
filter and sort in ``sources_flow.py``, reloading in ``reload_flow.py`` and the
article's web address in ``link_flow.py``, the palette's entries in ``palette_flow.py``;
the state they share, and the calls they make on each other, in ``reader_base.py``.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Container, Vertical
from textual.widgets import Footer

from ...core.library import Library
from ...core.model import BriefingFact
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
from ..widgets.source_filter import SourceFilter
from ..widgets.source_list import SourceList
from .entity_types import EntityTypesScreen
from .fact_flow import FactFlow
from .history_flow import HistoryFlow
from .layout_flow import LayoutFlow
from .link_flow import LinkFlow
from .match_flow import MatchFlow
from .open_flow import OpenFlow
from .palette_flow import PaletteFlow
from .preview_flow import PreviewFlow
from .reader_base import Selection
from .reading_flow import ReadingFlow
from .reload_flow import ReloadFlow
from .search_flow import SearchFlow
from .sources_flow import SourcesFlow


class ReaderScreen(
    SearchFlow,
    MatchFlow,
    FactFlow,
    OpenFlow,
    PreviewFlow,
    LayoutFlow,
    HistoryFlow,
    ReadingFlow,
    SourcesFlow,
    ReloadFlow,
    LinkFlow,
    PaletteFlow,
):
    AUTO_FOCUS = None
    BINDINGS = bindings_for("screen")

    # --- layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield SearchBar(id="search")
        yield SearchResults(color=self.app.palette_mode, id="results")
        yield PaneTabs(id="tabs")
        with Container(id="columns"):  # a grid: see layout_flow.py and reader.tcss
            with Vertical(id="sources-box"):
                yield SourceFilter(id="filter")
                yield SourceList(id="sources")
            with Vertical(id="center"):
                yield ArticleView(id="article")
                yield Legend(id="legend")
            yield FactList(id="facts")
            yield EntityList(color=self.app.palette_mode, id="entities")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(SearchResults).display = False
        self.query_one(SourceFilter).display = False
        self.query_one(ArticleView).show_message("Indexing the corpus…")
        self.query_one(FactList).border_title = "Key facts"
        if self.app.library is None:  # indexing first: the side panes say what they wait for
            self.query_one(FactList).set_facts([], "key facts appear once the corpus is indexed")
            self.query_one(EntityList).waiting("entities appear once the corpus is indexed")
        self._apply_layout(self.size.width)
        # keys work at once, also while indexing: start in a pane, not in the search bar
        self.set_focus(self.query_one(ArticleView) if self.narrow else self.query_one(SourceList))
        if self.app.library is not None:
            self.set_library(self.app.library)
        else:
            self.open_library()

    # --- loading (the worker is in open_flow.py) ---------------------------------------
    def set_library(self, library: Library, fill_entities: bool = True) -> None:
        self.library = library
        self.app.library = library
        state = self.app.state
        self.query_one(SourceList).set_items(library.summaries(), state.read_ids())
        self.sources_loaded(library.summaries())
        self.start_watch(library)
        if fill_entities:
            self.query_one(EntityList).set_entities(
                library.entities(EntityList.LIMIT), library.entity_count()
            )
        self.query_one(SearchBar).recall.source = state.search_history
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
        wanted, self._open_when_ready = self._open_when_ready, None
        read_to = self.preview_offset(wanted) if wanted is not None else None
        self.preview_id = self._preview_wanted = None
        if wanted is not None and wanted in ids:  # chosen (or previewed) while indexing
            self.open_article(wanted, scroll_to=read_to)
        elif last and last[0] in ids:
            self.open_article(last[0], scroll_to=last[1])
        else:
            self.open_article(summaries[0].id)
        if self.focused is None:  # keys typed while loading ("/" and a query) keep their focus
            self.set_focus(self.query_one(ArticleView) if self.narrow else self.query_one(SourceList))
        self.search_when_ready()  # a query typed while indexing

    # --- the article --------------------------------------------------------------------
    def open_article(
        self,
        article_id: str,
        select: tuple[int, int] | None = None,
        scroll_to: int | None = None,
        record: bool = True,
    ) -> None:
        """Show an article, optionally selecting a span and scrolling to it (source offsets);
        ``record`` remembers the place left for going back (see history_flow)."""
        if self.library is None:  # still indexing: a preview now, the article when the index is ready
            self._open_when_ready = article_id
            self._cursor_placed = True  # the reader's own choice: the cursor is theirs
            self.preview_article(article_id)
            return
        if record:
            self.note_jump(article_id, select)
        if article_id != self.article_id:
            self.article_id = article_id
            self.article = self.library.article(article_id)
            self.selection = None
            if self.scope == "article" or self.story_changed():  # a story's briefing: per story
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

    def _draw_article(self, scroll_to: int | None = None, keep_view: bool = False) -> None:
        """Render the article; ``scroll_to`` brings a source offset into view, ``keep_view``
        redraws in place (only styles changed)."""
        article, article_id = self.article, self.article_id
        if article is None or article_id is None or self.library is None:
            return
        found = self.library.mentions(article_id)
        mentions = found if self.entities_on else []
        selected = (self.selection.start, self.selection.end) if self.selection else None
        rendered = render_article(
            article,
            mentions,
            self.matches,
            selected,
            frozenset(self.hidden_types),
            color=self.app.palette_mode,
            current=self.matches[self.match_index] if 0 <= self.match_index < len(self.matches) else None,
        )
        view = self.query_one(ArticleView)
        view.border_title = Text(one_line(article.title))  # data, not markup
        if keep_view:
            view.restyle(rendered)
        else:
            view.show(rendered, scroll_to)
        types = palette.ordered_types(m.type for m in found)
        view.border_subtitle = self.match_status()
        self.query_one(Legend).show_types(types, self.hidden_types, self.entities_on, self.app.palette_mode)

    def repaint(self) -> None:
        """Redraw what carries entity and match colours in the app's palette mode (the theme changed)."""
        self.query_one(SearchResults).color = self.app.palette_mode
        entities = self.query_one(EntityList)
        entities.color = self.app.palette_mode
        if self.library is not None and entities.items:
            entities.set_entities(entities.items, self.library.entity_count())
        self._draw_article(keep_view=True)

    def action_next_sentence(self) -> None:
        self._step_sentence(1)

    def action_prev_sentence(self) -> None:
        self._step_sentence(-1)

    def _step_sentence(self, step: int) -> None:
        """Move the selection to the next/previous sentence (from the top of the view if none)."""
        if self.article is None or self.article_id is None or not self.article.sentences:
            return
        sentences = self.article.sentences
        if self.selection is None:
            top = self.query_one(ArticleView).top_source_offset()
            index = next((i for i, s in enumerate(sentences) if s.end > top), len(sentences) - 1)
        else:
            current = next(
                (i for i, s in enumerate(sentences) if s.start <= self.selection.start < s.end), None
            )
            if current is None:
                current = next(
                    (i for i, s in enumerate(sentences) if s.start >= self.selection.start), len(sentences)
                ) - (1 if step > 0 else 0)
            index = max(0, min(len(sentences) - 1, current + step))
        sentence = sentences[index]
        self.selection = Selection(sentence.start, sentence.end)
        self._draw_article(scroll_to=sentence.start)
        self.app.state.set_position(self.article_id, sentence.start)

    def action_toggle_entities(self) -> None:
        self.entities_on = not self.entities_on
        self._draw_article(keep_view=True)  # only styles change: the text stays where it is

    def action_entity_types(self) -> None:
        if self.library is None:
            return
        present = self.library.entity_types()
        types = palette.ordered_types(present)

        def apply(hidden: set[str] | None) -> None:
            if hidden is not None:
                self.hidden_types = hidden
                self._draw_article(keep_view=True)

        self.app.push_screen(
            EntityTypesScreen(types or list(palette.ENTITY_ORDER), self.hidden_types, self.app.palette_mode),
            apply,
        )

    # --- sources ------------------------------------------------------------------------
    def on_source_list_chosen(self, event: SourceList.Chosen) -> None:
        if event.article_id != self.article_id:
            self.selection = None
            self.open_article(event.article_id)
        self.focus_article()

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
            text = (
                citation(fact.sentence, self.library.article(aid), fact.start)
                if aid
                else one_line(fact.sentence)
            )
        elif self.selection is not None and self.article is not None:
            start, end = self.selection.start, self.selection.end
            text = citation(self.article.content[start:end], self.article, start)
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
