"""The Whoosh filter of the text analyzer that indexes CJK runs as pairs of characters
(``briefing.core.cjk``). Its own module: the index's schema is pickled with a reference to
this class."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.analysis import Filter, Token

from ..cjk import has_cjk, pieces


class CJKBigramFilter(Filter):
    """A Whoosh filter splitting tokens with CJK characters into ``pieces`` (see the module);
    tokens without them keep their text and are only renumbered after a split one."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    # Whoosh types Composable.__call__ as taking a value and Filter.__call__ as taking tokens
    def __call__(self, tokens: Iterable[Token], **kwargs: Any) -> Iterator[Token]:  # type: ignore[override]
        shift = 0  # positions added by the words split so far
        for t in tokens:
            if not has_cjk(t.text):
                if t.positions:
                    t.pos += shift
                yield t
                continue
            word, start = t.text, t.startchar if t.chars else 0
            at = t.pos + shift if t.positions else 0
            found, width = pieces(word, t.mode != "query")
            for text, a, b, rel in found:
                t.text = text
                if t.chars:
                    t.startchar, t.endchar = start + a, start + b
                if t.positions:
                    t.pos = at + rel
                yield t
            shift += width - 1
