"""The second pass of grouping: two stories whose articles are, on average, alike become one.

Placing articles one by one in day order can start a second story for an event
whose first report said too little alone: the reports that follow then split
between the two. After a batch is placed, each story it changed is compared
with the stories that share its telling terms, and the most alike pair is
merged first, again and again, while their *average linkage* (the mean
similarity of an article of one to an article of the other: the dot product of
the two stories' sums of vectors over the product of their sizes) reaches
``MERGE``, they share a name or several words, and their days are close. An
average, not the closest pair: one article that bridges two events does not
chain them into one story.

Only stories a batch changed start a search, so an update merges at most the
stories around its new articles; the rest of the corpus never moves.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from typing import TYPE_CHECKING

from .evidence import Vector, day_factor, shares_evidence

if TYPE_CHECKING:
    from .grouping import Grouper

MERGE = 0.2  # average similarity of two stories' articles from which they are one story
MAX_QUERY_TERMS = 12  # a story's terms that find the stories it may merge with
MAX_CANDIDATES = 5  # stories compared with each story


def merge_changed(grouper: Grouper, sids: set[str]) -> None:
    """Merge the stories ``sids`` with their most alike neighbours while any pair reaches ``MERGE``."""
    version: dict[str, int] = {}
    heap: list[tuple[float, str, str, int, int]] = []

    def push(sid: str) -> None:
        for score, other in _neighbours(grouper, sid):
            a, b = sorted((sid, other))
            heapq.heappush(heap, (-score, a, b, version.get(a, 0), version.get(b, 0)))

    for sid in sorted(sids):
        if sid in grouper.stories:
            push(sid)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if a not in grouper.stories or b not in grouper.stories:
            continue
        if version.get(a, 0) != va or version.get(b, 0) != vb:
            continue  # one of them changed since: its neighbours were pushed again
        kept = _merge(grouper, a, b)
        version[kept] = version.get(kept, 0) + 1
        push(kept)


def _neighbours(grouper: Grouper, sid: str) -> list[tuple[float, str]]:
    """(average linkage, story) of the stories ``sid`` may merge with, best first."""
    total, _ = grouper.sum_of(sid)
    size = len(grouper.stories[sid].members)
    common = grouper.common_postings()
    # every term of a placed article is counted in df, and once a batch is placed a term's count is
    # the number of placed articles that hold it; the order does not matter: the key orders them all
    df = grouper.df
    query = [t for t in total if 0 < df.get(t, 0) <= common]
    query = heapq.nsmallest(MAX_QUERY_TERMS, query, key=lambda t: (-total[t], t))
    # votes: roughly the dot product of the two stories' sums (the other's idf-weighted term counts
    # standing in for its sum); the exact average linkage is computed for the best few only
    votes: defaultdict[str, float] = defaultdict(float)
    postings, idf = grouper.postings, grouper.idf
    for term in query:
        weight = total[term] * idf(term)
        for other, count in postings[term].items():
            votes[other] += weight * count
    votes.pop(sid, None)
    out = []
    for other in _best(votes, MAX_CANDIDATES):
        theirs, _ = grouper.sum_of(other)
        score = _dot(total, theirs) / (size * len(grouper.stories[other].members))
        if score < MERGE or not shares_evidence(total, theirs):
            continue
        score *= day_factor(grouper.days_of(sid), grouper.days_of(other))
        if score >= MERGE:
            out.append((round(score, 9), other))
    return sorted(out, key=lambda so: (-so[0], so[1]))


def _merge(grouper: Grouper, a: str, b: str) -> str:
    """Move the members of the smaller story into the larger (the smaller id on a tie); its id."""
    na, nb = len(grouper.stories[a].members), len(grouper.stories[b].members)
    kept, gone = (a, b) if (na, b) >= (nb, a) else (b, a)
    grouper.absorb(kept, gone)
    return kept


def _best(votes: dict[str, float], n: int) -> list[str]:
    """The ``n`` stories of most votes, ties by id, found among those at or above the n-th vote."""
    if len(votes) > n:
        floor = heapq.nlargest(n, votes.values())[-1]
        votes = {sid: v for sid, v in votes.items() if v >= floor}
    return sorted(votes, key=lambda s: (-votes[s], s))[:n]


def _dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    # the shared terms only, in the same order: the others added 0.0, which changes no sum
    return sum([v * b[t] for t, v in a.items() if t in b])
