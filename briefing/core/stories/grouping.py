"""Grouping articles into stories, one article at a time, so a corpus is never regrouped.

``Grouper`` holds every indexed article's signature, the corpus' term counts
and the stories. ``add(aid, signature)`` puts an article into the story it
reports on best (or a new one); ``remove(aid)`` takes it out again. A full
index adds every article in (day, path) order; an update removes the changed
and deleted articles and adds the new and changed ones: other articles never
move. The same operations in the same order always give the same stories.

An article joins a story when its rarity-weighted term similarity to the
story (the mean of its similarity to the story's centre and to its closest
member) reaches ``JOIN``, the two share a name or several rare words, and
their days (where both are known) are close; a near-duplicate (a syndicated
copy) joins its original whatever the rest says.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from .signature import resemblance

JOIN = 0.25  # similarity from which an article joins a story
NEAR_DUPLICATE = 0.5  # estimated 5-gram resemblance of syndicated copies
PSEUDO_DOCS = 20  # unseen articles assumed besides the corpus: rarity means something in a small corpus
MAX_DAYS_APART = 21  # a report this many days after the story's last one is a new story
SLOW_DAYS = 7  # from here on similarity fades (a development, not the event itself)
MAX_CANDIDATES = 60  # stories scored per article
MEAN_FROM = 0.22  # mean similarity to the story's members below which no article joins (no drift)
STATE_VERSION = 1


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

    def __init__(self, state: dict | None = None) -> None:
        state = state if state and state.get("version") == STATE_VERSION else {}
        self.articles: dict[str, list] = dict(state.get("articles", {}))  # aid -> [sid, day, terms, sketch]
        self.df: dict[str, int] = dict(state.get("df", {}))
        self.stories: dict[str, StoryState] = {
            sid: StoryState(sid, list(members)) for sid, members in state.get("stories", {}).items()
        }
        self.postings: dict[str, set[str]] = {}
        for aid, entry in self.articles.items():
            for term, _ in entry[2]:
                self.postings.setdefault(term, set()).add(aid)
        self.changed: set[str] = set()  # stories whose membership changed since loading

    def state(self) -> dict:
        return {
            "version": STATE_VERSION,
            "articles": self.articles,
            "df": self.df,
            "stories": {sid: s.members for sid, s in sorted(self.stories.items())},
        }

    # --- weights ---------------------------------------------------------------------
    def _idf(self, term: str) -> float:
        n = len(self.articles) + PSEUDO_DOCS
        idf = math.log(n / (self.df.get(term, 0) + 1.0))
        if term.startswith("g:"):
            idf *= 0.5
        return max(idf, 0.0)

    def _vector(self, terms: list) -> dict[str, float]:
        vec = {t: w * self._idf(t) for t, w in terms}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items() if v > 0}

    def vector_of(self, aid: str) -> dict[str, float]:
        """The article's rarity-weighted, normalised term vector ({} for an unknown article)."""
        entry = self.articles.get(aid)
        return self._vector(entry[2]) if entry else {}

    # --- membership --------------------------------------------------------------------
    def story_of(self, aid: str) -> str | None:
        entry = self.articles.get(aid)
        return entry[0] if entry else None

    def remove(self, aid: str) -> None:
        entry = self.articles.pop(aid, None)
        if entry is None:
            return
        sid = entry[0]
        for term, _ in entry[2]:
            left = self.df.get(term, 0) - 1
            if left > 0:
                self.df[term] = left
            else:
                self.df.pop(term, None)
            posting = self.postings.get(term)
            if posting is not None:
                posting.discard(aid)
                if not posting:
                    del self.postings[term]
        story = self.stories.get(sid)
        if story is not None:
            story.members = [m for m in story.members if m != aid]
            self.changed.add(sid)
            if not story.members:
                del self.stories[sid]

    def add(self, aid: str, signature: dict) -> str:
        """Put the article in a story (removing it from its old one first); its story id."""
        self.remove(aid)
        terms = [[t, float(w)] for t, w in signature.get("terms", [])]
        day = signature.get("day", "") or ""
        sketch = list(signature.get("sketch", []))
        sid = self._best_story(aid, terms, day, sketch)
        if sid is None:
            sid = "s" + aid
            n = 2
            while sid in self.stories:
                sid = f"s{aid}-{n}"
                n += 1
            self.stories[sid] = StoryState(sid)
        self.stories[sid].members.append(aid)
        self.changed.add(sid)
        self.articles[aid] = [sid, day, terms, sketch]
        for term, _ in terms:
            self.df[term] = self.df.get(term, 0) + 1
            self.postings.setdefault(term, set()).add(aid)
        return sid

    def _best_story(self, aid: str, terms: list, day: str, sketch: list[int]) -> str | None:
        if not terms:
            return None
        n = len(self.articles)
        common = max(8, int(0.08 * n))  # terms in this many articles find no candidates
        votes: dict[str, float] = {}
        for term, _ in terms:
            posting = self.postings.get(term)
            if not posting or len(posting) > common:
                continue
            for other in posting:
                sid = self.articles[other][0]
                votes[sid] = votes.get(sid, 0.0) + self._idf(term)
        if not votes:
            return None
        candidates = sorted(votes, key=lambda s: (-votes[s], s))[:MAX_CANDIDATES]
        vec = self._vector(terms)
        mine = _day_number(day)
        best, best_score = None, 0.0
        for sid in candidates:
            score = self._score(vec, mine, sketch, self.stories[sid].members)
            if score > best_score or (score == best_score and best is not None and sid < best):
                best, best_score = sid, score
        return best if best_score >= JOIN else None

    def _score(self, vec: dict[str, float], mine: int | None, sketch: list[int], members: list[str]) -> float:
        centre: dict[str, float] = {}
        closest = total = 0.0
        days = []
        for other in members:
            entry = self.articles[other]
            if sketch and resemblance(sketch, entry[3]) >= NEAR_DUPLICATE:
                return 1.0
            ovec = self._vector(entry[2])
            sim = _cosine(vec, ovec)
            closest = max(closest, sim)
            total += sim
            for t, v in ovec.items():
                centre[t] = centre.get(t, 0.0) + v
            d = _day_number(entry[1])
            if d is not None:
                days.append(d)
        norm = math.sqrt(sum(v * v for v in centre.values())) or 1.0
        score = 0.5 * closest + 0.5 * sum(v * centre.get(t, 0.0) for t, v in vec.items()) / norm
        if not _shares_evidence(vec, centre) or total / len(members) < MEAN_FROM:
            return 0.0
        if mine is not None and days:
            apart = min(abs(mine - d) for d in days)
            if apart > MAX_DAYS_APART:
                return 0.0
            if apart > SLOW_DAYS:
                score *= 1.0 - 0.5 * (apart - SLOW_DAYS) / (MAX_DAYS_APART - SLOW_DAYS)
        return score


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _shares_evidence(vec: dict[str, float], centre: dict[str, float]) -> bool:
    """A shared name of a person, organisation or event, or at least three shared words:
    places alone (two stories in one country) never make one story."""
    shared = [t for t in vec if t in centre]
    if any(t.startswith("n:") for t in shared):
        return True
    return sum(1 for t in shared if t.startswith("w:")) >= 3
