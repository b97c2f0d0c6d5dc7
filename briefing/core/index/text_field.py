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

from ..cjk import has_cjk, pieces

Plan = tuple[Callable[[str], Iterator[Any]], Callable[[str], str] | None, frozenset[str], bool]


def _plan(analyzer: Any) -> Plan | None:
    """(the tokenizer's ``finditer``, the stemmer or None, words left unstemmed, whether CJK runs
    become pairs) when ``analyzer`` is a ``RegexTokenizer`` (no gaps), a ``LowercaseFilter``,
    perhaps a ``CJKBigramFilter`` and at most a ``StemFilter``; else None."""
    from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter

    from .cjk_filter import CJKBigramFilter

    items = list(getattr(analyzer, "items", None) or ())
    pairs = len(items) > 2 and type(items[2]) is CJKBigramFilter
    if pairs:
        del items[2]
    if not items or len(items) not in (2, 3) or type(items[0]) is not RegexTokenizer or items[0].gaps:
        return None
    if type(items[1]) is not LowercaseFilter:
        return None
    if len(items) == 2:
        return items[0].expression.finditer, None, frozenset(), pairs
    if type(items[2]) is not StemFilter:
        return None
    return items[0].expression.finditer, items[2]._stem, items[2].ignore, pairs


class Text(fields.TEXT):
    """Whoosh's ``TEXT`` indexed without its chain of per-token generators (a third of the
    Whoosh writers' time): for the analyzers above (``RegexTokenizer``, ``LowercaseFilter``,
    ``CJKBigramFilter``, ``StemFilter``) the very terms, positions, frequencies and weights that
    ``formats.Positions.word_values`` makes, in the same order; any other analyzer, value
    or option takes Whoosh's own path. Queries and highlights use the analyzer as before."""

    def index(self, value: Any, **kwargs: Any) -> Generator[tuple[bytes, int, float | int, bytes], Any, None]:
        plan = _plan(self.analyzer) if isinstance(value, str) and not kwargs else None
        if plan is None or type(self.format) is not formats.Positions:
            yield from super().index(value, **kwargs)
            return
        finditer, stem, ignore, pairs = plan
        poses: dict[str, list[int]] = {}
        shift = 0  # positions added by CJK runs split into pairs (core.cjk)
        for n, match in enumerate(finditer(value)):
            word = match.group(0).lower()
            if pairs and not word.isascii() and has_cjk(word):
                at = n + shift
                split, width = pieces(word, True)
                shift += width - 1
                for piece, _, _, rel in split:
                    if stem is not None and piece not in ignore:
                        piece = stem(piece)
                    poses.setdefault(piece, []).append(at + rel)
                continue
            if stem is not None and word not in ignore:
                word = stem(word)
            found = poses.get(word)
            if found is None:
                poses[word] = [n + shift]
            else:
                found.append(n + shift)
        fb = self.format.field_boost
        encode = self.format.encode
        for word, poslist in poses.items():
            yield word.encode("utf-8"), len(poslist), float(len(poslist)) * fb, encode(poslist)
