"""Short texts the reader shows or copies: citations and one-line labels, all terminal-safe."""

from __future__ import annotations

from ..core.model import Article, ArticleSummary
from ..core.sanitize import one_line


def citation(sentence: str, article: Article | ArticleSummary) -> str:
    """A quoted sentence with where it comes from, for the clipboard."""
    source = ", ".join(one_line(p) for p in (article.outlet, article.title, article.date) if p)
    return f"\u201c{one_line(sentence)}\u201d \u2014 {source} ({one_line(article.path)})"


def summary_meta(summary: ArticleSummary) -> str:
    parts = [p for p in (summary.outlet, summary.date) if p]
    parts.append(f"{summary.entities} ent")
    parts.append(f"{summary.facts} facts")
    return one_line(" · ".join(parts))
