"""Corpus-wide entity summary: one row per (canonical name, type) with mention and article counts."""

from __future__ import annotations

from ..model import Article, EntitySummary, Mention


def summarise(
    per_article: list[tuple[Article, list[Mention]]], relative_dates: bool = False
) -> list[EntitySummary]:
    """Rows sorted by mentions (most first), then name; aliases are already merged by canonical.

    Relative dates ("this week") are left out unless ``relative_dates``.
    """
    from .dates import listed

    counts: dict[tuple[str, str], int] = {}
    seen: dict[tuple[str, str], set[str]] = {}
    for article, mentions in per_article:
        for m in mentions:
            key = (m.canonical, m.type)
            counts[key] = counts.get(key, 0) + 1
            seen.setdefault(key, set()).add(article.path)
    rows = [
        EntitySummary(c, t, n, len(seen[(c, t)]))
        for (c, t), n in counts.items()
        if listed(t, c, relative_dates)
    ]
    rows.sort(key=lambda r: (-r.mentions, r.canonical.casefold(), r.type))
    return rows
