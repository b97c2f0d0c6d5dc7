"""Extracting an article from a saved HTML page with trafilatura (text, structure, metadata).

trafilatura (the field's reference extractor, pinned in pyproject.toml) finds the
main text and the page's metadata; this module turns its output tree into the
text ``Article.content`` holds for an HTML file: the headline, then one block per
paragraph, heading, list item, table row or quoted paragraph (a table laid out for the page,
whose cells hold paragraphs, gives those paragraphs), separated by blank lines, each with its
whitespace collapsed (a line break in the page's source is a space). Every block's offsets
index that text.

trafilatura is imported here, lazily, on the first HTML page: a one-shot command
on a plain-text corpus never pays its import. When it finds no text (a page
under its thresholds, a fragment), ``htmltext`` (the standard-library extractor)
is the fallback.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from . import story_title, titles
from .outlet import outlet_name

# trafilatura's output elements that are containers of blocks, not blocks themselves
_CONTAINERS = {"div", "section", "quote", "list", "item", "table", "row", "cell", "body"}
_SPACE = re.compile(r"\s+")


@dataclass
class HtmlDoc:
    """The text extracted from a page, its blocks (kind, start, end) and its metadata."""

    text: str
    blocks: list[tuple[str, int, int]] = field(default_factory=list)
    title: str = ""
    title_source: str = ""  # "metadata", "h1", "" (none found)
    outlet: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    description: str = ""
    language: str = ""
    extractor: str = "trafilatura"
    headings: set[str] = field(default_factory=set)  # the fallback's <h2>-<h6> texts


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _segments(el: Any) -> list[str]:
    """The text of an element as segments split at its line breaks (``<lb/>``)."""
    out: list[str] = [""]

    def walk(node: Any) -> None:
        if node.text:
            out[-1] += node.text
        for child in node:
            if child.tag == "lb":
                out.append("")
            elif child.tag != "graphic":
                walk(child)
            if child.tail:
                out[-1] += child.tail

    walk(el)
    return [s for s in (_clean(seg) for seg in out) if s]


def _has_blocks(el: Any) -> bool:
    return any(child.tag in ("p", "head", "list", "table", "quote", "code", "item", "row") for child in el)


def _row_text(row: Any) -> str:
    cells = [" ".join(_segments(cell)) for cell in row if cell.tag == "cell"]
    return " | ".join(c for c in cells if c) if cells else " ".join(_segments(row))


def _body_blocks(body: Any) -> list[tuple[str, str]]:
    """(kind, text) of each block of trafilatura's body tree, in reading order."""
    out: list[tuple[str, str]] = []

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag
            if tag == "graphic":
                continue
            if tag == "head":
                text = " ".join(_segments(child))
                if text:
                    out.append(("heading", text))
            elif tag == "row" and any(_has_blocks(cell) for cell in child):
                walk(child)  # a layout table: its cells hold paragraphs, each a block of its own
            elif tag == "row":
                text = _row_text(child)
                if text:
                    out.append(("body", text))
            elif tag in _CONTAINERS and _has_blocks(child):
                lead = _clean(child.text or "")
                if lead:
                    out.append(("body", lead))
                walk(child)
            else:
                out.extend(("body", seg) for seg in _segments(child))
            tail = _clean(child.tail or "")
            if tail:
                out.append(("body", tail))

    walk(body)
    return out


_TRAFILATURA: Any = None


def _trafilatura() -> Any:
    global _TRAFILATURA
    if _TRAFILATURA is None:
        import trafilatura

        _TRAFILATURA = trafilatura
    return _TRAFILATURA


def trafilatura_version() -> str:
    """The installed trafilatura's version (part of the analysis fingerprint)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("trafilatura")
    except PackageNotFoundError:
        return "missing"


# fast: no second opinion from readability/jusText (about twice as fast, and on the benchmark
# as good); favor_recall keeps short paragraphs next to the text; comments are not the article
OPTIONS: dict[str, Any] = {
    # trafilatura's fallbacks on (readability, jusText): older and smaller sites' pages, where
    # its own pass takes a menu or a sidebar for the story, gain most (L3S-GN1 0.809 -> 0.837
    # dev half, 0.841 -> 0.862 test half; its own evaluation pages 0.918 -> 0.921), at about
    # 1.5 ms a page more and 0.003 less on the extraction benchmark (0.958 -> 0.955)
    "fast": False,
    "favor_recall": True,
    "with_metadata": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
}


def _extract_tree(source: str) -> Any:
    try:
        return _trafilatura().bare_extraction(source, **OPTIONS)
    except Exception:  # noqa: BLE001 - a page trafilatura cannot parse falls back, never fails a corpus
        return None


_PARTICLES = {
    "de",
    "van",
    "von",
    "da",
    "der",
    "den",
    "du",
    "la",
    "le",
    "bin",
    "al",
    "y",
    "and",
    "&",
    "dos",
    "del",
}


def _names(author: str) -> str:
    """Only what reads as people's names ("Jane Doe; John Roe"): an author found in a bio
    sentence ("Tom Ashby has covered football...") is no byline."""
    names = []
    for part in re.split(r"\s*[;,|]\s*|\s+and\s+", author):
        words = part.split()
        if 1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
            names.append(part.strip())
    return "; ".join(names)


def assemble(title: str, parts: list[tuple[str, str]]) -> tuple[str, list[tuple[str, int, int]]]:
    """Text of the title and blocks joined by blank lines, and each block's (kind, start, end)."""
    pieces: list[str] = []
    blocks: list[tuple[str, int, int]] = []
    pos = 0
    for kind, text in ([("title", title)] if title else []) + parts:
        if pieces:
            pieces.append("\n\n")
            pos += 2
        pieces.append(text)
        blocks.append((kind, pos, pos + len(text)))
        pos += len(text)
    return "".join(pieces), blocks


def extract(source: str) -> HtmlDoc:
    """The article of an HTML page: its text, blocks and metadata (fallback: ``htmltext``)."""
    doc = _extract_tree(source)
    parts = _body_blocks(doc.body) if doc is not None and doc.body is not None else []
    if not parts:
        return _fallback(source)
    meta = titles.html_meta(source)
    site = doc.sitename or meta.get("og:site_name", "")
    title, title_source = titles.html_title(
        doc.title or "", meta, site, [t for k, t in parts if k == "heading"]
    )
    title, title_source = _title_of_the_story(title, title_source, meta, parts, source)
    # trafilatura keeps the page's <h1> as a heading: the headline is the title block
    repeated = [i for i, (_, text) in enumerate(parts[:3]) if titles.same_title(text, title)]
    if repeated:
        del parts[repeated[0]]
    text, blocks = assemble(title, parts)
    out = HtmlDoc(
        text=text,
        blocks=blocks,
        title=title,
        title_source=title_source,
        outlet=outlet_name(site or "", title),
        author=_names(doc.author or ""),
        date=doc.date or "",
        url=doc.url or meta.get("canonical", "") or "",
        description=doc.description or "",
        language=doc.language or "",
    )
    return out


def _title_of_the_story(
    title: str, title_source: str, meta: dict[str, str], parts: list[tuple[str, str]], source: str
) -> tuple[str, str]:
    """The stated title checked against the story (``story_title``): trimmed of the site's
    parts, or the page's <h1>, heading or short first line that fits the story better, or
    "" (the lede gives a title, marked as derived)."""
    lede = next(
        (
            i
            for i, (k, t) in enumerate(parts)
            if k == "body" and len(t.split()) >= 8 and not titles.is_chrome_label(t)
        ),
        None,
    )
    if lede is None:
        return title, title_source
    body = "\n".join(t for k, t in parts[lede:] if k == "body")
    # what the page shows above its story: its <h1>s, then headings and short lines before the
    # lede that do not read as a sentence (a section's headings share the story's words too),
    # then the page's first <h2>/<h3>s (older sites set the headline as one)
    shown = [h for h in meta.get("h1", "").split("\t") if h]
    shown += [t for _, t in parts[:lede] if len(t.split()) <= 20 and not t.rstrip().endswith((".", "!", "?"))]
    chosen, from_page = story_title.choose(title, itertools.chain(shown, titles.subheadings(source)), body)
    if chosen == title:
        return title, title_source
    return chosen, ("h1" if from_page else "metadata") if chosen else ""


def _fallback(source: str) -> HtmlDoc:
    from . import htmltext

    old = htmltext.extract(source)
    meta = titles.html_meta(source)
    title, title_source = titles.html_title(old.title, meta, old.outlet, sorted(old.headings))
    return HtmlDoc(
        text=old.text,
        title=title,
        title_source=title_source,
        outlet=outlet_name(old.outlet, title),
        author=old.author,
        date=old.date,
        url=old.url,
        description=meta.get("og:description", "") or meta.get("description", ""),
        extractor="htmltext",
        headings=old.headings,
    )
