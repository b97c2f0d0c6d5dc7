"""Cross-source linking: find each fact's sentence restated in other articles.

Every body sentence of every article is a possible match, not only other
articles' top facts. Candidates come from an inverted index over the rarer
terms (never a comparison of every pair; a bounded number of candidates), and
a link needs either a strong similarity, or a weaker one
confirmed by a sentence strongly similar to both (A~B, B~C, A~C weakly).
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Article, BriefingFact, Difference, Fact, SourceRef, source_of
from .extract import body_sentences
from .parts import Parts
from .similarity import Terms, Weights, similarity, terms_of

STRONG = 0.22  # a link on its own (corpus-wide search)
SAME_FROM = 0.33  # inside a story: the similarity from which two sentences may state one claim
LEAD_FROM = 0.17  # ... when both are the first body sentence of their article (the event itself)
SUPPORTED = 0.16  # a link when a third sentence is strongly similar to both
PART_FROM = 0.40  # a link through one part of each sentence (``parts``): a restated clause
MAX_QUERY_TERMS = 16  # rarest terms of a sentence used to find candidates
MAX_CANDIDATES = 200  # candidates scored per sentence (a bound: BBC's stories need 150 at most)
MAX_SUPPORTERS = 4  # strong matches tried as the third sentence confirming a weaker link
MAX_POSTING = 150  # longest posting list used for candidates, whatever the corpus size


@dataclass(slots=True)
class Unit:
    """One body sentence of the corpus."""

    article: int
    ref: SourceRef
    terms: Terms


class Linker:
    """The body sentences of a corpus, indexed by their rarer terms."""

    def __init__(self, articles: list[Article]) -> None:
        self.units: list[Unit] = []
        self.by_key: dict[tuple[str, int, int], int] = {}
        self.article_units: list[range] = []
        for ai, article in enumerate(articles):
            first = len(self.units)
            for s in body_sentences(article):
                self.by_key[(article.path, s.start, s.end)] = len(self.units)
                ref = SourceRef(article.path, s.text, s.start, s.end, article.outlet)
                self.units.append(Unit(ai, ref, terms_of(s.text)))
            self.article_units.append(range(first, len(self.units)))
        self.leads = {r.start for r in self.article_units if len(r)}
        self.weight = Weights([u.terms for u in self.units])
        for u in self.units:
            self.weight.measure(u.terms)
        # terms in more sentences than this are too common to find candidates with
        self.max_df = min(max(30, int(len(self.units) * 0.01)), MAX_POSTING)
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, u in enumerate(self.units):
            for t in u.terms.terms:
                if self.weight.df[t] <= self.max_df:
                    self.postings[t].append(i)
        self._matches: dict[int, list[tuple[float, int]]] = {}
        self.parts = Parts(self.weight)

    def claim_similarity(self, i: int, j: int, sim: float) -> float:
        """The similarity linking reads for units ``i`` and ``j`` whose whole sentences are ``sim``
        similar: ``sim`` when it reaches the threshold, else the best similarity of their parts
        (``parts``) when that reaches ``PART_FROM``; 0 when neither does."""
        if sim >= (LEAD_FROM if i in self.leads and j in self.leads else SAME_FROM):
            return sim
        a, b = self.units[i], self.units[j]
        part = self.parts.similarity(a.ref.sentence, a.terms, b.ref.sentence, b.terms)
        return part if part >= PART_FROM else 0.0

    def matches(self, i: int) -> list[tuple[float, int]]:
        """(similarity, unit) of the sentences in other articles at least SUPPORTED-similar, best first."""
        if i in self._matches:
            return self._matches[i]
        unit = self.units[i]
        query = sorted(
            (t for t in unit.terms.terms if t in self.postings), key=lambda t: (self.weight.df[t], t)
        )[:MAX_QUERY_TERMS]
        votes: Counter[int] = Counter()
        for t in query:
            votes.update(self.postings[t])  # counted in C; the query holds the rarest terms only
        for j in self.article_units[unit.article]:
            votes.pop(j, None)  # sentences of the same article are never matches
        scored = []
        # ties broken by position, so the result never depends on hash order
        for j, _ in heapq.nsmallest(MAX_CANDIDATES, votes.items(), key=lambda kv: (-kv[1], kv[0])):
            sim = similarity(unit.terms, self.units[j].terms, self.weight)
            if sim >= SUPPORTED:
                scored.append((sim, j))
        # every sentence of another article that shares a rare term is scored, and all of a third
        # restatement in one article are kept: a fact lists every sentence stating its claim
        scored.sort(key=lambda x: (-x[0], x[1]))
        self._matches[i] = scored
        return scored

    def links(self, i: int) -> list[tuple[float, int]]:
        """Strong matches, plus weaker ones confirmed through a common strong neighbour
        (one of the best few strong matches, itself strongly similar to the weaker one)."""
        found = self.matches(i)
        strong = [j for sim, j in found if sim >= STRONG][:MAX_SUPPORTERS]
        out = []
        for sim, j in found:
            if sim >= STRONG or any(
                self.units[k].article != self.units[j].article
                and similarity(self.units[k].terms, self.units[j].terms, self.weight) >= STRONG
                for k in strong
            ):
                out.append((sim, j))
        return out


@dataclass(slots=True)
class StoryLinks:
    """What linking found in one story; every place is (article index, start, end)."""

    corroborated: dict[tuple[int, int], list[tuple[int, int, int]]]  # (article, fact) -> same claim
    differing: dict[tuple[int, int], list[tuple[int, int, int, list[tuple[str, str]]]]]
    briefing: list[BriefingFact]
    reports: int = 0  # independent sources: outlets, with copies of one text counted once


def link_story(articles: list[Article], facts_per_article: list[list[Fact]]) -> StoryLinks:
    """Link the facts of the articles of one story: the same claim elsewhere fills
    ``corroborated_by``, a differing one ``differences``; then merge into briefing items."""
    from . import claims
    from .copies import copied, copy_groups, independent_sources, shingles
    from .merge import merge

    linker = Linker(articles)
    index_of = {a.path: n for n, a in enumerate(articles)}
    copies = copy_groups(articles)
    sources = [source_of(a.path, a.outlet) for a in articles]
    corroborated: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
    differing: dict[tuple[int, int], list[tuple[int, int, int, list[tuple[str, str]]]]] = {}
    strong_pairs: list[tuple[int, int]] = []
    restated: list[tuple[int, int]] = []  # the same claim again from the same source: one briefing item
    records: dict[str, claims.Said] = {}  # each sentence's record for the claim rules, made once

    def record(sentence: str, unit: Unit) -> claims.Said:
        found = records.get(sentence)
        if found is None:
            names = unit.terms.names if sentence == unit.ref.sentence else None
            found = records[sentence] = claims.said(sentence, names)
        return found

    for ai, facts in enumerate(facts_per_article):
        for fi, fact in enumerate(facts):
            fact.corroborated_by = []
            fact.differences = []
            i = linker.by_key.get((fact.path, fact.start, fact.end))
            if i is None:
                continue
            for whole, j in linker.matches(i):
                sim = linker.claim_similarity(i, j, whole)
                if not sim:
                    continue
                other = linker.units[j]
                found = claims.relation_of(
                    record(fact.sentence, linker.units[i]), record(other.ref.sentence, other), sim, SAME_FROM
                )
                if found is None:
                    continue
                place = (index_of[other.ref.path], other.ref.start, other.ref.end)
                if found.kind == "same":
                    copy = copies[ai] == copies[other.article] or copied(
                        shingles(fact.sentence), shingles(other.ref.sentence)
                    )
                    if copy or other.ref.source == sources[ai]:
                        # a copy of the same report, the same text copied, or another report of the
                        # same outlet: no second source, but one item of the briefing
                        if copy or sim >= STRONG:
                            restated.append((i, j))
                        continue
                    fact.corroborated_by.append(other.ref)
                    corroborated.setdefault((ai, fi), []).append(place)
                    if sim >= STRONG:
                        strong_pairs.append((i, j))
                else:
                    own = SourceRef(fact.path, fact.sentence, fact.start, fact.end, fact.outlet)
                    fact.differences.extend(Difference(k, d, own, other.ref) for k, d in found.differences)
                    differing.setdefault((ai, fi), []).append((*place, found.differences))
    _both_ways(facts_per_article, corroborated)
    # the briefing merges every candidate (``ranking.in_briefing`` keeps those shown or corroborated)
    briefing = merge(linker, facts_per_article, strong_pairs, restated)
    return StoryLinks(corroborated, differing, briefing, independent_sources(copies, sources))


def _both_ways(
    facts_per_article: list[list[Fact]], corroborated: dict[tuple[int, int], list[tuple[int, int, int]]]
) -> None:
    """A link is one relation between two sentences: when fact A lists fact B's sentence, B lists
    A's. Each fact searches its own candidates (the sentences sharing one of its rarest
    terms), so a link one side found can be missing from the other, and then A's pane
    and B's, and the briefing item they lead, would count different sources for one claim. The
    similarity, the thresholds, the claim rules and the copy rules are the same both ways."""
    fact_at = {
        (ai, f.start, f.end): fi for ai, facts in enumerate(facts_per_article) for fi, f in enumerate(facts)
    }
    for (ai, fi), places in list(corroborated.items()):
        fact = facts_per_article[ai][fi]
        here = (ai, fact.start, fact.end)
        for place in places:
            fj = fact_at.get(place)
            if fj is None:
                continue  # a sentence that is no candidate key fact: listed by this fact only
            back = corroborated.setdefault((place[0], fj), [])
            if here not in back:
                back.append(here)
                other = facts_per_article[place[0]][fj]
                other.corroborated_by.append(
                    SourceRef(fact.path, fact.sentence, fact.start, fact.end, fact.outlet)
                )


def link(articles: list[Article], facts_per_article: list[list[Fact]]) -> list[BriefingFact]:
    """Link the given articles as one story (see ``link_story``); the merged facts, best first."""
    return link_story(articles, facts_per_article).briefing
