"""The source list's order and filter: sort keys, filter-as-you-type, next/previous unread.

Pure functions over ``ArticleSummary`` lists, fast enough to run on every
keystroke over 10,000 articles: sort keys are computed once per article, the
filter compares case-folded text built once. Matching an entity name needs the
index; the caller passes a function giving the ids of articles naming an
entity that starts with a word (``Library.ids_naming_prefix``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .model import ArticleSummary

SORT_KEYS = ("file", "date", "outlet", "title", "story")
SORT_LABELS = {
    "file": "by file",
    "date": "newest first",
    "outlet": "by outlet",
    "title": "by title",
    "story": "by story",
}
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?")
_WORD = re.compile(r"\S+")


def story_of(summary: ArticleSummary) -> str:
    """The story id of an article ("" when the index has no stories)."""
    return str(getattr(summary, "story", "") or "")


def has_stories(items: Iterable[ArticleSummary]) -> bool:
    return any(story_of(s) for s in items)


def date_key(text: str) -> str:
    """A string that sorts like the date (``YYYY-MM-DD HH:MM:SS``); "" when it is not a date."""
    text = (text or "").strip()
    m = _ISO.match(text)
    if m:
        return m.group(0).replace("T", " ")
    if not text:
        return ""
    from .index.documents import parse_date

    value = parse_date(text)
    return value.strftime("%Y-%m-%d %H:%M:%S") if value is not None else ""


class SourceOrder:
    """Sort and filter one corpus' summaries; keys are computed once per article."""

    def __init__(self, items: Sequence[ArticleSummary]) -> None:
        self.items = list(items)  # in file (path) order, as the library gives them
        self._dates = {s.id: date_key(s.date) for s in self.items}
        self._hay = {s.id: f"{s.title}\n{s.outlet}".casefold() for s in self.items}
        self._rank = {s.id: i for i, s in enumerate(self.items)}

    def sorted(
        self, items: Sequence[ArticleSummary], key: str, reverse: bool = False
    ) -> list[ArticleSummary]:
        """``items`` by ``key``: dates newest first, names A to Z, files in path order; articles
        without a date (or outlet) come last either way. ``reverse`` flips the order."""
        rank = self._rank
        if key == "date":
            dated = [s for s in items if self._dates[s.id]]
            undated = [s for s in items if not self._dates[s.id]]
            dated.sort(key=lambda s: (self._dates[s.id], -rank[s.id]), reverse=not reverse)
            return dated + undated
        if key == "outlet":
            named = [s for s in items if s.outlet]
            named.sort(
                key=lambda s: (s.outlet.casefold(), _neg(self._dates[s.id]), rank[s.id]), reverse=reverse
            )
            return named + [s for s in items if not s.outlet]
        if key == "title":
            out = sorted(items, key=lambda s: ((s.title or s.path).casefold(), rank[s.id]), reverse=reverse)
            return out
        if key == "story":
            return self._by_story(items, reverse)
        return sorted(items, key=lambda s: rank[s.id], reverse=reverse)

    def _by_story(self, items: Sequence[ArticleSummary], reverse: bool) -> list[ArticleSummary]:
        """Stories with their newest article first (of equal dates, as in an undated corpus, the
        largest first), each story's articles newest first."""
        newest: dict[str, str] = {}
        size: dict[str, int] = {}
        for s in items:
            story = story_of(s) or f"~{s.id}"
            newest[story] = max(newest.get(story, ""), self._dates[s.id])
            size[story] = size.get(story, 0) + 1

        def key(s: ArticleSummary) -> tuple[tuple[int, ...], int, str, tuple[int, ...], int]:
            story = story_of(s) or f"~{s.id}"
            return (_neg(newest[story]), -size[story], story, _neg(self._dates[s.id]), self._rank[s.id])

        out = sorted(items, key=key)
        return out[::-1] if reverse else out

    def filtered(
        self,
        text: str,
        entity_ids: Callable[[str], set[str]] | None = None,
        items: Sequence[ArticleSummary] | None = None,
    ) -> list[ArticleSummary]:
        """Articles where every word of ``text`` is in the title or outlet, or begins the name
        of an entity the article mentions (case-insensitive)."""
        pool = self.items if items is None else items
        words = [w.casefold() for w in _WORD.findall(text)]
        if not words:
            return list(pool)
        out = []
        named = [entity_ids(w) if entity_ids is not None and len(w) >= 2 else set() for w in words]
        for s in pool:
            hay = self._hay.get(s.id, "")
            if all(w in hay or s.id in ids for w, ids in zip(words, named, strict=True)):
                out.append(s)
        return out


def _neg(key: str) -> tuple[int, ...]:
    """A sort key that puts later ``key`` strings first (for "newest first" inside ascending sorts)."""
    return tuple(-ord(c) for c in key) + (0,) if key else (1,)


def step_unread(
    order: Sequence[str], read: set[str], current: str | None, step: int
) -> tuple[str | None, bool]:
    """The next (``step`` 1) or previous (-1) unread id in ``order`` after ``current``, going
    round the end; and whether it went round. (None, False) when nothing else is unread."""
    if not order:
        return None, False
    n = len(order)
    start = order.index(current) if current in order else (-1 if step > 0 else n)
    for k in range(1, n + 1):
        raw = start + step * k
        candidate = order[raw % n]
        if candidate != current and candidate not in read:
            return candidate, not 0 <= raw < n
    return None, False
