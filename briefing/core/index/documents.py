"""Reading one changed file into an analysed article, and the Whoosh document made from it."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .. import analysis, ingest
from ..model import Article, Fact, Mention
from .schema import ENTITY_SEPARATOR

if TYPE_CHECKING:
    from .codec import StoredArticle


def content_key(fmt: str, data: bytes) -> str:
    """The analysis cache key: the file format and its bytes (a rename keeps it)."""
    digest = hashlib.sha1(fmt.encode() + b"\0")
    digest.update(data)
    return digest.hexdigest()


def parse_bytes(path: str, data: bytes) -> Article:
    """Like ``ingest.load_file`` for bytes already read; raises ``ingest.SkipFile``."""
    return ingest.parse_bytes(path, data)


def analyse(article: Article) -> tuple[list[Mention], list[Fact]]:
    mentions = analysis.entities(article)
    facts = analysis.facts(article, mentions)
    for fact in facts:
        fact.path = article.path
    return mentions, facts


_DATE_FORMATS = (
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y/%m/%d",
    "%m/%d/%Y",
    "%a, %d %b %Y %H:%M:%S %z",
    "%a, %d %b %Y %H:%M:%S %Z",
    "%B %Y",
)


def parse_date(text: str) -> datetime | None:
    """A datetime for the common ways articles state their date, else None."""
    text = (text or "").strip()
    if not text:
        return None
    value = _read_date(text)
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _read_date(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    cleaned = re.sub(r"\s+", " ", text)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None
    try:
        return datetime(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def cleaned_text(article: Article) -> str:
    """The text that is searched: title, dek, headings and paragraphs, without web chrome."""
    return "\n".join(block.text for block in article.blocks)


def entity_text(mentions: list[Mention]) -> str:
    names: dict[str, None] = {}
    for m in mentions:
        for name in (m.canonical, m.text):
            name = " ".join(name.split())
            if name:
                names.setdefault(name, None)
    return ENTITY_SEPARATOR.join(names)


def storable(text: str) -> str:
    """``text`` as valid Unicode: bytes of a non-UTF-8 file name (lone surrogates) as ``\\xNN``.

    Whoosh encodes terms as strict UTF-8; the real path comes from the manifest by id.
    """
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def whoosh_document(
    aid: str, rel: str, key: str, article: Article, mentions: list[Mention]
) -> dict[str, Any]:
    """The fields of the article's Whoosh document (``schema.build_schema``)."""
    doc: dict[str, Any] = {
        "id": aid,
        "path": storable(rel),
        "hash": key,
        "title": article.title or "",
        "outlet": article.outlet or "",
        "date_text": article.date or "",
        "content": cleaned_text(article),
        "entity": entity_text(mentions),
    }
    date = parse_date(article.date)
    if date is not None:
        doc["date"] = date
    return doc


def digest(
    article: Article, mentions: list[Mention], facts: list[Fact], encoded: StoredArticle
) -> dict[str, Any]:
    """What the updater needs of an analysed article, small enough to send between processes:
    its Whoosh fields (without id, path and content key), its summary, its entity rows, its
    story signature and its warnings (the full analysis is in its stored object)."""
    from ..facts.extract import most_shown
    from .entity_totals import rows_of

    doc = whoosh_document("", "", "", article, mentions)
    for name in ("id", "path", "hash"):
        doc.pop(name, None)
    return {
        "doc": doc,
        "summary": {
            "title": article.title,
            "outlet": article.outlet,
            "date": article.date,
            "entities": len({(m.canonical, m.type) for m in mentions}),
            "facts": min(len(facts), most_shown(article)),  # what may be shown, not the candidates
            "sentences": len(article.sentences),
        },
        "rows": rows_of(encoded),
        "story": encoded.get("story") or {},
        "warnings": list(article.warnings),
    }
