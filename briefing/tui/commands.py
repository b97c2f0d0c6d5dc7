"""Command palette providers: the reader's actions, its articles (by title and outlet) and
its entities (by name).

Articles and entities match when every typed word appears in the title, outlet
or name (case-insensitive), so "Carney" finds articles about Carney rather
than a command whose letters happen to spell it; actions also match fuzzily,
ranked below whole-word matches. The names are made terminal-safe once per
opening of the palette and at most ``LIMIT`` articles and entities (the best)
are offered per query.
"""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from ..core import bindings as table
from ..core.plural import counted
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
            keys = keymap.shown(spec.id) if keymap else spec.keys
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


class _CorpusCommands(Provider):
    """Names of the corpus' articles or entities, made terminal-safe once per palette opening."""

    _names: list[tuple[str, object]] | None = None

    def _entries(self, library) -> list[tuple[str, object]]:  # pragma: no cover - subclasses
        raise NotImplementedError

    def _hit(self, reader, name: str, item: object, score: float, words: list[str]) -> Hit:
        raise NotImplementedError  # pragma: no cover - subclasses

    async def search(self, query: str) -> Hits:
        reader = _reader(self)
        library = getattr(self.app, "library", None)
        words = _words(query)
        if reader is None or library is None or not words:
            return
        if self._names is None:
            self._names = self._entries(library)
        scored: list[tuple[float, int, str, object]] = []
        for name, item in self._names:
            score = _word_score(name, words)
            if score:
                scored.append((score, len(scored), name, item))
        for score, _, name, item in sorted(scored, key=lambda row: (-row[0], row[1]))[:LIMIT]:
            yield self._hit(reader, name, item, score, words)


class ArticleCommands(_CorpusCommands):
    """Articles of the corpus by title and outlet: choosing one opens it."""

    def _entries(self, library) -> list[tuple[str, object]]:
        out: list[tuple[str, object]] = []
        for summary in library.summaries():
            title = one_line(summary.title) or summary.path.rsplit("/", 1)[-1]
            out.append((f"{title} · {one_line(summary.outlet)}" if summary.outlet else title, summary))
        return out

    def _hit(self, reader, name: str, item, score: float, words: list[str]) -> Hit:
        detail = escape(" · ".join(p for p in ("article", one_line(item.date)) if p))  # help is markup
        return Hit(score, _highlight(name, words), partial(reader.open_from_palette, item.id), help=detail)


class EntityCommands(_CorpusCommands):
    """Entities of the corpus by name: choosing one lists its mentions across sources."""

    def _entries(self, library) -> list[tuple[str, object]]:
        return [(one_line(entity.canonical), entity) for entity in library.entities()]

    def _hit(self, reader, name: str, item, score: float, words: list[str]) -> Hit:
        help_text = (
            f"{item.type} · {counted(item.mentions, 'mention')} in {counted(item.articles, 'article')}"
        )
        return Hit(
            score - 1,  # an article titled with the same words ranks first
            _highlight(name, words),
            partial(reader.show_mentions, item),
            help=escape(help_text),
        )
