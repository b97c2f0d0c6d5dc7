"""Named-entity extraction (rule-based). Placeholder until the extractor lands."""
from __future__ import annotations

from ..model import Article, Mention


def extract(article: Article) -> list[Mention]:
    """Every entity mention in the article's title, headings and body, with source offsets."""
    return []
