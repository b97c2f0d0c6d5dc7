"""Grouping articles into stories, a batch of articles at a time, so a corpus is never regrouped.

``Grouper`` holds every indexed article's signature, the corpus' term counts
and the stories. ``add_all([(aid, signature), ...])`` puts the articles of a
batch into stories; ``remove(aid)`` takes one out again. A full index adds
every article in (day, path) order as one batch; an update removes the changed
and deleted articles and adds the new and changed ones. The same operations in
the same order always give the same stories.

Rarity is measured against the corpus as the batch leaves it: the terms of
every article of a batch are counted before the first is placed, so the
weights do not change while a batch is grouped (each article's weighted vector
is computed once, and each story keeps the sum of its members' vectors).

Each article of a batch first joins the story of its original when it is a
near-duplicate (a syndicated copy), else starts a story of its own; then the
second pass (``merging``) merges the stories the batch changed with the
stories most like them, best pair first, while the mean similarity of their
articles is high enough: in a full index that is average-linkage clustering of
the corpus; in an update a new article joins the story most like it (or stays
alone), and that story may merge with a neighbour. No other story moves.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from typing import Any

from .evidence import Vector
from .merging import merge_changed
from .signature import resemblance

NEAR_DUPLICATE = 0.5  # estimated 5-gram resemblance of syndicated copies
PSEUDO_DOCS = 20  # unseen articles assumed besides the corpus: rarity means something in a small corpus
MAX_POSTING = 60  # a term in more articles than this finds no candidates, whatever the corpus size
BOILERPLATE = 50  # a 5-gram in more articles than this is boilerplate, no sign of a copy
STATE_VERSION = 1

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
    """The grouping state of one index (stored by ``index.story_state``, a bucket at a time)."""

    def __init__(self, state: dict[str, Any] | None = None) -> None:
        state = state if state and state.get("version") == STATE_VERSION else {}
        self.articles: dict[str, Entry] = dict(state.get("articles", {}))  # aid -> [sid, day, terms, sketch]
        self.df: dict[str, int] = dict(state.get("df", {}))
        self.stories: dict[str, StoryState] = {
            sid: StoryState(sid, list(members)) for sid, members in state.get("stories", {}).items()
        }
        self.postings: dict[str, dict[str, int]] = {}  # term -> {story id: members with the term}
        self.sketches: dict[int, set[str]] = {}  # 5-gram hash -> articles whose sketch holds it
        for aid, entry in self.articles.items():
            self._post(aid, entry)
        self.changed: set[str] = set()  # stories whose membership changed since loading
        self._counted = 0  # articles of the batch being placed, already in ``df``
        self._reweigh()

    @classmethod
    def from_tables(
        cls,
        articles: dict[str, Entry],
        df: dict[str, int],
        postings: dict[str, dict[str, int]],
        sketches: dict[int, set[str]],
        stories: dict[str, list[str]],
    ) -> Grouper:
        """A grouper over tables kept as it keeps them (e.g. ``lazy.LazyDict``s read from a store):
        nothing is rebuilt. Between batches a term's count in ``df`` is also the number of placed
        articles that hold it (the postings' sum)."""
        grouper = cls()
        grouper.articles, grouper.df, grouper.postings, grouper.sketches = articles, df, postings, sketches
        grouper.stories = {sid: StoryState(sid, list(members)) for sid, members in stories.items()}
        return grouper

    def member_ids(self) -> set[str]:
        """Every placed article (the members of every story)."""
        return {aid for story in self.stories.values() for aid in story.members}

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

    def idf(self, term: str) -> float:
        found = self._idfs.get(term)
        if found is None:
            n = len(self.articles) + self._counted + PSEUDO_DOCS
            found = math.log(n / (self.df.get(term, 0) + 1.0))
            if term.startswith("g:"):
                found *= 0.5
            found = self._idfs[term] = max(found, 0.0)
        return found

    def _vector(self, terms: Terms) -> Vector:
        idf = self.idf
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

    def sum_of(self, sid: str) -> tuple[Vector, float]:
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
        postings, sketches = self.postings, self.sketches
        for term, _ in entry[2]:
            posting = postings.get(term)
            if posting is None:
                posting = postings[term] = {}
            posting[sid] = posting.get(sid, 0) + 1
        for h in entry[3]:
            holders = sketches.get(h)
            if holders is None:
                holders = sketches[h] = set()
            holders.add(aid)

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
        placed: set[str] = set()
        try:
            for aid, terms, day, sketch in items:
                placed.add(self._place(aid, terms, day, sketch))
                self._counted -= 1  # now in ``articles``: the corpus size stays the same
        finally:
            self._counted = 0
        merge_changed(self, placed)

    def _place(self, aid: str, terms: Terms, day: str, sketch: list[int]) -> str:
        vec = self._vectors[aid] = self._vector(terms)
        sid = self._copy_story(sketch)
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
        return sid

    def _move(self, aid: str, sid: str) -> None:
        """Record that article ``aid`` is now in story ``sid`` (its postings follow it)."""
        entry = self.articles[aid]
        was, entry[0] = entry[0], sid
        postings = self.postings
        for term, _ in entry[2]:
            posting = postings[term]
            left = posting[was] - 1
            if left:
                posting[was] = left
            else:
                del posting[was]
            posting[sid] = posting.get(sid, 0) + 1

    def days_of(self, sid: str) -> list[int]:
        """The known days of the story's members, as day numbers."""
        days = (_day_number(self.articles[m][1]) for m in self.stories[sid].members)
        return [d for d in days if d is not None]

    def common_postings(self) -> int:
        """Terms held by more placed articles than this find no candidate stories."""
        return min(max(8, int(0.08 * len(self.articles))), MAX_POSTING)

    def absorb(self, kept: str, gone: str) -> None:
        """Move every member of story ``gone`` into story ``kept`` (the second pass's merge)."""
        moved = self.stories.pop(gone).members
        for aid in moved:
            self._move(aid, kept)
        self.stories[kept].members.extend(moved)
        self.changed.update((kept, gone))
        mine, theirs = self._sums.pop(kept, None), self._sums.pop(gone, None)
        if mine is not None and theirs is not None:
            total = mine[0]
            for t, v in theirs[0].items():
                total[t] = total.get(t, 0.0) + v
            self._sums[kept] = (total, math.sqrt(sum(v * v for v in total.values())) or 1.0)

    # --- copies ------------------------------------------------------------------------
    def _copy_story(self, sketch: list[int]) -> str | None:
        """The story of the placed articles this one is a near-duplicate of (the one with most
        of them; the smallest id on a tie), or None."""
        stories: dict[str, int] = {}
        for other in self._copies_of(sketch):
            sid = self.articles[other][0]
            stories[sid] = stories.get(sid, 0) + 1
        return min(stories, key=lambda s: (-stories[s], s)) if stories else None

    def _copies_of(self, sketch: list[int]) -> set[str]:
        """The placed articles whose body is nearly this one's (a syndicated copy)."""
        get = self.sketches.get
        shared = Counter(
            chain.from_iterable(
                holders for holders in (get(h, ()) for h in sketch) if len(holders) <= BOILERPLATE
            )
        )
        out = set()
        need = NEAR_DUPLICATE * len(sketch)
        articles = self.articles
        for other, both in shared.items():
            if both < need:
                continue
            theirs = articles[other][3]
            # a resemblance of r needs r * max(sizes) hashes in common: most are ruled out here
            if both >= NEAR_DUPLICATE * len(theirs):
                if resemblance(sketch, theirs) >= NEAR_DUPLICATE:
                    out.add(other)
        return out
