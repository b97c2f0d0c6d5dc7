"""Article structure: title, dek, section headings and body paragraphs, then sentences.

The chrome classifier (``briefing.core.chrome``) drops web chrome and finds the
headline (the headline-shaped line before the body) and the dek (a second
headline or standfirst right after it); without a headline the title is derived
from the lede and marked as derived. Headings are short title-case lines without
final punctuation inside the body; everything else is body.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from . import titles
from .chrome.shape import headline_shaped
from .cleaner import chrome_reason, classify, ends_sentence, is_title_case, word_count
from .lines import Line
from .model import Block, Dropped, Sentence
from .sentences import split_spans

MAX_HEADING_WORDS = 14


def _heading_shaped(line: Line) -> bool:
    """A section heading inside the body: short, no sentence end, headline capitals."""
    if not headline_shaped(line.text, MAX_HEADING_WORDS) or line.text.endswith((",", ";", ":")):
        return False
    if ends_sentence(line.text):
        return False
    return is_title_case(line.text) or word_count(line.text) <= 8


class Structure(NamedTuple):
    """What structure finds in an article's lines or blocks."""

    title: str
    blocks: list[Block]
    dropped: list[Dropped]
    sentences: list[Sentence]
    derived: bool  # no headline found: the title is made from the lede


def _derived(blocks: list[Block]) -> str:
    """A title from the lede: the first body paragraph of eight words or more that ends a
    sentence (a short first block is a dateline, a section label or a widget's: "New
    Glasgow, NS", "Last Updated: Monday, 26 November 2007"), else the first; a short question
    opening the text ("Can the city win?") is its headline."""
    body = [b for b in blocks if b.kind == "body"]
    if body and body[0].text.rstrip("\"'”’ ").endswith(("?", "？")) and len(body[0].text.split()) <= 12:
        return titles.derive_title(body[0].text)  # a question on the first line is the headline
    long = [b for b in body if len(b.text.split()) >= 8 and not titles.is_chrome_label(b.text)]
    lede = next((b for b in long if ends_sentence(b.text)), long[0] if long else body[0] if body else None)
    return titles.derive_title(lede.text) if lede else ""


def build(lines: list[Line], known_title: str = "") -> Structure:
    """Turn lines into title, blocks, dropped lines and sentences.

    ``known_title`` is a title taken from metadata (front matter, a Markdown ``#``
    heading): a line equal to it is the title block; else the headline the chrome
    classifier found (the headline-shaped line before the body) is.
    """
    found = classify(lines)
    chrome = found.dropped
    title_at, dek_at = found.title, found.dek
    if known_title:
        same = [i for i, line in enumerate(lines) if line.text.strip() == known_title.strip()]
        if same:
            title_at = same[0]
            chrome.pop(title_at, None)
            dek_at = dek_at if dek_at is not None and dek_at > title_at else None
    dropped = [
        Dropped(line.text, line.start, line.end, chrome[i]) for i, line in enumerate(lines) if i in chrome
    ]
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        if i in chrome:
            continue
        if i == title_at:
            kind = "title"
        elif i == dek_at:
            kind = "dek"
        else:
            kind = "heading" if _heading_shaped(line) else "body"
        blocks.append(Block(kind, line.start, line.end, line.text))
    title = lines[title_at].text if title_at is not None else known_title
    derived = not title
    if derived:
        title = _derived(blocks)
    return Structure(title, blocks, dropped, sentences_of(blocks), derived)


def from_blocks(content: str, parts: list[tuple[str, int, int]], title: str) -> Structure:
    """Blocks an extractor found (kind, start, end in ``content``), minus the chrome it kept:
    lines of a known chrome family ("Advertisement", "Share this article"), never dropped
    for their position (the extractor has chosen the text; measured on the benchmark, the
    whole classifier there loses more body than it removes chrome)."""
    blocks = [Block(kind, s, e, content[s:e]) for kind, s, e in parts]
    if len(blocks) > 1 and blocks[0].kind == "title" and blocks[1].kind == "heading":
        if word_count(blocks[1].text) >= 12 or ends_sentence(blocks[1].text):
            blocks[1].kind = "dek"  # a standfirst the page set as a heading
    cards = _heading_runs(blocks)
    dropped: list[Dropped] = []
    kept: list[Block] = []
    for i, block in enumerate(blocks):
        reason = chrome_reason(block.text) if block.kind != "title" else None
        reason = reason or ("related links" if i in cards else None)
        if reason:
            dropped.append(Dropped(block.text, block.start, block.end, reason))
        else:
            kept.append(block)
    derived = not title
    if derived:
        title = _derived(kept)
    return Structure(title, kept, dropped, sentences_of(kept), derived)


def _heading_runs(blocks: list[Block], least: int = 3) -> set[int]:
    """Headings with no paragraph between them, three or more: a list of teaser cards, which
    trafilatura keeps as headings (an article's sections hold text)."""
    out: set[int] = set()
    run: list[int] = []
    for i, block in enumerate([*blocks, Block("body", 0, 0, "")]):
        if block.kind == "heading":
            run.append(i)
            continue
        if len(run) >= least:
            out.update(run)
        run = []
    return out


def as_headings(found: Structure, is_heading: Callable[[Block], bool]) -> Structure:
    """``found`` with the body blocks ``is_heading`` picks made headings (what the source
    marked so: a Markdown ``##``, an HTML ``<h2>``), and its sentences counted again."""
    for block in found.blocks:
        if block.kind == "body" and is_heading(block):
            block.kind = "heading"
    return found._replace(sentences=sentences_of(found.blocks))


def sentences_of(blocks: list[Block]) -> list[Sentence]:
    """Sentences of every block: title/dek/headings are one sentence each, body is split."""
    out: list[Sentence] = []
    for b_index, block in enumerate(blocks):
        if block.kind == "body":
            # a body block holds a newline only when it is a hard-wrapped paragraph
            # (see lines.join_wrapped): there the newline is just a space
            spans = split_spans(block.text, block.start)
        else:
            spans = [(block.start, block.end)]
        for s, e in spans:
            text = block.text[s - block.start : e - block.start]
            out.append(Sentence(s, e, text, b_index, len(out), block.kind))
    return out
