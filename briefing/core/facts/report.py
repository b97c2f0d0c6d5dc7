"""Facts of a set of files, analysed once, as the JSON the commands print.

Kept in core so the facts and export commands (and tests) share one pipeline
and one JSON shape; the commands only choose how to print it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Article, BriefingFact, Difference, Fact, SourceRef
from . import ranking
from .counts import other_sources
from .extract import most_shown

if TYPE_CHECKING:
    from ..library import Library


@dataclass
class StoryBrief:
    """One story's briefing: its articles (indices into ``Analysed.articles``) and merged facts."""

    id: str
    title: str
    members: list[int] = field(default_factory=list)
    sources: int = 1
    briefing: list[BriefingFact] = field(default_factory=list)


@dataclass
class Analysed:
    articles: list[Article] = field(default_factory=list)
    facts: list[list[Fact]] = field(default_factory=list)  # parallel to articles
    briefing: list[BriefingFact] = field(default_factory=list)  # of every story in ``stories``
    warnings: list[str] = field(default_factory=list)
    stories: list[StoryBrief] = field(default_factory=list)  # largest first: 2+ sources, or the one asked
    # parallel to articles: candidates not shown that other sources state (``ranking.beyond``)
    beyond: list[list[Fact]] = field(default_factory=list)


class UnknownStory(ValueError):
    """``--story ID`` names no story of the articles."""


def analyse(
    paths: list[Path],
    max_bytes: int | None = None,
    limit: int | None = None,
    story: str | None = None,
    every_story: bool = False,
) -> Analysed:
    """Load the files and run the same analysis as the index: entities, facts, stories, and
    links inside each story (``limit``: facts shown per article, default the config's;
    ``story``: only that story's articles, else every story of 2+ sources is briefed)."""
    from .. import analysis, ingest
    from ..stories.offline import group

    sources: list[str | Path] = list(paths)
    loaded = ingest.load_paths(sources, max_bytes=max_bytes) if max_bytes else ingest.load_paths(sources)
    mentions = [analysis.entities(a) for a in loaded.articles]
    facts = [analysis.facts(a, m) for a, m in zip(loaded.articles, mentions, strict=True)]
    groups = group(loaded.articles, mentions)
    if story is not None:
        groups = [g for g in groups if g.id == story]
        if not groups:
            raise UnknownStory(story)
    briefs = []
    for g in groups:
        if len(g.members) > 1:
            found = analysis.link_story(
                [loaded.articles[n] for n in g.members], [facts[n] for n in g.members]
            )
            items = found.briefing
            if found.reports > 0:  # copies of one text count once, as the index counts them
                g.sources = min(g.sources, found.reports)
        else:
            items = []
        if story is not None or g.sources > 1 or every_story:
            briefs.append(StoryBrief(g.id, g.title, list(g.members), g.sources, items))
    briefs.sort(key=lambda b: _order(b, loaded.articles))
    limit = fact_limit(limit)
    shown = [ranking.shown(f, limit, most_shown(a)) for a, f in zip(loaded.articles, facts, strict=True)]
    beyond = [ranking.beyond(f, limit, most_shown(a)) for a, f in zip(loaded.articles, facts, strict=True)]
    for b in briefs:
        b.briefing = ranking.in_briefing(b.briefing, (f for n in b.members for f in shown[n]))
    keep = (
        sorted({n for b in briefs for n in b.members}) if story is not None else range(len(loaded.articles))
    )
    renumber = {n: i for i, n in enumerate(keep)}
    for b in briefs:
        b.members = [renumber[n] for n in b.members if n in renumber]
    return Analysed(
        [loaded.articles[n] for n in keep],
        [shown[n] for n in keep],
        [item for b in briefs for item in b.briefing],
        list(loaded.warnings),
        briefs,
        [beyond[n] for n in keep],
    )


def _order(brief: StoryBrief, articles: list[Article]) -> tuple[object, ...]:
    from ..stories.listing import order_key

    dates = [articles[n].date for n in brief.members if articles[n].date]
    return order_key(brief.sources, len(brief.members), max(dates, default=""), brief.title, brief.id)


def fact_limit(limit: int | None = None) -> int:
    """Facts shown per article: ``limit``, else ``facts_per_article`` of config.yaml (default 8)."""
    if limit is not None:
        return max(1, limit)
    from .. import config

    try:
        return config.load().facts_per_article
    except Exception:  # noqa: BLE001 - a broken config is reported by the command that loads it
        return config.Config().facts_per_article


def from_library(library: Library, story: str | None = None) -> Analysed:
    """The same as ``analyse()`` for a whole corpus (or one story), read from its index."""
    wanted: set[str] | None = None
    if story is not None:
        one = library.story(story)
        if one is None:
            raise UnknownStory(story)
        chosen, wanted = [one], set(one.articles)
    else:
        chosen = [s for s in library.stories() if s.sources > 1]
    articles: list[Article] = []
    facts: list[list[Fact]] = []
    beyond: list[list[Fact]] = []
    index: dict[str, int] = {}
    for aid, article, _mentions, article_facts in library.iter_articles():
        if wanted is not None and aid not in wanted:
            continue
        index[aid] = len(articles)
        articles.append(article)
        facts.append(article_facts)
        beyond.append(library.facts_beyond(aid))
    briefs = [
        StoryBrief(
            s.id, s.title, [index[a] for a in s.articles if a in index], s.sources, library.briefing(s.id)
        )
        for s in chosen
    ]
    briefing = [item for b in briefs for item in b.briefing]
    return Analysed(articles, facts, briefing, list(library.warnings) + list(library.notices), briefs, beyond)


def ref_json(ref: SourceRef) -> dict[str, Any]:
    return {"path": ref.path, "sentence": ref.sentence, "start": ref.start, "end": ref.end}


def fact_json(fact: Fact) -> dict[str, Any]:
    return {
        "text": fact.text,
        "sentence": fact.sentence,
        "start": fact.start,
        "end": fact.end,
        "score": fact.score,
        "kind": fact.kind,
        "sentence_index": fact.sentence_index,
        "span": list(fact.span),
        "corroborated_by": [ref_json(r) for r in fact.corroborated_by],
        "other_sources": other_sources(fact),
        "differences": [difference_json(d) for d in fact.differences],
    }


def articles_json(analysed: Analysed) -> list[dict[str, Any]]:
    """Per article: its key facts, and ``also_corroborated``, the candidates it does not show
    that other sources state (listed in the story's briefing; ``ranking.beyond``)."""
    beyond = analysed.beyond or [[] for _ in analysed.articles]
    return [
        {
            "path": a.path,
            "title": a.title,
            "facts": [fact_json(f) for f in facts],
            "also_corroborated": [fact_json(f) for f in more],
        }
        for a, facts, more in zip(analysed.articles, analysed.facts, beyond, strict=False)
    ]


def difference_json(diff: Difference) -> dict[str, Any]:
    return {"kind": diff.kind, "detail": diff.detail, "a": ref_json(diff.a), "b": ref_json(diff.b)}


def briefing_json(analysed: Analysed) -> dict[str, Any]:
    """The merged view per story, plus the per-article facts so the scorer can still read it."""
    return {
        "stories": [
            {
                "id": b.id,
                "title": b.title,
                "sources": b.sources,
                "articles": [analysed.articles[n].path for n in b.members],
                "briefing": [item_json(item) for item in b.briefing],
            }
            for b in analysed.stories
        ],
        "briefing": [item_json(item) for item in analysed.briefing],
        "articles": articles_json(analysed),
    }


def item_json(item: BriefingFact) -> dict[str, Any]:
    return {
        "text": item.fact.text,
        "kind": item.fact.kind,
        "score": item.score,
        "source_count": item.source_count,
        "other_sources": other_sources(item),
        "fact": fact_json(item.fact) | {"path": item.fact.path},
        "sources": [ref_json(s) for s in item.sources],
        "differences": [difference_json(d) for d in item.differences],
    }


class SentenceNumbers:
    """1-based sentence numbers (the article's own sentence order) for citations."""

    def __init__(self, articles: list[Article]) -> None:
        self._by_start = {(a.path, s.start): s.index + 1 for a in articles for s in a.sentences}

    def of(self, path: str, start: int) -> int | None:
        return self._by_start.get((path, start))


def cite(path: str, number: int | None) -> str:
    """ "file.txt, sentence 3": the citation printed next to every fact."""
    name = os.path.basename(path) or path
    return f"{name}, sentence {number}" if number else name
