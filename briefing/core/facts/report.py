"""Facts of a set of files, analysed once, as the JSON the commands print.

Kept in core so the facts and export commands (and tests) share one pipeline
and one JSON shape; the commands only choose how to print it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article, BriefingFact, Difference, Fact, SourceRef


@dataclass
class Analysed:
    articles: list[Article] = field(default_factory=list)
    facts: list[list[Fact]] = field(default_factory=list)  # parallel to articles
    briefing: list[BriefingFact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def analyse(paths: list[Path], max_bytes: int | None = None) -> Analysed:
    """Load the files and run the same analysis as the index: entities, facts, links."""
    from .. import analysis, ingest

    loaded = ingest.load_paths(paths, max_bytes=max_bytes) if max_bytes else ingest.load_paths(paths)
    facts = [analysis.facts(a, analysis.entities(a)) for a in loaded.articles]
    briefing = analysis.link(loaded.articles, facts)
    return Analysed(loaded.articles, facts, briefing, list(loaded.warnings))


def from_library(library) -> Analysed:
    """The same as ``analyse()`` for a whole corpus, read from its index (nothing is re-parsed)."""
    articles, facts = [], []
    for _aid, article, _mentions, article_facts in library.iter_articles():
        articles.append(article)
        facts.append(article_facts)
    return Analysed(articles, facts, library.briefing(), list(library.warnings) + list(library.notices))


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
