"""Helpers shared by the chrome tests: parse a copied page given as lines, read what it kept."""

from __future__ import annotations

from briefing.core.ingest import parse

from .test_ingest import assert_offsets_exact


def parse_lines(lines: list[str], name: str = "page.txt"):
    """The article ingest makes of ``lines`` pasted as a text file; its offsets checked exact."""
    article = parse(name, "\n".join(lines) + "\n", "txt")
    assert_offsets_exact(article)
    return article


def kept_text(article) -> str:
    """The article's kept blocks, one per line."""
    return "\n".join(b.text for b in article.blocks)


def kept_blocks(article) -> list[str]:
    """The article's kept blocks."""
    return [b.text for b in article.blocks]
