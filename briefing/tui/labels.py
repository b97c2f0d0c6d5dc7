"""Short texts the reader shows or copies: citations and one-line labels, all terminal-safe."""

from __future__ import annotations

from ..core.model import Article, ArticleSummary
from ..core.plural import counted
from ..core.sanitize import one_line


def citation(sentence: str, article: Article | ArticleSummary, start: int | None = None) -> str:
    """A quoted sentence with where it comes from, for the clipboard: outlet, title, date, then
    the file and the sentence's number in it (as ``briefing export`` cites, counted from 1)."""
    source = ", ".join(one_line(p) for p in (article.outlet, article.title, article.date) if p)
    where = one_line(article.path)
    number = sentence_number(article, start) if start is not None else None
    if number is not None:
        where += f", sentence {number}"
    return f"\u201c{one_line(sentence)}\u201d \u2014 {source} ({where})"


def sentence_number(article: Article | ArticleSummary, offset: int) -> int | None:
    """The number (from 1) of the sentence holding source ``offset``, None when unknown."""
    for sentence in getattr(article, "sentences", ()):
        if sentence.start <= offset < sentence.end:
            return sentence.index + 1
    return None


def summary_meta(summary: ArticleSummary) -> str:
    parts = [p for p in (summary.outlet, summary.date) if p]
    parts.append(f"{summary.entities} ent")
    parts.append(counted(summary.facts, "fact"))
    return one_line(" · ".join(parts))
