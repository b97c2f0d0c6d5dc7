"""``trim_tail`` and ``trim_head`` look at each line a bounded number of times (they were
quadratic: a sum over the body for each place a tail or head may start). The count of
lines read is asserted, not a time; the cut is the one a story and its tail ask for."""

from __future__ import annotations

from briefing.core.chrome import ending

LINES = 20_000


class Counted(list):
    """A list that counts the items read through it (indexing, slicing, iterating, count)."""

    reads = 0

    def __getitem__(self, key):
        got = super().__getitem__(key)
        Counted.reads += len(got) if isinstance(key, slice) else 1
        return got

    def __iter__(self):
        for item in super().__iter__():
            Counted.reads += 1
            yield item

    def count(self, value):
        Counted.reads += len(self)
        return super().count(value)


def _alternating(n: int) -> tuple[Counted, Counted]:
    """Paragraphs, each alone between labels: every label after one may start a tail."""
    texts = Counted(
        f"Paragraph {i} says the harbour works go on." if i % 2 == 0 else f"Label {i}" for i in range(n)
    )
    scores = Counted(12.0 if i % 2 == 0 else -1.0 for i in range(n))
    return texts, scores


def test_trim_tail_reads_each_line_a_bounded_number_of_times():
    texts, scores = _alternating(LINES)
    Counted.reads = 0
    last, teasers = ending.trim_tail(texts, {}, scores, 0, LINES - 1)
    assert (last, teasers) == (LINES - 1, set())
    assert Counted.reads < 40 * LINES, Counted.reads


def test_trim_head_reads_each_line_a_bounded_number_of_times():
    texts, scores = _alternating(LINES)
    Counted.reads = 0
    assert ending.trim_head(texts, {}, scores, 0, LINES - 1) == 0
    assert Counted.reads < 40 * LINES, Counted.reads


def test_a_tail_of_scattered_teasers_is_still_cut_off():
    story = [
        f"Paragraph {i} of the story tells how the harbour works went on through the winter."
        for i in range(12)
    ]
    tail = []
    for i in range(LINES // 2):
        tail += [
            f"Other Headline Number {i}",
            f"A teaser sentence number {i} about another story entirely here.",
        ]
    texts = story + tail
    scores = [12.0] * len(story) + [-1.0 if k % 2 == 0 else 9.0 for k in range(len(tail))]
    texts, scores = Counted(texts), Counted(scores)
    Counted.reads = 0
    last, _ = ending.trim_tail(texts, {}, scores, 0, len(texts) - 1)
    assert last == len(story) - 1
    assert Counted.reads < 40 * len(texts), Counted.reads
