"""The one facade the TUI and the CLI use to reach a corpus.

``Library.open(corpus)`` gives the articles, their entities and facts, the
briefing-wide facts and search. Both front ends call only this, so they always
agree. (This first version works in memory; the Whoosh-backed index replaces
its internals without changing the interface.)
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from . import analysis, ingest
from .errors import QueryError
from .model import (Article, ArticleSummary, BriefingFact, EntitySummary, Fact, Hit, Mention,
                    SearchResult, Snippet)


def article_id(corpus: Path, path: str) -> str:
    """A stable id: a hash of the article's path relative to the corpus."""
    try:
        rel = os.path.relpath(path, corpus if Path(corpus).is_dir() else Path(corpus).parent)
    except ValueError:
        rel = path
    return hashlib.sha1(rel.encode("utf-8", "surrogateescape")).hexdigest()[:12]


class Library:
    """Articles of one corpus with their entities, facts and a search."""

    def __init__(self, corpus: Path, articles: list[Article], warnings: list[str]) -> None:
        self.corpus = Path(corpus)
        self.warnings = warnings
        self.notices: list[str] = []
        self._articles: dict[str, Article] = {}
        self._mentions: dict[str, list[Mention]] = {}
        self._facts: dict[str, list[Fact]] = {}
        for article in articles:
            aid = article_id(self.corpus, article.path)
            self._articles[aid] = article
            mentions = analysis.entities(article)
            self._mentions[aid] = mentions
            self._facts[aid] = analysis.facts(article, mentions)
        self._briefing = analysis.link(list(self._articles.values()),
                                       [self._facts[a] for a in self._articles])

    @classmethod
    def open(cls, corpus: Path, *, max_bytes: int = ingest.DEFAULT_MAX_BYTES, **_options) -> "Library":
        loaded = ingest.load_paths([corpus], max_bytes=max_bytes)
        return cls(corpus, loaded.articles, loaded.warnings)

    def close(self) -> None:
        pass

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- articles -------------------------------------------------------------------
    def summaries(self) -> list[ArticleSummary]:
        return [ArticleSummary(aid, a.path, a.title, a.outlet, a.date,
                               len({m.canonical for m in self._mentions[aid]}), len(self._facts[aid]))
                for aid, a in self._articles.items()]

    def article(self, aid: str) -> Article:
        return self._articles[aid]

    def id_of(self, path: str) -> str | None:
        for aid, article in self._articles.items():
            if article.path == path or os.path.abspath(article.path) == os.path.abspath(path):
                return aid
        return None

    def mentions(self, aid: str) -> list[Mention]:
        return self._mentions[aid]

    def facts(self, aid: str) -> list[Fact]:
        return self._facts[aid]

    def briefing(self) -> list[BriefingFact]:
        return self._briefing

    # --- entities -------------------------------------------------------------------
    def entities(self) -> list[EntitySummary]:
        counts: dict[tuple[str, str], list[int]] = {}
        seen: dict[tuple[str, str], set[str]] = {}
        for aid, mentions in self._mentions.items():
            for m in mentions:
                key = (m.canonical, m.type)
                counts.setdefault(key, [0])[0] += 1
                seen.setdefault(key, set()).add(aid)
        out = [EntitySummary(c, t, counts[(c, t)][0], len(seen[(c, t)])) for c, t in counts]
        out.sort(key=lambda e: (-e.mentions, e.canonical))
        return out

    def mentions_of(self, canonical: str) -> list[tuple[str, Mention]]:
        return [(aid, m) for aid, ms in self._mentions.items() for m in ms if m.canonical == canonical]

    # --- search ---------------------------------------------------------------------
    def search(self, query: str, limit: int = 10, sort: str = "score") -> SearchResult:
        """Naive placeholder search: every word must occur (case-insensitive prefix)."""
        words = [w for w in re.findall(r"\w+", query.lower())]
        if not words:
            raise QueryError(f"query {query!r} has no words to search for; type a word or a phrase")
        hits = []
        for aid, article in self._articles.items():
            snippets = []
            for s in article.sentences:
                low = s.text.lower()
                found = [(m.start(), m.end()) for w in words for m in re.finditer(r"\b" + re.escape(w) + r"\w*", low)]
                if found and all(any(low[a:b].startswith(w) for a, b in found) for w in words):
                    snippets.append(Snippet(s.text, s.start, s.end,
                                            sorted((s.start + a, s.start + b) for a, b in found)))
            if snippets:
                hits.append(Hit(aid, article.path, article.title, article.outlet, article.date,
                                float(len(snippets)), snippets[:3]))
        hits.sort(key=lambda h: (-h.score, h.path) if sort == "score" else (h.date, h.path))
        return SearchResult(query, len(hits), hits[:limit])
