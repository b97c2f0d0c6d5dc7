"""Command palette providers: the reader's actions, its articles (by title and outlet) and
its entities (by name).

Articles and entities match when every typed word appears in the title, outlet
or name (case-insensitive), so "Carney" finds articles about Carney rather
than a command whose letters happen to spell it; actions also match fuzzily,
ranked below whole-word matches. At most ``LIMIT`` articles and entities are
offered per query, so a 10,000-article corpus answers as fast as five.
"""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from ..core import bindings as table
from ..core.keymaps import display_key
from ..core.sanitize import one_line

_PALETTE_CONTEXTS = ("app", "screen")
LIMIT = 40


def _words(query: str) -> list[str]:
    return [w for w in query.casefold().split() if w]


WHOLE = 100.0  # whole-word hits score above this; Textual's fuzzy scores stay below


def _word_score(name: str, words: list[str]) -> float:
    """150 .. 200 when every word is in ``name`` (words at word starts rank higher), else 0."""
    hay = name.casefold()
    if not words or not all(w in hay for w in words):
        return 0.0
    starts = sum(1 for w in words if hay.startswith(w) or f" {w}" in hay)
    return WHOLE * (1.5 + 0.5 * starts / len(words))


def _highlight(name: str, words: list[str]) -> Text:
    """``name`` as plain text (article data is never markup) with the typed words marked."""
    text = Text(name)
    hay = name.casefold()
    for word in words:
        start = hay.find(word)
        while start >= 0 and len(hay) == len(name):  # casefold kept the offsets
            text.stylize("bold underline", start, start + len(word))
            start = hay.find(word, start + len(word))
    return text


def _reader(provider: Provider):
    """The reader screen under the palette (None while it is not there)."""
    from .screens.reader import ReaderScreen

    return next((s for s in reversed(provider.app.screen_stack) if isinstance(s, ReaderScreen)), None)


class ReaderCommands(Provider):
    """Lists the reader's actions (search, facts scope, panes, copy, help...)."""

    def _commands(self):
        keymap = getattr(self.app, "keymap", None)
        for spec in table.BINDINGS:
            if not set(spec.contexts) & set(_PALETTE_CONTEXTS) or spec.id == "app.command-palette":
                continue
            keys = ", ".join(display_key(k) for k in keymap.keys(spec.id)) if keymap else spec.keys
            target = self.app if "app" in spec.contexts else self.screen
            yield f"{spec.description} ({keys})", partial(target.run_action, spec.action), spec.id

    async def discover(self) -> Hits:
        for name, callback, binding_id in self._commands():
            yield DiscoveryHit(name, callback, help=binding_id)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        words = _words(query)
        for name, callback, binding_id in self._commands():
            whole = _word_score(name, words)
            score = whole or min(matcher.match(name), WHOLE - 1)  # scattered letters: below whole words
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=binding_id)


class ArticleCommands(Provider):
    """Articles of the corpus by title and outlet: choosing one opens it."""

    async def search(self, query: str) -> Hits:
        reader = _reader(self)
        library = getattr(self.app, "library", None)
        words = _words(query)
        if reader is None or library is None or not words:
            return
        found = 0
        for summary in library.summaries():
            title = one_line(summary.title) or summary.path.rsplit("/", 1)[-1]
            name = f"{title} · {one_line(summary.outlet)}" if summary.outlet else title
            score = _word_score(name, words)
            if not score:
                continue
            detail = escape(" · ".join(p for p in ("article", one_line(summary.date)) if p))  # help is markup
            yield Hit(
                score, _highlight(name, words), partial(reader.open_from_palette, summary.id), help=detail
            )
            found += 1
            if found >= LIMIT:
                return


class EntityCommands(Provider):
    """Entities of the corpus by name: choosing one lists its mentions across sources."""

    async def search(self, query: str) -> Hits:
        reader = _reader(self)
        library = getattr(self.app, "library", None)
        words = _words(query)
        if reader is None or library is None or not words:
            return
        found = 0
        for entity in library.entities():
            name = one_line(entity.canonical)
            score = _word_score(name, words)
            if not score:
                continue
            help_text = f"{entity.type} · {entity.mentions} mentions in {entity.articles} articles"
            yield Hit(
                score - 1,  # an article titled with the same words ranks first
                _highlight(name, words),
                partial(reader.show_mentions, entity),
                help=escape(help_text),
            )
            found += 1
            if found >= LIMIT:
                return
