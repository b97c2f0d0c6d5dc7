"""Article structure: title, dek, section headings and body paragraphs, then sentences.

Works on the lines that survive boilerplate removal. The title is the
headline-shaped first line (otherwise it is derived from the lede), a dek is a
second headline-shaped line right after it, headings are short title-case
lines without final punctuation inside the body, everything else is body.
"""

from __future__ import annotations

from .cleaner import ends_sentence, find_chrome, is_title_case
from .lines import Line
from .model import Block, Dropped, Sentence
from .sentences import split_spans

MAX_TITLE_WORDS = 30
MAX_HEADING_WORDS = 14


def _headline_shaped(line: Line, max_words: int = MAX_TITLE_WORDS) -> bool:
    words = line.words
    if not words or len(words) > max_words:
        return False
    text = line.text.rstrip("\"'”’ ")
    if text.endswith("?") or text.endswith("!"):
        return is_title_case(line.text)
    return not ends_sentence(line.text)


def _heading_shaped(line: Line) -> bool:
    if not _headline_shaped(line, MAX_HEADING_WORDS) or line.text.endswith((",", ";")):
        return False
    return is_title_case(line.text) or len(line.words) <= 8


def derive_title(text: str, limit: int = 90) -> str:
    """A title made from the lede: its first sentence, cut at a word boundary."""
    spans = split_spans(text)
    first = text[spans[0][0] : spans[0][1]] if spans else text
    first = first.rstrip(".")
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


def build(
    lines: list[Line], title_hint: str = "", known_title: str = ""
) -> tuple[str, list[Block], list[Dropped], list[Sentence]]:
    """Turn lines into (title, blocks, dropped, sentences).

    ``known_title`` is a title taken from metadata (front matter, HTML <title>):
    a first line equal to it becomes the title block.
    """
    chrome = find_chrome(lines)
    dropped = [
        Dropped(line.text, line.start, line.end, chrome[i]) for i, line in enumerate(lines) if i in chrome
    ]
    kept = [line for i, line in enumerate(lines) if i not in chrome]
    blocks: list[Block] = []
    title = ""
    i = 0
    if kept and (_headline_shaped(kept[0]) or (known_title and kept[0].text.strip() == known_title.strip())):
        blocks.append(Block("title", kept[0].start, kept[0].end, kept[0].text))
        title = kept[0].text
        i = 1
        if (
            i < len(kept)
            and _headline_shaped(kept[i])
            and len(kept) > i + 1
            and not _is_heading_before_body(kept, i)
        ):
            blocks.append(Block("dek", kept[i].start, kept[i].end, kept[i].text))
            i += 1
    for line in kept[i:]:
        kind = "heading" if _heading_shaped(line) else "body"
        blocks.append(Block(kind, line.start, line.end, line.text))
    if not title:
        title = known_title or title_hint
    if not title:
        lede = next((b for b in blocks if b.kind == "body"), None)
        title = derive_title(lede.text) if lede else ""
    return title, blocks, dropped, sentences_of(blocks)


def _is_heading_before_body(kept: list[Line], i: int) -> bool:
    """A line right after the title that is a section heading, not a dek.

    A dek is usually long (a sentence-length standfirst); a short title-case line
    directly followed by body is taken as a dek only when it is long enough.
    """
    return len(kept[i].words) <= 4


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
