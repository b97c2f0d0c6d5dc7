"""The best matching sentences of a hit, with the matched words' offsets into the source.

Each sentence is run through the same analyzers the index used, so a word
is highlighted exactly when its indexed form is one of the query's terms
(stems included). Offsets are absolute: ``content[start:end]`` is the word.
"""

from __future__ import annotations

from ..model import Article, Snippet
from .schema import name_analyzer, text_analyzer

TEXT_FIELDS = ("content", "title")
NAME_FIELDS = ("entity", "outlet")


def spans_in(
    text: str, offset: int, text_terms: set[str], name_terms: set[str]
) -> list[tuple[int, int, str]]:
    """(start, end, term) of every word of ``text`` matching a term; ``offset`` is added."""
    out = []
    if text_terms:
        for tok in text_analyzer()(text, chars=True, mode="index"):
            if tok.text in text_terms:
                out.append((offset + tok.startchar, offset + tok.endchar, tok.text))
    if name_terms:
        for tok in name_analyzer()(text, chars=True, mode="index"):
            if tok.text in name_terms:
                out.append((offset + tok.startchar, offset + tok.endchar, tok.text))
    unique = {(a, b): t for a, b, t in out}
    spans = sorted((a, b, t) for (a, b), t in unique.items())
    merged: list[tuple[int, int, str]] = []
    for a, b, t in spans:  # overlapping pairs of CJK characters (東京, 京都): one span, 東京都
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), merged[-1][2])
        else:
            merged.append((a, b, t))
    return merged


def phrase_spans(text: str, offset: int, phrases: list[tuple[str, ...]]) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each word of every run of ``text``'s indexed words that is one of
    ``phrases`` (the words as the index holds them, so stems match as Whoosh's phrase query does);
    each word is a span of its own, as the words of a query without quotes are."""
    if not phrases:
        return []
    tokens = [(t.text, t.startchar, t.endchar) for t in text_analyzer()(text, chars=True, mode="index")]
    words = [w for w, _, _ in tokens]
    out = []
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if tuple(words[i : i + n]) == phrase:
                out += [(offset + a, offset + b, " ".join(phrase)) for _, a, b in tokens[i : i + n]]
    return sorted(set(out))


def best_sentences(
    article: Article, terms: dict[str, set[str]], limit: int = 3, phrases: list[tuple[str, ...]] | None = None
) -> list[Snippet]:
    """Up to ``limit`` sentences with the most distinct matched terms (then most matches, then earliest).
    With ``phrases`` (``"trade war"``), a sentence holding one comes first and its words are marked
    only where they make the phrase: a sentence with "trade talks" and "trading" was shown, and
    opened, as a match of "trade war" while the phrase stood two sentences further on."""
    if phrases and any(phrase_spans(s.text, s.start, phrases) for s in article.sentences):
        return _with_phrases(article, terms, limit, phrases)
    text_terms = set().union(*(terms.get(f, set()) for f in TEXT_FIELDS))
    name_terms = set().union(*(terms.get(f, set()) for f in NAME_FIELDS))
    # a cheap substring test first: a Porter stem keeps its word's first letters (all but the
    # last, which may be a y turned into i), so a sentence without any of these cannot match
    keys = {t[: max(1, min(4, len(t) - 1))] for t in text_terms} | name_terms
    scored = []
    for sentence in article.sentences:
        low = sentence.text.lower()
        if not any(k in low for k in keys):
            continue
        spans = spans_in(sentence.text, sentence.start, text_terms, name_terms)
        if not spans:
            continue
        distinct = len({t for _, _, t in spans})
        scored.append((-distinct, -len(spans), sentence.index, sentence, spans))
    scored.sort(key=lambda item: item[:3])
    out = [
        Snippet(s.text, s.start, s.end, [(a, b) for a, b, _ in spans]) for _, _, _, s, spans in scored[:limit]
    ]
    if not out:
        lede = next((s for s in article.sentences if s.kind == "body"), None) or (
            article.sentences[0] if article.sentences else None
        )
        if lede is not None:
            out.append(Snippet(lede.text, lede.start, lede.end, []))
    return out


def _with_phrases(
    article: Article, terms: dict[str, set[str]], limit: int, phrases: list[tuple[str, ...]]
) -> list[Snippet]:
    """The best sentences when a phrase of the query is found in the article: those holding a
    phrase first (most distinct phrases, then terms), a phrase's words alone marking nothing."""
    in_phrases = {w for p in phrases for w in p}
    text_terms = set().union(*(terms.get(f, set()) for f in TEXT_FIELDS)) - in_phrases
    name_terms = set().union(*(terms.get(f, set()) for f in NAME_FIELDS))
    scored = []
    for sentence in article.sentences:
        found = phrase_spans(sentence.text, sentence.start, phrases)
        words = spans_in(sentence.text, sentence.start, text_terms, name_terms)
        words = [w for w in words if not any(a <= w[0] < b for a, b, _ in found)]
        if not found and not words:
            continue
        spans = sorted(found + words)
        scored.append(
            (
                -len({t for *_, t in found}),
                -len({t for *_, t in spans}),
                -len(spans),
                sentence.index,
                sentence,
                spans,
            )
        )
    scored.sort(key=lambda item: item[:4])
    return [Snippet(s.text, s.start, s.end, [(a, b) for a, b, _ in spans]) for *_, s, spans in scored[:limit]]
