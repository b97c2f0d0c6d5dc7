"""Key-fact extraction and cross-source linking. Placeholder until the extractor lands."""
from __future__ import annotations

from ..model import Article, BriefingFact, Fact, Mention


def extract(article: Article, mentions: list[Mention]) -> list[Fact]:
    """Key facts of one article, best first, each anchored to one body sentence."""
    return []


def link(articles: list[Article], facts_per_article: list[list[Fact]]) -> list[BriefingFact]:
    """Fill ``corroborated_by`` and merge linked facts across the corpus, best first."""
    return []
