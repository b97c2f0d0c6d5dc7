"""Turning an analysed article (Article, mentions, facts) into JSON-ready data and back.

Texts that are exactly ``content[start:end]`` are not repeated, which keeps the
stored analysis about as large as the article itself. JSON (never pickle): a
shared index may have been written by another user.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from ..model import Article, Block, BriefingFact, Difference, Dropped, Fact, Mention, Sentence, SourceRef

# JSON arrays of mixed types, as stored (json gives lists back); a text is None when it is
# exactly content[start:end]
StoredRef = list[Any]
"""A cited sentence: ``[path, sentence, start, end]`` and its article's outlet when known
(a dict with those keys in older data)."""


class StoredFact(TypedDict, total=False):
    """One fact as ``encode_fact`` writes it (``path`` and ``corroborated_by`` with links)."""

    text: Required[str]
    sentence: Required[str]
    start: Required[int]
    end: Required[int]
    kind: str
    score: float
    sentence_index: int
    span: list[int]
    path: str
    outlet: str
    corroborated_by: list[StoredRef]


class StoredArticle(TypedDict, total=False):
    """One analysed article as ``encode_article`` writes it (``objects/KEY.json.z``)."""

    content: Required[str]
    title: str
    outlet: str
    author: str
    date: str
    url: str
    format: str
    warnings: list[str]
    description: str
    title_derived: bool
    blocks: list[list[Any]]  # [kind, start, end, text]
    dropped: list[list[Any]]  # [start, end, reason, text]
    sentences: list[list[Any]]  # [start, end, block, index, kind, text]
    mentions: list[list[Any]]  # [type, canonical, start, end, text]
    facts: list[StoredFact]
    story: dict[str, Any]  # the story signature (stories.signature)


class StoredDifference(TypedDict):
    kind: str
    detail: str
    a: StoredRef
    b: StoredRef


class StoredBriefing(TypedDict, total=False):
    """One briefing-wide fact as ``encode_briefing`` writes it."""

    fact: Required[StoredFact]
    score: float
    sources: list[StoredRef]
    differences: list[StoredDifference]


def _text_or_none(content: str, start: int, end: int, text: str) -> str | None:
    return None if content[start:end] == text else text


def _text(content: str, start: int, end: int, text: str | None) -> str:
    return content[start:end] if text is None else text


def encode_article(article: Article, mentions: list[Mention], facts: list[Fact]) -> StoredArticle:
    c = article.content
    return {
        "content": c,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "date": article.date,
        "url": article.url,
        "format": article.format,
        "warnings": list(article.warnings),
        "description": article.description,
        "title_derived": article.title_derived,
        "blocks": [
            [b.kind, b.start, b.end, _text_or_none(c, b.start, b.end, b.text)] for b in article.blocks
        ],
        "dropped": [
            [d.start, d.end, d.reason, _text_or_none(c, d.start, d.end, d.text)] for d in article.dropped
        ],
        "sentences": [
            [s.start, s.end, s.block, s.index, s.kind, _text_or_none(c, s.start, s.end, s.text)]
            for s in article.sentences
        ],
        "mentions": [
            [m.type, m.canonical, m.start, m.end, _text_or_none(c, m.start, m.end, m.text)] for m in mentions
        ],
        "facts": [encode_fact(f, with_links=False) for f in facts],
        "story": _signature(article, mentions),
    }


def _signature(article: Article, mentions: list[Mention]) -> dict[str, Any]:
    from ..stories.signature import signature

    return signature(article, mentions)


def decode_article(
    data: StoredArticle, path: str, mentions: bool = True
) -> tuple[Article, list[Mention], list[Fact]]:
    """The article, its mentions (empty with ``mentions=False``) and its facts."""
    c = data["content"]
    article = Article(
        path=path,
        content=c,
        title=data.get("title", ""),
        blocks=[Block(k, s, e, _text(c, s, e, t)) for k, s, e, t in data.get("blocks", [])],
        dropped=[Dropped(_text(c, s, e, t), s, e, r) for s, e, r, t in data.get("dropped", [])],
        sentences=[
            Sentence(s, e, _text(c, s, e, t), b, i, k) for s, e, b, i, k, t in data.get("sentences", [])
        ],
        outlet=data.get("outlet", ""),
        author=data.get("author", ""),
        date=data.get("date", ""),
        url=data.get("url", ""),
        format=data.get("format", "txt"),
        warnings=list(data.get("warnings", [])),
        description=data.get("description", ""),
        title_derived=bool(data.get("title_derived", False)),
    )
    found = (
        [Mention(_text(c, s, e, t), ty, can, s, e) for ty, can, s, e, t in data.get("mentions", [])]
        if mentions
        else []
    )
    facts = [decode_fact(f, path, article.outlet) for f in data.get("facts", [])]
    return article, found, facts


def encode_ref(ref: SourceRef) -> StoredRef:
    if ref.outlet:
        return [ref.path, ref.sentence, ref.start, ref.end, ref.outlet]
    return [ref.path, ref.sentence, ref.start, ref.end]


def decode_ref(data: StoredRef | Mapping[str, Any]) -> SourceRef:
    if isinstance(data, dict):
        return SourceRef(data["path"], data["sentence"], data["start"], data["end"], data.get("outlet", ""))
    return SourceRef(*data)


def encode_fact(fact: Fact, with_links: bool = True) -> StoredFact:
    out: StoredFact = {
        "text": fact.text,
        "sentence": fact.sentence,
        "start": fact.start,
        "end": fact.end,
        "kind": fact.kind,
        "score": fact.score,
        "sentence_index": fact.sentence_index,
        "span": list(fact.span),
    }
    if with_links:
        out["path"] = fact.path
        if fact.outlet:
            out["outlet"] = fact.outlet
        out["corroborated_by"] = [encode_ref(r) for r in fact.corroborated_by]
    return out


def decode_fact(data: StoredFact, path: str | None = None, outlet: str | None = None) -> Fact:
    return Fact(
        text=data["text"],
        sentence=data["sentence"],
        start=data["start"],
        end=data["end"],
        kind=data.get("kind", ""),
        score=float(data.get("score", 0.0)),
        path=path if path is not None else data.get("path", ""),
        sentence_index=data.get("sentence_index", 0),
        span=_span(data.get("span", [0, 0])),
        corroborated_by=[decode_ref(r) for r in data.get("corroborated_by", [])],
        outlet=outlet if outlet is not None else data.get("outlet", ""),
    )


def _span(value: list[int]) -> tuple[int, int]:
    start, end = value
    return (start, end)


def encode_briefing(item: BriefingFact) -> StoredBriefing:
    return {
        "fact": encode_fact(item.fact),
        "score": item.score,
        "sources": [encode_ref(r) for r in item.sources],
        "differences": [
            {"kind": d.kind, "detail": d.detail, "a": encode_ref(d.a), "b": encode_ref(d.b)}
            for d in item.differences
        ],
    }


def decode_briefing(data: StoredBriefing) -> BriefingFact:
    return BriefingFact(
        fact=decode_fact(data["fact"]),
        sources=[decode_ref(r) for r in data.get("sources", [])],
        differences=[
            Difference(d["kind"], d["detail"], decode_ref(d["a"]), decode_ref(d["b"]))
            for d in data.get("differences", [])
        ],
        score=float(data.get("score", 0.0)),
    )
