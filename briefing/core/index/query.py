"""Parsing a user's query into a Whoosh query, refusing anything malformed with one line.

Syntax: words (stemmed, all must match), AND/OR/NOT, "phrases", wildcards
(``tarif*``), fuzzy ``term~`` / ``term~2``, fields ``title:`` ``outlet:``
``entity:`` ``path:`` and ``date:`` (``date:2025``, ``date:[2025-01-01 to 2025-03-31]``).
Checks run before Whoosh sees the text, so every error is quick and specific.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING

from ..cjk import has_cjk
from ..errors import QueryError

if TYPE_CHECKING:
    from whoosh.fields import Schema
    from whoosh.qparser import QueryParser
    from whoosh.query import Query
    from whoosh.reading import IndexReader

MAX_QUERY_CHARS = 1000
MAX_CLAUSES = 64
USER_FIELDS = ("title", "outlet", "entity", "date", "path", "content")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
_UNDECODABLE = re.compile("[\ud800-\udfff]")  # bytes that were not UTF-8 (argv, surrogateescape)
_FIELD = re.compile(r"(?<![\w\\])([A-Za-z_][\w-]*):")
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}


def _outside_quotes(text: str) -> str:
    """The query with quoted phrases blanked out (same length)."""
    return re.sub(r'"[^"]*"', lambda m: " " * len(m.group(0)), text)


def check(text: str) -> str:
    """The query stripped, or QueryError naming the problem."""
    if _CONTROL.search(text):
        raise QueryError("query contains control characters; type plain text")
    if _UNDECODABLE.search(text):
        raise QueryError("query is not valid UTF-8 text; type plain text")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query is {len(text)} characters long; the limit is {MAX_QUERY_CHARS}")
    text = text.strip()
    if not text:
        raise QueryError('empty query; type a word or a "phrase"')
    if text.count('"') % 2:
        raise QueryError('unbalanced quote in query; close the "phrase"')
    bare = _outside_quotes(text)
    depth = 0
    for ch in bare:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            raise QueryError("unbalanced ')' in query; remove it or add '('")
    if depth:
        raise QueryError("unbalanced '(' in query; close it with ')'")
    if bare.count("[") != bare.count("]"):
        raise QueryError("unbalanced '[' in query; date ranges look like date:[2024 to 2025]")
    for m in _FIELD.finditer(bare):
        if m.group(1) not in USER_FIELDS:
            raise QueryError(
                f"unknown field '{m.group(1)}:' in query; fields are {', '.join(USER_FIELDS[:-1])}"
            )
    words = re.findall(r'"[^"]*"|[^\s()]+', text)
    plain = [w for w in words if not w.startswith('"')]
    if not any(re.search(r"\w", w) for w in words if w not in _OPERATORS):
        raise QueryError(f'query {text!r} has nothing to search for; type a word or a "phrase"')
    for w in plain:
        value = w.split(":", 1)[1] if _FIELD.match(w) else w
        if "*" in value or "?" in value:
            if len(re.sub(r"[*?]", "", value)) < 2:
                raise QueryError(f"wildcard '{w}' is too broad; give at least two letters, e.g. tarif*")
        fuzzy = re.search(r"~(\d+)?$", value)
        if fuzzy and fuzzy.group(1) and int(fuzzy.group(1)) > 2:
            raise QueryError(f"fuzzy '{w}' allows at most 2 edits; use ~1 or ~2")
    tokens = [w for w in words]
    ops = [i for i, w in enumerate(tokens) if w in _OPERATORS]
    for i in ops:
        if tokens[i] != "NOT" and (i == 0 or i == len(tokens) - 1):
            raise QueryError(f"'{tokens[i]}' needs a term on both sides")
        if tokens[i] == "NOT" and i == len(tokens) - 1:
            raise QueryError("'NOT' needs a term after it")
        if i + 1 < len(tokens) and tokens[i + 1] in _OPERATORS - {"NOT"}:
            raise QueryError(f"'{tokens[i]} {tokens[i + 1]}': two operators in a row")
    if len(words) > MAX_CLAUSES:
        raise QueryError(f"query has {len(words)} terms; the limit is {MAX_CLAUSES}")
    return text


_WORD = re.compile(r"\w+")


def _cjk_phrases(text: str) -> str:
    """Each word with CJK characters outside quotes as a phrase (``東京都`` -> ``"東京都"``): the
    index holds its pairs of characters (``core.cjk``), which must follow one another, not
    merely all be in the article. A wildcard or fuzzy word is left as it is."""
    if text.isascii() or not has_cjk(text):
        return text
    bare = _outside_quotes(text)
    out, last = [], 0
    for m in _WORD.finditer(bare):
        word = m.group(0)
        after = bare[m.end() : m.end() + 1]
        if not has_cjk(word) or after in ("*", "?", "~") or bare[m.start() - 1 : m.start()] in ("*", "?"):
            continue
        out.append(text[last : m.start()] + '"' + word + '"')
        last = m.end()
    return "".join(out) + text[last:]


def parser(schema: Schema, dates: bool = True) -> tuple[QueryParser, list[str]]:
    """The query parser (fuzzy terms, dates when ``dates``) and the list its date errors go to."""
    from whoosh import qparser

    errors: list[str] = []
    p = qparser.QueryParser("content", schema)
    p.add_plugin(qparser.FuzzyTermPlugin())
    if dates:  # the date parser compiles many patterns: only load it for date: queries
        from whoosh.qparser.dateparse import DateParserPlugin

        p.add_plugin(DateParserPlugin(basedate=datetime.utcnow(), callback=errors.append))
    p.remove_plugin_class(qparser.PlusMinusPlugin)  # "-" inside words ("U.S.-China") is text
    return p, errors


def parse(text: str, schema: Schema) -> Query:
    """A Whoosh query for ``text``; QueryError (one line) when it cannot be used."""
    from whoosh import query as wq

    text = _cjk_phrases(check(text))
    p, errors = parser(schema, dates="date:" in text)
    try:
        q: Query = p.parse(text)
    except Exception as exc:  # noqa: BLE001 - Whoosh's parser errors become one line
        raise QueryError(f"cannot parse query {text!r} ({exc}); check quotes, brackets and fields") from None
    if errors:
        raise QueryError(
            f"cannot read the date {errors[0]!r}; use e.g. date:2025 or date:[2025-01-01 to 2025-03-31]"
        )
    if q is wq.NullQuery or isinstance(q, wq.Every) or _has_every(q):
        raise QueryError(f'query {text!r} matches nothing specific; type a word or a "phrase"')
    return q


_LAST_WORD = re.compile(r"(?:(?<=[\s(])|^)(?:(?P<field>[A-Za-z_][\w-]*):)?(?P<word>\w+)$")
PREFIX_MIN = 2  # letters of a word being typed before it is searched as a prefix


def with_prefix(text: str) -> str | None:
    """``text`` with its last word also searched as the start of a word, as while typing
    ("canol" finds canola): ``canol`` -> ``(canol OR canol*)``, ``title:carn`` ->
    ``title:(carn OR carn*)``. None when the last word is not a plain word being typed
    (a phrase, an operator, a wildcard or fuzzy term, a date, fewer than 2 letters)."""
    stripped = text.rstrip()
    if stripped != text or text.count('"') % 2:
        return None  # a space after the word: it is finished; or inside an open phrase
    m = _LAST_WORD.search(_outside_quotes(text))
    if m is None or m.group("word") in _OPERATORS or len(m.group("word")) < PREFIX_MIN:
        return None
    if has_cjk(m.group("word")):
        return None  # its pairs of characters are found as typed; no term starts with a run
    field = m.group("field")
    if field is not None and field not in USER_FIELDS or field == "date":
        return None
    word = m.group("word")
    head = text[: m.start()]
    return f"{head}{field + ':' if field else ''}({word} OR {word}*)"


def parse_typing(text: str, schema: Schema) -> Query:
    """``parse`` for a query being typed: the last word also matches as a prefix. Errors are
    those of the query as typed; a prefix the parser refuses falls back to the plain query."""
    q = parse(text, schema)
    prefixed = with_prefix(text.strip())
    if prefixed is None:
        return q
    try:
        return parse(prefixed, schema)
    except QueryError:
        return q


def _has_every(q: Query) -> bool:
    from whoosh import query as wq

    if isinstance(q, wq.Every):
        return True
    return any(_has_every(c) for c in q.children()) if q.is_leaf() is False else False


def positive_terms(q: Query, reader: IndexReader) -> dict[str, set[str]]:
    """Index terms the query looks for (wildcards and fuzzy terms expanded), by field;
    terms under NOT are left out, so they are never highlighted."""

    out: dict[str, set[str]] = {}
    for node in _positive_nodes(q, lambda n: n.is_leaf()):
        try:
            terms = node.existing_terms(reader, phrases=True, expand=True)
        except Exception:  # noqa: BLE001 - highlighting is best effort
            continue
        for field, raw in terms:  # (field, bytes): Whoosh's terms as the index holds them
            try:
                term = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
            out.setdefault(field, set()).add(term)
    return out


def _positive_nodes(q: Query, wanted: Callable[[Query], bool]) -> Iterator[Query]:
    """The nodes of ``q`` that ``wanted`` picks, none under NOT (nor AndNot's second part);
    a picked node is not descended into, and neither is any other leaf."""
    from whoosh import query as wq

    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        yield from _positive_nodes(q.a, wanted)
        return
    if wanted(q):
        yield q
        return
    if not q.is_leaf():
        for child in q.children():
            yield from _positive_nodes(child, wanted)


def positive_phrases(q: Query) -> list[tuple[str, ...]]:
    """The words (as indexed) of every phrase the query looks for in the text (content or
    title), none under NOT; a phrase of Chinese, Japanese or Korean pairs is left to the terms."""
    from whoosh import query as wq

    out: list[tuple[str, ...]] = []
    for node in _positive_nodes(q, lambda n: isinstance(n, wq.Phrase)):
        assert isinstance(node, wq.Phrase)
        words = tuple(str(w) for w in node.words)
        if node.fieldname in ("content", "title") and len(words) > 1 and not has_cjk("".join(words)):
            out.append(words)
    return out


def entity_query(canonical: str) -> Query | None:
    """A query for articles whose entity field holds ``canonical`` (a phrase of its words;
    None when it has no words). It may also match a longer name containing those words."""
    from whoosh import query as wq

    from .schema import name_analyzer

    words = [tok.text for tok in name_analyzer()(canonical)]
    if not words:
        return None
    return wq.Term("entity", words[0]) if len(words) == 1 else wq.Phrase("entity", words)
