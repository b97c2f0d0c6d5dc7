"""Extracting an article's text and metadata from a saved HTML page (standard library only).

The text comes from the page's ``<article>`` (else ``<main>``, else ``<body>``),
one line per block element; script/style/nav/header/footer/aside/form and
figure captions are dropped. For an HTML file, ``Article.content`` is this
extracted text and every offset indexes it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIP = {
    "script",
    "style",
    "nav",
    "aside",
    "form",
    "noscript",
    "svg",
    "button",
    "select",
    "iframe",
    "template",
    "figcaption",
    "canvas",
    "object",
    "embed",
    "dialog",
    "menu",
    "textarea",
    "video",
    "audio",
    "picture",
    "head",
}
_OUTER_ONLY = {"header", "footer"}  # dropped unless inside the article itself
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "dd",
    "dt",
    "dl",
    "hr",
    "header",
    "footer",
    "figure",
    "address",
    "summary",
    "details",
}
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "track"}


@dataclass
class HtmlDoc:
    text: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    h1: str = ""
    headings: set[str] = field(default_factory=set)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.skip_depth = 0
        self.scopes: dict[str, list[list[str]]] = {"article": [], "main": [], "body": []}
        self.current: dict[str, list[str] | None] = {"article": None, "main": None, "body": None}
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title_parts: list[str] = []
        self.in_h1 = False
        self.h1_parts: list[str] = []
        self.heading_parts: list[str] | None = None
        self.headings: set[str] = set()
        self.body_seen = False

    def _inside(self, tag: str) -> bool:
        return tag in self.stack

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower():
            self.meta.setdefault("canonical", a.get("href", ""))
            return
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._text("\n")
            return
        self.stack.append(tag)
        if (
            self.skip_depth
            or tag in _SKIP
            or (tag in _OUTER_ONLY and not (self._inside("article") or self._inside("main")))
        ):
            self.skip_depth += 1
            return
        if tag == "title" and not self.body_seen:
            self.in_title = True
        if tag == "body":
            self.body_seen = True
        for scope in ("article", "main", "body"):
            if tag == scope and self.current[scope] is None:
                self.current[scope] = []
        if tag == "h1":
            self.in_h1 = True
        if tag in _HEADINGS:
            self.heading_parts = []
        if tag in _BLOCK:
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _VOID or tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if self.skip_depth:
                self.skip_depth -= 1
                if top == tag:
                    return
                continue
            self._close(top)
            if top == tag:
                return

    def _close(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag in _HEADINGS and self.heading_parts is not None:
            text = " ".join("".join(self.heading_parts).split())
            if text:
                self.headings.add(text)
            self.heading_parts = None
        if tag in _BLOCK:
            self._text("\n")
        for scope in ("article", "main", "body"):
            parts = self.current[scope]
            if tag == scope and parts is not None:
                self.scopes[scope].append(parts)
                self.current[scope] = None

    def _text(self, data: str) -> None:
        for scope in ("article", "main", "body"):
            parts = self.current[scope]
            if parts is not None:
                parts.append(data)

    def handle_data(self, data: str) -> None:
        if self.in_title and not self.skip_depth:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1_parts.append(data)
        if self.heading_parts is not None:
            self.heading_parts.append(data)
        if not self.body_seen and not self.stack:
            return
        self._text(data)

    def close_all(self) -> None:
        while self.stack:
            top = self.stack.pop()
            if self.skip_depth:
                self.skip_depth -= 1
                continue
            self._close(top)
        for scope in ("article", "main", "body"):
            parts = self.current[scope]
            if parts is not None:
                self.scopes[scope].append(parts)
                self.current[scope] = None


def _lines(parts: list[str]) -> str:
    raw = "".join(parts)
    out = []
    for line in raw.split("\n"):
        line = re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip()
        if line:
            out.append(line)
    return "\n\n".join(out)


def extract(source: str) -> HtmlDoc:
    """Parse HTML text into the article's text (paragraphs separated by blank lines) and metadata."""
    parser = _Extractor()
    try:
        parser.feed(source)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; never fail a corpus on one page
        pass
    parser.close_all()
    text = ""
    for scope in ("article", "main", "body"):
        candidates = [_lines(p) for p in parser.scopes[scope]]
        candidates = [c for c in candidates if c]
        if candidates:
            text = max(candidates, key=len)
            break
    if not text and not parser.body_seen:
        text = _lines([source]) if "<" not in source else ""
    meta = parser.meta
    title = (meta.get("og:title") or " ".join("".join(parser.title_parts).split())).strip()
    h1 = " ".join("".join(parser.h1_parts).split())
    return HtmlDoc(
        text=html.unescape(text) if "&" in text else text,
        title=h1 or title,
        outlet=meta.get("og:site_name", "") or meta.get("application-name", ""),
        author=meta.get("author", "") or meta.get("article:author", ""),
        date=meta.get("article:published_time", "") or meta.get("date", "") or meta.get("time", ""),
        url=meta.get("canonical", "") or meta.get("og:url", ""),
        h1=h1,
        headings=parser.headings,
    )
