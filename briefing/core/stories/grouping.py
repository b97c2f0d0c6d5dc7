"""Grouping articles into stories, a batch of articles at a time, so a corpus is never regrouped.

``Grouper`` holds every indexed article's signature, the corpus' term counts
and the stories. ``add_all([(aid, signature), ...])`` puts each article of a
batch into the story it reports on best (or a new one), in the order given;
``remove(aid)`` takes one out again. A full index adds every article in (day,
path) order as one batch; an update removes the changed and deleted articles
and adds the new and changed ones: other articles never move. The same
operations in the same order always give the same stories.

Rarity is measured against the corpus as the batch leaves it: the terms of
every article of a batch are counted before the first is placed, so the
weights do not change while a batch is placed (each article's weighted vector
is computed once, and each story keeps the sum of its members' vectors).

An article joins a story when its rarity-weighted term similarity to the
story (the mean of its similarity to the story's centre and to its closest
member) reaches ``JOIN``, the two share a name or several rare words, and
their days (where both are known) are close; a near-duplicate (a syndicated
copy) joins its original whatever the rest says.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from typing import Any

from .signature import resemblance

JOIN = 0.25  # similarity from which an article joins a story
NEAR_DUPLICATE = 0.5  # estimated 5-gram resemblance of syndicated copies
PSEUDO_DOCS = 20  # unseen articles assumed besides the corpus: rarity means something in a small corpus
MAX_DAYS_APART = 21  # a report this many days after the story's last one is a new story
SLOW_DAYS = 7  # from here on similarity fades (a development, not the event itself)
MAX_CANDIDATES = 20  # stories scored per article
MAX_QUERY_TERMS = 24  # terms of an article that find its candidate stories
MAX_POSTING = 150  # a term in more articles than this finds no candidates, whatever the corpus size
BOILERPLATE = 50  # a 5-gram in more articles than this is boilerplate, no sign of a copy
MEAN_FROM = 0.22  # mean similarity to the story's members below which no article joins (no drift)
STATE_VERSION = 1

Vector = dict[str, float]
Entry = list[Any]  # [story id, day, [[term, weight], ...], sketch]
Terms = list[list[Any]]  # [[term, weight], ...]


@dataclass
class StoryState:
    id: str
    members: list[str] = field(default_factory=list)


def _day_number(day: str) -> int | None:
    if not day:
        return None
    try:
        return date.fromisoformat(day).toordinal()
    except ValueError:
        return None


class Grouper:
    """The grouping state of one index (stored in ``story_index.json``)."""

    def __init__(self, state: dict[str, Any] | None = None) -> None:
        state = state if state and state.get("version") == STATE_VERSION else {}
        self.articles: dict[str, Entry] = dict(state.get("articles", {}))  # aid -> [sid, day, terms, sketch]
        self.df: dict[str, int] = dict(state.get("df", {}))
        self.stories: dict[str, StoryState] = {
            sid: StoryState(sid, list(members)) for sid, members in state.get("stories", {}).items()
        }
        self.postings: dict[str, dict[str, int]] = {}  # term -> {story id: members with the term}
        self.held: dict[str, int] = {}  # term -> placed articles with the term
        self.sketches: dict[int, set[str]] = {}  # 5-gram hash -> articles whose sketch holds it
        for aid, entry in self.articles.items():
            self._post(aid, entry)
        self.changed: set[str] = set()  # stories whose membership changed since loading
        self._counted = 0  # articles of the batch being placed, already in ``df``
        self._reweigh()

    def state(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "articles": self.articles,
            "df": self.df,
            "stories": {sid: s.members for sid, s in sorted(self.stories.items())},
        }

    # --- weights (fixed while a batch is placed) ---------------------------------------
    def _reweigh(self) -> None:
        """Forget every weight: the corpus' counts changed."""
        self._idfs: dict[str, float] = {}
        self._vectors: dict[str, Vector] = {}
        self._sums: dict[str, tuple[Vector, float]] = {}  # story id -> (sum of vectors, its norm)

    def _idf(self, term: str) -> float:
        found = self._idfs.get(term)
        if found is None:
            n = len(self.articles) + self._counted + PSEUDO_DOCS
            found = math.log(n / (self.df.get(term, 0) + 1.0))
            if term.startswith("g:"):
                found *= 0.5
            found = self._idfs[term] = max(found, 0.0)
        return found

    def _vector(self, terms: Terms) -> Vector:
        idf = self._idf
        vec = {t: w * idf(t) for t, w in terms}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items() if v > 0}

    def vector_of(self, aid: str) -> Vector:
        """The article's rarity-weighted, normalised term vector ({} for an unknown article)."""
        found = self._vectors.get(aid)
        if found is None:
            entry = self.articles.get(aid)
            if entry is None:
                return {}
            found = self._vectors[aid] = self._vector(entry[2])
        return found

    def _sum_of(self, sid: str) -> tuple[Vector, float]:
        found = self._sums.get(sid)
        if found is None:
            total: Vector = {}
            for member in self.stories[sid].members:
                for t, v in self.vector_of(member).items():
                    total[t] = total.get(t, 0.0) + v
            found = self._sums[sid] = (total, math.sqrt(sum(v * v for v in total.values())) or 1.0)
        return found

    # --- membership --------------------------------------------------------------------
    def story_of(self, aid: str) -> str | None:
        entry = self.articles.get(aid)
        return str(entry[0]) if entry else None

    def _post(self, aid: str, entry: Entry) -> None:
        sid = entry[0]
        held = self.held
        for term, _ in entry[2]:
            posting = self.postings.setdefault(term, {})
            posting[sid] = posting.get(sid, 0) + 1
            held[term] = held.get(term, 0) + 1
        for h in entry[3]:
            self.sketches.setdefault(h, set()).add(aid)

    def _unpost(self, aid: str, entry: Entry) -> None:
        sid = entry[0]
        for term, _ in entry[2]:
            posting = self.postings.get(term)
            if posting is None or sid not in posting:
                continue
            posting[sid] -= 1
            if posting[sid] <= 0:
                del posting[sid]
            if not posting:
                del self.postings[term]
                del self.held[term]
            else:
                self.held[term] -= 1
        for h in entry[3]:
            holders = self.sketches.get(h)
            if holders is not None:
                holders.discard(aid)
                if not holders:
                    del self.sketches[h]

    def remove(self, aid: str) -> None:
        entry = self.articles.pop(aid, None)
        if entry is None:
            return
        self._unpost(aid, entry)
        for term, _ in entry[2]:
            left = self.df.get(term, 0) - 1
            if left > 0:
                self.df[term] = left
            else:
                self.df.pop(term, None)
        self._reweigh()
        sid = entry[0]
        story = self.stories.get(sid)
        if story is not None:
            story.members = [m for m in story.members if m != aid]
            self.changed.add(sid)
            if not story.members:
                del self.stories[sid]

    def add(self, aid: str, signature: dict[str, Any]) -> str:
        """Put one article in a story (removing it from its old one first); its story id."""
        self.add_all([(aid, signature)])
        return str(self.articles[aid][0])

    def add_all(self, batch: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """Put each article of ``batch`` in a story, in order (each removed from its old one first).
        The terms of the whole batch are counted before the first article is placed."""
        items = []
        for aid, signature in batch:
            self.remove(aid)
            terms = [[t, float(w)] for t, w in signature.get("terms", [])]
            items.append((aid, terms, signature.get("day", "") or "", list(signature.get("sketch", []))))
        df = self.df
        for term, n in Counter(term for _, terms, _, _ in items for term, _ in terms).items():
            df[term] = df.get(term, 0) + n  # (new terms enter in the order they first appear)
        self._counted = len(items)
        self._reweigh()
        try:
            for aid, terms, day, sketch in items:
                self._place(aid, terms, day, sketch)
                self._counted -= 1  # now in ``articles``: the corpus size stays the same
        finally:
            self._counted = 0

    def _place(self, aid: str, terms: Terms, day: str, sketch: list[int]) -> None:
        vec = self._vectors[aid] = self._vector(terms)
        sid = self._best_story(vec, day, sketch)
        if sid is None:
            sid = "s" + aid
            n = 2
            while sid in self.stories:
                sid = f"s{aid}-{n}"
                n += 1
            self.stories[sid] = StoryState(sid)
        self.stories[sid].members.append(aid)
        self.changed.add(sid)
        entry = self.articles[aid] = [sid, day, terms, sketch]
        self._post(aid, entry)
        known = self._sums.pop(sid, None)
        if known is not None:  # the story's sum, moved by the new member
            total = known[0]
            for t, v in vec.items():
                total[t] = total.get(t, 0.0) + v
            self._sums[sid] = (total, math.sqrt(sum(v * v for v in total.values())) or 1.0)

    # --- choosing a story --------------------------------------------------------------
    def _best_story(self, vec: Vector, day: str, sketch: list[int]) -> str | None:
        if not vec:
            return None
        placed = len(self.articles)
        # terms in more articles than this find no candidates (they still weigh in the score)
        common = min(max(8, int(0.08 * placed)), MAX_POSTING)
        held = self.held
        query = [t for t in vec if 0 < held.get(t, 0) <= common]
        if len(query) > MAX_QUERY_TERMS:  # the article's most telling terms find its candidates
            query = heapq.nsmallest(MAX_QUERY_TERMS, query, key=lambda t: (-vec[t], t))
        votes: defaultdict[str, float] = defaultdict(float)
        postings = self.postings
        for term in query:
            weight = self._idf(term)
            for sid, count in postings[term].items():
                votes[sid] += weight * count
        if not votes:
            return None
        candidates = _best(votes, MAX_CANDIDATES)
        copies = self._copies_of(sketch)
        mine = _day_number(day)
        best, best_score = None, 0.0
        for sid in candidates:
            members = self.stories[sid].members
            score = 1.0 if copies and any(m in copies for m in members) else self._score(vec, mine, sid)
            if score > best_score or (score == best_score and best is not None and sid < best):
                best, best_score = sid, score
        return best if best_score >= JOIN else None

    def _copies_of(self, sketch: list[int]) -> set[str]:
        """The placed articles whose body is nearly this one's (a syndicated copy)."""
        get = self.sketches.get
        shared = Counter(
            chain.from_iterable(
                holders for holders in (get(h, ()) for h in sketch) if len(holders) <= BOILERPLATE
            )
        )
        out = set()
        for other, both in shared.items():
            theirs = self.articles[other][3]
            # a resemblance of r needs r * max(sizes) hashes in common: most are ruled out here
            if both >= NEAR_DUPLICATE * max(len(sketch), len(theirs)):
                if resemblance(sketch, theirs) >= NEAR_DUPLICATE:
                    out.add(other)
        return out

    def _score(self, vec: Vector, mine: int | None, sid: str) -> float:
        members = self.stories[sid].members
        total, norm = self._sum_of(sid)
        shared = [t for t in vec if t in total]
        # the sum of the similarities (terms not in the story add nothing: the same sum exactly)
        together = sum([vec[t] * total[t] for t in shared])
        if together / len(members) < MEAN_FROM or not _shares_evidence(shared):
            return 0.0
        closest = max(_cosine(vec, self.vector_of(m)) for m in members)
        score = 0.5 * closest + 0.5 * together / norm
        days = [d for d in (_day_number(self.articles[m][1]) for m in members) if d is not None]
        if mine is not None and days:
            apart = min(abs(mine - d) for d in days)
            if apart > MAX_DAYS_APART:
                return 0.0
            if apart > SLOW_DAYS:
                score *= 1.0 - 0.5 * (apart - SLOW_DAYS) / (MAX_DAYS_APART - SLOW_DAYS)
        return score


def _cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _best(votes: dict[str, float], n: int) -> list[str]:
    """The ``n`` stories of most votes, ties by id (``heapq.nsmallest`` by (-votes, id)), found
    among those with at least the n-th highest vote only."""
    if len(votes) > n:
        floor = heapq.nlargest(n, votes.values())[-1]
        votes = {sid: v for sid, v in votes.items() if v >= floor}
    return sorted(votes, key=lambda s: (-votes[s], s))[:n]


def _shares_evidence(shared: list[str]) -> bool:
    """A shared name of a person, organisation or event, or at least three shared words:
    places alone (two stories in one country) never make one story."""
    if any(t.startswith("n:") for t in shared):
        return True
    return sum(1 for t in shared if t.startswith("w:")) >= 3
