"""Case-insensitive regular expressions run as case-sensitive ones over lower-cased text.

Python's ``re`` scans an ``re.IGNORECASE`` alternation of words about three times slower
than the same alternation, case-sensitive, over ``text.lower()``; key facts and chrome
rules test every sentence and line against several such patterns. ``Folded(pattern)``
gives the same answers as ``pattern`` (same match positions; matched text lower-cased):

- only for a pattern that cannot tell the two apart: ``re.IGNORECASE``, ASCII source, no
  upper-case letter outside an escape (``\\b``, ``\\W``) or ``(?P<``, no escaped code point (``\\x41``)
  and no inline flags; any other pattern is run as it is;
- only for text whose ``lower()`` keeps every offset and folds as ``re`` does: ASCII text,
  or text of the same length without the four letters ``re`` also folds to ASCII ones
  (U+0130, U+0131, U+017F, U+212A); any other text is searched with the pattern itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_SPECIAL = frozenset("\u0130\u0131\u017f\u212a")
_ESCAPE = re.compile(r"\\.")
_CODE_POINT = re.compile(r"\\[xuUN0-7]")
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")
_GROUP_NAME = re.compile(r"\(\?P[<=]")

_last: tuple[str, str | None] = ("", "")


def lowered(text: str) -> str | None:
    """``text.lower()`` when matching it case-sensitively is matching ``text`` ignoring case,
    else None (the last answer is kept: one sentence is tested against many patterns)."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    if text.isascii():
        low: str | None = text.lower()
    elif _SPECIAL.isdisjoint(text):
        low = text.lower()
        if len(low) != len(text):
            low = None
    else:
        low = None
    _last = (text, low)
    return low


def foldable(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` matches lower-cased text case-sensitively as it matches any text."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or not source.isascii():
        return False
    if _CODE_POINT.search(source) or _INLINE_FLAGS.search(source):
        return False
    bare = _GROUP_NAME.sub("", _ESCAPE.sub("", source))
    return bare == bare.lower()


class Folded:
    """``pattern`` with ``search``, ``match``, ``finditer`` and ``sub`` (a constant replacement)
    that run over lower-cased text when that gives the same matches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.sensitive = (
            re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) if foldable(pattern) else None
        )

    def _target(self, text: str) -> tuple[re.Pattern[str], str]:
        if self.sensitive is not None:
            low = lowered(text)
            if low is not None:
                return self.sensitive, low
        return self.pattern, text

    def search(self, text: str) -> re.Match[str] | None:
        pattern, target = self._target(text)
        return pattern.search(target)

    def match(self, text: str) -> re.Match[str] | None:
        pattern, target = self._target(text)
        return pattern.match(target)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches over the lower-cased text (or ``text``): use their positions, or their text
        lower-cased."""
        pattern, target = self._target(text)
        return pattern.finditer(target)

    def sub(self, replacement: str, text: str) -> str:
        """``pattern.sub(replacement, text)`` for a replacement without group references."""
        pattern, target = self._target(text)
        if target is text or "\\" in replacement:
            return self.pattern.sub(replacement, text)
        pieces: list[str] = []
        at = 0
        for m in pattern.finditer(target):
            pieces.append(text[at : m.start()])
            pieces.append(replacement)
            at = m.end()
        if not pieces:
            return text
        pieces.append(text[at:])
        return "".join(pieces)


def folded(pattern: re.Pattern[str]) -> Callable[[str], re.Match[str] | None]:
    """``Folded(pattern).search``: a drop-in for ``pattern.search``."""
    return Folded(pattern).search
