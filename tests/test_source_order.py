"""The source list's story order on corpora without dates (the BBC set, most copy-pastes).

Sorted "by story", stories came newest first and, with no dates to go by, in the order of
their ids: a hash. On 2,225 undated BBC articles the list opened on single-article stories,
with the 22-article story somewhere in the middle. Stories of equal date now come largest
first, as ``briefing stories`` lists them; dated stories still come newest first.
"""

from __future__ import annotations

from briefing.core.model import ArticleSummary
from briefing.core.source_order import SourceOrder


def _summary(n: int, story: str, date: str = "") -> ArticleSummary:
    return ArticleSummary(id=f"a{n:02d}", path=f"{n:02d}.txt", title=f"Article {n}", date=date, story=story)


def test_undated_stories_come_largest_first_each_kept_together():
    items = [
        _summary(1, "s0a"),
        _summary(2, "s9f"),
        _summary(3, "s5c"),
        _summary(4, "s9f"),
        _summary(5, "s5c"),
        _summary(6, "s9f"),
        _summary(7, "s1b"),
    ]
    order = SourceOrder(items)
    listed = [s.story for s in order.sorted(items, "story")]
    assert listed == ["s9f", "s9f", "s9f", "s5c", "s5c", "s0a", "s1b"]
    assert [s.story for s in order.sorted(items, "story", reverse=True)] == listed[::-1]


def test_dated_stories_still_come_newest_first_whatever_their_size():
    items = [
        _summary(1, "big", "2024-01-01"),
        _summary(2, "big", "2024-01-02"),
        _summary(3, "big", "2024-01-03"),
        _summary(4, "new", "2024-03-01"),
        _summary(5, "undated"),
        _summary(6, "undated"),
    ]
    listed = [s.id for s in SourceOrder(items).sorted(items, "story")]
    assert listed == ["a04", "a03", "a02", "a01", "a05", "a06"]
