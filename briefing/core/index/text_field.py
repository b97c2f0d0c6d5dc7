"""A Whoosh ``TEXT`` field that indexes faster and exactly the same (``schema.build_schema``).

Whoosh turns a value into postings through a chain of generators, one step per token
and filter; for the plain analyzers of ``schema`` (a regex tokenizer, lower-casing,
stemming) the same terms come out of one loop. Its own module: the index's schema is
pickled with a reference to this class, and only what opens an index imports Whoosh.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import Any

from whoosh import fields, formats

Plan = tuple[Callable[[str], Iterator[Any]], Callable[[str], str] | None, frozenset[str]]


def _plan(analyzer: Any) -> Plan | None:
    """(the tokenizer's ``finditer``, the stemmer or None, words left unstemmed) when ``analyzer``
    is a ``RegexTokenizer`` (no gaps), a ``LowercaseFilter`` and at most a ``StemFilter``; else None."""
    from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter

    items = getattr(analyzer, "items", None)
    if not items or len(items) not in (2, 3) or type(items[0]) is not RegexTokenizer or items[0].gaps:
        return None
    if type(items[1]) is not LowercaseFilter:
        return None
    if len(items) == 2:
        return items[0].expression.finditer, None, frozenset()
    if type(items[2]) is not StemFilter:
        return None
    return items[0].expression.finditer, items[2]._stem, items[2].ignore


class Text(fields.TEXT):
    """Whoosh's ``TEXT`` indexed without its chain of per-token generators (a third of the
    Whoosh writers' time): for the analyzers above (``RegexTokenizer``, ``LowercaseFilter``,
    ``StemFilter``) the very terms, positions, frequencies and weights that
    ``formats.Positions.word_values`` makes, in the same order; any other analyzer, value
    or option takes Whoosh's own path. Queries and highlights use the analyzer as before."""

    def index(self, value: Any, **kwargs: Any) -> Generator[tuple[bytes, int, float | int, bytes], Any, None]:
        plan = _plan(self.analyzer) if isinstance(value, str) and not kwargs else None
        if plan is None or type(self.format) is not formats.Positions:
            yield from super().index(value, **kwargs)
            return
        finditer, stem, ignore = plan
        poses: dict[str, list[int]] = {}
        for pos, match in enumerate(finditer(value)):
            word = match.group(0).lower()
            if stem is not None and word not in ignore:
                word = stem(word)
            found = poses.get(word)
            if found is None:
                poses[word] = [pos]
            else:
                found.append(pos)
        fb = self.format.field_boost
        encode = self.format.encode
        for word, poslist in poses.items():
            yield word.encode("utf-8"), len(poslist), float(len(poslist)) * fb, encode(poslist)
