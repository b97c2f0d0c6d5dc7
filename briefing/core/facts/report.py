"""Facts of a set of files, analysed once, as the JSON the commands print.

Kept in core so the facts and export commands (and tests) share one pipeline
and one JSON shape; the commands only choose how to print it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article, BriefingFact, Difference, Fact, SourceRef
from .counts import other_sources


@dataclass
class Analysed:
    articles: list[Article] = field(default_factory=list)
    facts: list[list[Fact]] = field(default_factory=list)  # parallel to articles
    briefing: list[BriefingFact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def analyse(paths: list[Path], max_bytes: int | None = None, limit: int | None = None) -> Analysed:
    """Load the files and run the same analysis as the index: entities, facts, stories, and
    links inside each story (``limit``: facts shown per article, default the config's)."""
    from .. import analysis, ingest
    from ..stories.offline import group

    loaded = ingest.load_paths(paths, max_bytes=max_bytes) if max_bytes else ingest.load_paths(paths)
    mentions = [analysis.entities(a) for a in loaded.articles]
    facts = [analysis.facts(a, m) for a, m in zip(loaded.articles, mentions, strict=True)]
    briefing: list[BriefingFact] = []
    for members in group(loaded.articles, mentions):
        if len(members) < 2:
            continue
        found = analysis.link_story([loaded.articles[n] for n in members], [facts[n] for n in members])
        if len({_source(loaded.articles[n]) for n in members}) > 1:
            briefing.extend(found.briefing)
    shown = fact_limit(limit)
    return Analysed(loaded.articles, [f[:shown] for f in facts], briefing, list(loaded.warnings))


def _source(article: Article) -> str:
    outlet = " ".join(article.outlet.split()).casefold()
    return "o:" + outlet if outlet else "a:" + article.path


def fact_limit(limit: int | None = None) -> int:
    """Facts shown per article: ``limit``, else ``facts_per_article`` of config.yaml (default 8)."""
    if limit is not None:
        return max(1, limit)
    from .. import config

    try:
        return config.load().facts_per_article
    except Exception:  # noqa: BLE001 - a broken config is reported by the command that loads it
        return config.Config().facts_per_article


def from_library(library, story: str | None = None) -> Analysed:
    """The same as ``analyse()`` for a whole corpus (or one story), read from its index."""
    articles, facts = [], []
    chosen = set(library.story(story).articles) if story is not None and library.story(story) else None
    for aid, article, _mentions, article_facts in library.iter_articles():
        if chosen is not None and aid not in chosen:
            continue
        articles.append(article)
        facts.append(article_facts)
    briefing = library.briefing(story) if story is not None else library.briefing()
    return Analysed(articles, facts, briefing, list(library.warnings) + list(library.notices))


def ref_json(ref: SourceRef) -> dict:
    return {"path": ref.path, "sentence": ref.sentence, "start": ref.start, "end": ref.end}


def fact_json(fact: Fact) -> dict:
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


def articles_json(analysed: Analysed) -> list[dict]:
    return [
        {"path": a.path, "title": a.title, "facts": [fact_json(f) for f in facts]}
        for a, facts in zip(analysed.articles, analysed.facts, strict=False)
    ]


def difference_json(diff: Difference) -> dict:
    return {"kind": diff.kind, "detail": diff.detail, "a": ref_json(diff.a), "b": ref_json(diff.b)}


def briefing_json(analysed: Analysed) -> dict:
    """The merged view, plus the per-article facts so the scorer can still read it."""
    return {
        "briefing": [
            {
                "text": item.fact.text,
                "kind": item.fact.kind,
                "score": item.score,
                "source_count": item.source_count,
                "other_sources": other_sources(item),
                "fact": fact_json(item.fact) | {"path": item.fact.path},
                "sources": [ref_json(s) for s in item.sources],
                "differences": [difference_json(d) for d in item.differences],
            }
            for item in analysed.briefing
        ],
        "articles": articles_json(analysed),
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
