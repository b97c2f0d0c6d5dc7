"""The analysis run on every article at index time: entities, then facts, then cross-source links.

Kept as three small calls so the index, the in-memory library and the tests
all run exactly the same pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Article, BriefingFact, Fact, Mention

if TYPE_CHECKING:
    from .facts.linking import StoryLinks


def entities(article: Article) -> list[Mention]:
    from .entities import extract

    return extract(article)


def facts(article: Article, mentions: list[Mention]) -> list[Fact]:
    """The article's candidate key facts, best first (beyond the share it may show: linking
    reads them all, and ``facts.ranking.shown`` chooses what is shown)."""
    from .facts import extract

    return extract(article, mentions, share=1.0)


def link_story(articles: list[Article], facts_per_article: list[list[Fact]]) -> StoryLinks:
    """Link the facts of the articles of one story (``facts.linking.StoryLinks``)."""
    from .facts.linking import link_story as link_one

    return link_one(articles, facts_per_article)


def link(articles: list[Article], facts_per_article: list[list[Fact]]) -> list[BriefingFact]:
    """Fill ``corroborated_by`` on every fact and return the briefing-wide merged facts."""
    from .facts import link as link_facts

    return link_facts(articles, facts_per_article)
