"""Copied text is not corroboration: which articles of a story are copies of one report.

A second article is a second source only when it was written separately. Two
articles are treated as one source when they share at least
``SHARED_SENTENCES`` copied body sentences: syndicated copies, a report filed
again in another section, or updated with a new top over the same paragraphs,
or a wire story run by two outlets with edits;

and one sentence copied into an otherwise separate article (a background
paragraph reused by a follow-up) is the same text again, never a link.

A sentence is *copied* from another when most of the writer's own words are
theirs: at least ``COPIED_SHARE`` of the word 4-grams of the shorter one, words
inside quotation marks left out (two reporters quoting one speaker verbatim is
the speaker's wording, not copying), with ``MIN_WORDS`` such words or more.
Everything here compares wording only: no list of outlets or stories. A copy
is still compared: a figure changed between two versions of one report is a
difference worth showing, only never corroboration.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Article

MIN_WORDS = 8  # shorter sentences ("He denied it.") are said alike by chance
SHARED_SENTENCES = 2  # copied sentences from which two articles are one report
COPIED_SHARE = 0.5  # of the shorter sentence's word 4-grams

# 4-grams two articles share at the least when they share SHARED_SENTENCES copied sentences
_LEAST_SHARED = SHARED_SENTENCES * int(COPIED_SHARE * (MIN_WORDS - 3) + 0.999)
_WORD = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r"[\"“”][^\"“”]*[\"“”]|‘[^‘’]*’")


@lru_cache(maxsize=65536)
def shingles(sentence: str) -> frozenset[int]:
    """Hashes of the word 4-grams of the writer's own words (quotations left out), lower-cased;
    empty when fewer than ``MIN_WORDS`` such words are left (too short for a match to mean copying)."""
    found = _WORD.findall(_QUOTED.sub(" | ", sentence).casefold())
    if len(found) < MIN_WORDS:
        return frozenset()
    return frozenset(hash(tuple(found[n : n + 4])) for n in range(len(found) - 3))


def copied(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether two sentences' ``shingles`` show one text (most of the shorter one's 4-grams shared)."""
    if not a or not b:
        return False
    return len(a & b) >= COPIED_SHARE * min(len(a), len(b))


def copy_groups(articles: list[Article]) -> list[int]:
    """Per article, the first article of its group of copies (itself when it has none); groups are
    closed under copying (A copies B, B copies C: one group)."""
    grams = [[g for s in a.sentences if s.kind == "body" and (g := shingles(s.text))] for a in articles]
    pools = [frozenset().union(*g) for g in grams]
    groups = _Groups(len(articles))
    for i in range(len(articles)):
        for j in range(i):
            if groups.root(i) == groups.root(j):
                continue
            if len(pools[i] & pools[j]) >= _LEAST_SHARED and _shared(grams[i], grams[j], pools[j]):
                groups.join(i, j)
    return [groups.root(n) for n in range(len(articles))]


def independent_sources(copies: list[int], sources: list[str]) -> int:
    """How many independent sources a story's articles are: articles of one source (outlet)
    are one, and so are copies of one text (``copy_groups``) in several outlets, as a
    fact's corroboration counts them."""
    groups = _Groups(len(sources))
    first: dict[tuple[str, object], int] = {}
    for n, (source, copy) in enumerate(zip(sources, copies, strict=True)):
        for key in (("s", source), ("c", copy)):
            if key in first:
                groups.join(n, first[key])
            else:
                first[key] = n
    return len({groups.root(n) for n in range(len(sources))})


class _Groups:
    """Disjoint sets of ``0..n-1``; a group's root is its first member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def root(self, n: int) -> int:
        parent = self.parent
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(self, a: int, b: int) -> None:
        low, high = sorted((self.root(a), self.root(b)))
        self.parent[high] = low


def _shared(a: list[frozenset[int]], b: list[frozenset[int]], pool: frozenset[int]) -> bool:
    """Whether two articles share ``SHARED_SENTENCES`` copied sentences (``pool``: all of b's 4-grams)."""
    found = 0
    for x in a:
        if not x.isdisjoint(pool) and any(copied(x, y) for y in b):
            found += 1
            if found >= SHARED_SENTENCES:
                return True
    return False
