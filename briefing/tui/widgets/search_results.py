"""Search results: one entry per matching sentence, grouped by article.

The first entry of an article shows its title (and outlet) above the sentence; the article's
further sentences follow indented, without the title again. A matching sentence that only
repeats the title is left out when the article has other matching sentences.

Posts ``SearchResults.Chosen`` with the hit and snippet, or ``Closed`` on Escape.
"""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets.option_list import Option

from ...core.model import Hit, SearchResult, Snippet
from ...core.plural import counted
from ...core.sanitize import one_line
from ...render import palette
from ...render.hits import excerpt, shown_snippets
from ..keys import bindings_for
from .clamp import Hanging
from .nav_list import NavList


class SearchResults(NavList, inherit_bindings=False):
    BINDINGS = bindings_for("results")

    class Chosen(Message):
        def __init__(self, hit: Hit, snippet: Snippet | None) -> None:
            super().__init__()
            self.hit = hit
            self.snippet = snippet

    class Closed(Message):
        """Escape in the results."""

    def __init__(self, color: str | bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.color = color
        self.entries: list[tuple[Hit, Snippet | None]] = []

    def set_result(self, result: SearchResult) -> None:
        self.entries = []
        options = []
        for hit in result.hits:
            rows: list[Snippet | None] = [*shown_snippets(hit)] or [None]  # none: one row
            for n, snippet in enumerate(rows):
                self.entries.append((hit, snippet))
                options.append(Option(self._prompt(hit, snippet, first=n == 0)))
        self.set_options(options)
        if options:
            self.highlighted = 0
        shown = len(result.hits)
        self.border_title = f"{counted(result.total, 'article')} match" + (
            f" (first {shown})" if shown < result.total else ""
        )

    def _prompt(self, hit: Hit, snippet: Snippet | None, first: bool = True) -> Hanging:
        """The title (first row of an article), then the sentence indented on every line."""
        head = None
        if first:
            head = Text(one_line(hit.title or hit.path), style="bold")
            if hit.outlet:
                head.append(f"  {one_line(hit.outlet)}", style="dim")
        body = None
        if snippet is not None:
            shown, marks = excerpt(snippet)
            body = Text(shown)
            for a, b in marks:
                body.stylize(palette.match_style(self.color), a, b)
        return Hanging(head, body)

    @property
    def current(self) -> tuple[Hit, Snippet | None] | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.entries)):
            return None
        return self.entries[self.highlighted]

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Chosen(*self.current))

    def action_close_search(self) -> None:
        self.post_message(self.Closed())
