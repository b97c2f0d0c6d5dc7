"""What every part of the reader screen shares: its state and the calls the parts make on each other.

``ReaderScreen`` is built from flows (``*_flow.py``), one concern each; every flow
subclasses ``ReaderBase``, so each sees the screen's state (set in ``__init__``
here) and, for the type checker, the methods other flows or ``reader.py`` define
(declared under ``TYPE_CHECKING`` only: at run time the real ones are found along
the MRO, and no stub here can shadow them or add a Textual message handler).
``app`` is typed as ``BriefingApp``, the one app that shows this screen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, ParamSpec

from textual.screen import Screen
from textual.timer import Timer

from ...core.library import Library
from ...core.model import Article, SearchResult

if TYPE_CHECKING:
    from textual import getters

    from ...core.history import History, Place
    from ...core.model import ArticleSummary, EntitySummary
    from ..app import BriefingApp
    from ..widgets.entity_list import EntityList

P = ParamSpec("P")


@dataclass
class Selection:
    """The sentence (or span) currently selected in the article, as source offsets."""

    start: int
    end: int


class ReaderBase(Screen[None]):
    """The reader screen's shared state; the flows and ``ReaderScreen`` build on it."""

    PANE_WIDGETS: ClassVar[dict[str, str]] = {
        "sources": "#sources",
        "article": "#article",
        "facts": "#facts",
        "entities": "#entities",
    }

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
        self.pane_trail: list[str] = []  # one-pane mode: the panes shown before, for going back
        self.narrow = False
        self._search_timer: Timer | None = None
        self._search_generation = 0
        self._open_first_result = False
        self._last_result: SearchResult | None = None
        self._search_lock = threading.Lock()
        self._open_when_ready: str | None = None

    # state the flows keep as class defaults (layout_flow.py, sources_flow.py)
    zoomed: str | None
    lower: str
    filter_text: str

    if TYPE_CHECKING:
        # Textual's own typing pattern (textual.getters.app, as MessagePump does); at run
        # time the usual property: BriefingApp imports this module, so no import here
        app = getters.app(BriefingApp)

        # reader.py
        def set_library(self, library: Library, fill_entities: bool = True) -> None: ...
        def open_article(
            self,
            article_id: str,
            select: tuple[int, int] | None = None,
            scroll_to: int | None = None,
            record: bool = True,
        ) -> None: ...
        def _draw_article(self, scroll_to: int | None = None, keep_view: bool = False) -> None: ...

        # layout_flow.py
        def _apply_layout(self, width: int) -> None: ...
        def _key_for(self, binding_id: str) -> str: ...
        def action_show_pane(self, name: str) -> None: ...
        def focus_article(self) -> None: ...

        # open_flow.py
        def _to_ui(self, callback: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> bool: ...
        def _index_elsewhere(
            self, progress: Callable[[int, int], None], options: dict[str, Any], first: bool
        ) -> bool: ...
        def _show_entities(self, library: Library, entities: list[EntitySummary], total: int) -> None: ...
        def _links_ready(self, library: Library) -> None: ...

        # preview_flow.py
        preview_id: str | None
        _preview_wanted: str | None
        _cursor_placed: bool

        def preview_article(self, article_id: str) -> None: ...
        def preview_offset(self, article_id: str) -> int | None: ...
        def preview_first_file(self) -> None: ...

        # fact_flow.py
        def _refresh_facts(self) -> None: ...
        def story_changed(self) -> bool: ...
        def on_entity_list_chosen(self, event: EntityList.Chosen) -> None: ...

        # match_flow.py
        def _find_matches(self, article: Article | None) -> list[tuple[int, int]]: ...
        def match_status(self) -> str: ...

        # history_flow.py
        @property
        def history(self) -> History: ...
        def here(self) -> Place | None: ...
        def note_jump(self, article_id: str, select: tuple[int, int] | None) -> None: ...
        def scroll_article_to_top(self, offset: int) -> None: ...

        # sources_flow.py
        def sources_loaded(self, summaries: list[ArticleSummary]) -> None: ...
        def listed_in_order(self, items: list[ArticleSummary]) -> list[ArticleSummary]: ...
        def listed_while_indexing(self, summaries: list[ArticleSummary]) -> list[ArticleSummary] | None: ...
        def _description(self) -> str: ...
        def clear_filter(self) -> None: ...

        # reload_flow.py
        def start_watch(self, library: Library) -> None: ...
