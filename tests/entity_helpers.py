"""Helpers shared by the entity tests: extract a fixture's mentions and read their types."""

from __future__ import annotations

from briefing.core.entities import extract
from briefing.core.ingest import parse


def types_by_text(text: str) -> dict[str, set[str]]:
    """Every mention's text with the types it was given anywhere in ``text`` (parsed whole)."""
    out: dict[str, set[str]] = {}
    for m in extract(parse("t.txt", text, "txt")):
        out.setdefault(m.text, set()).add(m.type)
    return out


def typed_pairs(text: str, headline: str = "A headline") -> set[tuple[str, str]]:
    """(text, type) of each mention of ``text`` as a body under ``headline``; every mention's
    offsets checked against the article's content."""
    article = parse("t.txt", headline + "\n\n" + text + "\n", "txt")
    mentions = extract(article)
    for m in mentions:
        assert article.content[m.start : m.end] == m.text
    return {(m.text, m.type) for m in mentions}


def whole_pairs(text: str) -> set[tuple[str, str]]:
    """(text, type) of each mention of ``text`` parsed whole (its first line its headline)."""
    return {(m.text, m.type) for m in extract(parse("t.txt", text, "txt"))}
