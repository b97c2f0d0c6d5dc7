"""Reading article files (.txt, .md, .html) into cleaned ``Article`` objects.

Never raises for a bad file: binary, oversized, unreadable or undecodable
files are skipped with a one-line warning, and the rest of the corpus loads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import char_refs, htmlpage, mojibake, structure, yamlsafe
from .lines import Line, join_wrapped, split_lines
from .model import Article

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
MAX_FRONT_MATTER = 64 * 1024
# front matter keys briefing reads; a list or mapping under one of them is reported
FRONT_MATTER_KEYS = {
    "title",
    "outlet",
    "source",
    "publisher",
    "author",
    "byline",
    "date",
    "published",
    "url",
    "link",
}


class SkipFile(Exception):
    """A file that cannot be read as an article; ``str()`` is the reason."""


@dataclass
class Corpus:
    """Articles read from some paths, and one warning line per file that was skipped."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{2,40})""", re.I)


def _declared_charset(data: bytes) -> str | None:
    """The codec an HTML page declares in its first 4 KB (``<meta charset=...>``), if Python has it."""
    import codecs

    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return None if name in ("utf-8", "utf-16", "utf-32") else name


def decode(data: bytes, html: bool = False) -> tuple[str, str | None]:
    """Decode bytes as UTF-8, else (HTML) the charset the page declares, else as UTF-8 with
    the few bad bytes replaced when the rest is UTF-8, else cp1252, else latin-1; return
    (text, warning or None).

    Newlines are normalised like Python's text mode (``\\r\\n`` and ``\\r`` become ``\\n``),
    so offsets match ``open(path, encoding="utf-8").read()``.
    """
    warning = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        warning = "decoded as UTF-16"
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            declared = _declared_charset(data) if html else None
            if declared:
                text = data.decode(declared, errors="replace")
                if "\r" in text:
                    text = text.replace("\r\n", "\n").replace("\r", "\n")
                return text, None
            text, warning = _mostly_utf8(data) or _single_byte(data)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (text if html else mojibake.repair(char_refs.decode(text))), warning


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few broken bytes (a truncated character, one pasted cp1252 quote): the
    text with U+FFFD for each bad sequence, when good multi-byte characters outnumber the
    bad sequences (cp1252 or latin-1 text almost never forms valid multi-byte UTF-8)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(text) - text.count("\ufffd") - sum(1 for b in data if b < 0x80)
    if good <= bad:
        return None
    return text, f"not valid UTF-8 in {bad} {'place' if bad == 1 else 'places'}, shown as \ufffd"


def _single_byte(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "not valid UTF-8, decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not valid UTF-8, decoded as latin-1"


BINARY_SAMPLE = 8000  # git's buffer_is_binary() looks at the first 8,000 bytes


def looks_binary(data: bytes) -> bool:
    """A NUL byte in the first 8,000 bytes, as git decides (``buffer_is_binary``).

    Two kinds of text hold NULs and are not binary: UTF-16 with a byte-order mark
    (decoded as such), and a stray NUL in otherwise valid UTF-8 text (under 1% of the
    sample; the NUL is stripped before display like any control character).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    sample = data[:BINARY_SAMPLE]
    nuls = sample.count(0)
    if not nuls:
        return False
    if nuls * 100 > len(sample):
        return True
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut by the end of the sample is still UTF-8
        return not (exc.start >= len(sample) - 3 and len(data) > BINARY_SAMPLE)
    return False


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SkipFile(f"cannot read ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise SkipFile(f"larger than the {max_bytes / 1048576:g} MB cap ({size / 1048576:.1f} MB)")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise SkipFile(f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise SkipFile(f"larger than the {max_bytes / 1048576:g} MB cap")
    if looks_binary(data):
        raise SkipFile("binary file (NUL bytes)")
    return data


_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)?(---|\.\.\.)[ \t]*(\n|\Z)", re.S)


def front_matter(content: str, source: str) -> tuple[dict[str, str], int, str | None]:
    """Parse optional YAML front matter: (fields, offset where the body starts, warning)."""
    m = _FRONT.match(content)
    if not m:
        return {}, 0, None
    raw = m.group(1) or ""
    # the caller prefixes warnings with the file's path, so they name "front matter" only
    try:
        data = yamlsafe.loads(raw, "front matter", MAX_FRONT_MATTER)
        data = yamlsafe.expect_mapping(data, "front matter")
    except yamlsafe.YamlError as exc:
        return {}, m.end(), f"{exc}; front matter ignored"
    fields: dict[str, str] = {}
    wrong: list[str] = []
    for key, value in data.items():
        if not isinstance(key, str):
            continue
        if isinstance(value, (str, int, float)) or hasattr(value, "isoformat"):
            fields[key.lower()] = str(value).strip()
        elif key.lower() in FRONT_MATTER_KEYS and value is not None:
            wrong.append(f"'{key}' ({type(value).__name__})")
    warning = None
    if wrong:
        warning = f"front matter: {', '.join(wrong)} must be text; ignored"
    return fields, m.end(), warning


_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+")
_MD_LIST = re.compile(r"^([-*+]|\d{1,3}[.)])[ \t]+")
_MD_QUOTE = re.compile(r"^(>[ \t]?)+")
_MD_RULE = re.compile(r"^([-*_][ \t]*){3,}$")
_MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")


def markdown_lines(content: str, start: int) -> tuple[list[Line], str, set[int], set[int]]:
    """Lines of a Markdown body with block markers (#, >, -, 1.) outside the offsets.

    Returns (lines, first level-1 heading, starts of heading lines, starts of lines that
    carried a block marker and so never join a wrapped paragraph).
    """
    out: list[Line] = []
    marked: set[int] = set()
    h1 = ""
    headings: set[int] = set()
    in_code = False
    for line in split_lines(content, start):
        text = line.text
        if text.startswith("```") or text.startswith("~~~"):
            in_code = not in_code
            continue
        if in_code or _MD_RULE.match(text) or _MD_IMAGE.match(text):
            continue
        skip = 0
        m = _MD_HEADING.match(text)
        if m:
            skip = m.end()
            body = text[skip:].rstrip("# ").rstrip()
            if len(m.group(1)) == 1 and not h1:
                h1 = body
            else:
                headings.add(line.start + skip)
            new_end = line.start + skip + len(body)
        else:
            m = _MD_QUOTE.match(text) or _MD_LIST.match(text)
            if m:
                skip = m.end()
            new_end = line.end
        s = line.start + skip
        if new_end > s:
            out.append(Line(s, new_end, content[s:new_end], line.number))
            if skip:
                marked.add(s)
    return out, h1, headings, marked


def parse(path: str, content: str, fmt: str) -> Article:
    """Build an Article from decoded content of the given format (txt, md or html)."""
    if fmt == "html":
        return _parse_html(path, content)
    meta: dict[str, str] = {}
    warnings: list[str] = []
    if fmt == "md":
        meta, body_start, warning = front_matter(content, path)
        if warning:
            warnings.append(warning)
        lines, h1, heading_starts, marked = markdown_lines(content, body_start)
        lines = join_wrapped(lines, content, keep_apart=marked)
        found = structure.build(lines, known_title=meta.get("title", "") or h1)
        if heading_starts:
            found = structure.as_headings(found, lambda block: block.start in heading_starts)
    else:
        found = structure.build(join_wrapped(split_lines(content), content))
    return Article(
        path=path,
        content=content,
        title=found.title,
        blocks=found.blocks,
        dropped=found.dropped,
        sentences=found.sentences,
        outlet=str(meta.get("outlet") or meta.get("source") or meta.get("publisher") or ""),
        author=str(meta.get("author") or meta.get("byline") or ""),
        date=str(meta.get("date") or meta.get("published") or ""),
        url=str(meta.get("url") or meta.get("link") or ""),
        format=fmt,
        warnings=warnings,
        description=str(meta.get("description") or meta.get("summary") or ""),
        title_derived=found.derived,
    )


def _parse_html(path: str, source: str) -> Article:
    """An HTML page through trafilatura (``htmlpage``); offsets index the extracted text."""
    doc = htmlpage.extract(source)
    content = doc.text
    if doc.blocks:
        found = structure.from_blocks(content, doc.blocks, doc.title)
    else:  # the standard-library fallback gives lines, classified like a text file
        found = structure.build(split_lines(content), known_title=doc.title)
        if doc.headings:
            found = structure.as_headings(
                found, lambda block: block.text in doc.headings and len(block.text.split()) <= 20
            )
    return Article(
        path=path,
        content=content,
        title=found.title,
        blocks=found.blocks,
        dropped=found.dropped,
        sentences=found.sentences,
        outlet=doc.outlet,
        author=doc.author,
        date=doc.date,
        url=doc.url,
        format="html",
        description=doc.description,
        title_derived=found.derived,
    )


def format_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix in MARKDOWN_SUFFIXES:
        return "md"
    if suffix in HTML_SUFFIXES:
        return "html"
    return None


def load_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one file; raise SkipFile with the reason when it cannot be an article."""
    return parse_bytes(path, read_bytes(Path(path), max_bytes))


def parse_bytes(path: str | Path, data: bytes) -> Article:
    """The article in a file's bytes, already read (``load_file`` and the index's workers
    both come here, so an HTML page's declared charset is honoured by both); raise
    SkipFile when they cannot be an article."""
    fmt = format_of(Path(path)) or "txt"
    content, warning = decode(data, html=fmt == "html")
    if not content.strip():
        raise SkipFile("empty file")
    article = parse(str(path), content, fmt)
    if warning:
        article.warnings.insert(0, warning)
    if not article.blocks:
        raise SkipFile("no article text found")
    return article


def iter_files(paths: Iterable[str | Path], warnings: list[str] | None = None) -> list[Path]:
    """Article files under ``paths``: folders recursively (hidden entries skipped, symlinks
    leaving the folder not followed), sorted by path; named files are taken as given."""
    out: list[Path] = []
    for given in paths:
        root = Path(given)
        if root.is_dir():
            out.extend(_walk(root, warnings))
        elif root.exists():
            out.append(root)
        elif warnings is not None:
            warnings.append(f"{root}: no such file or folder")
    seen: set[str] = set()
    unique = []
    for p in out:
        key = str(p)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _walk(root: Path, warnings: list[str] | None) -> list[Path]:
    """Article files under a folder, by the index's own corpus walk (one set of rules:
    hidden entries skipped, symlinks leaving the folder refused, symlinked folders
    followed once), as paths under ``root`` as given."""
    from .index.scan import scan

    listing = scan(root)
    if warnings is not None:
        warnings.extend(listing.warnings)
    return [root / rel for rel in sorted(listing.files)]


def load_paths(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Load every article under ``paths``; a file that fails adds a warning and is skipped."""
    corpus = Corpus()
    for path in iter_files(paths, corpus.warnings):
        try:
            article = load_file(path, max_bytes)
        except SkipFile as exc:
            corpus.warnings.append(f"{path}: {exc}; skipped")
            continue
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the corpus
            corpus.warnings.append(f"{path}: could not be read ({type(exc).__name__}: {exc}); skipped")
            continue
        for w in article.warnings:
            corpus.warnings.append(f"{path}: {w}")
        corpus.articles.append(article)
    return corpus
