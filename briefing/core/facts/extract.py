"""Key facts of one article: every body sentence scored, the best kept, best first."""
from __future__ import annotations

from ..model import Article, Fact, Mention
from . import features, kinds, scoring, trim

MAX_FACTS = 15


def body_sentences(article: Article):
    """Body sentences only: never the title, dek, headings or dropped chrome; no duplicates."""
    seen: set[str] = set()
    out = []
    for s in article.sentences:
        if s.kind != "body" or not s.text.strip():
            continue
        key = " ".join(s.text.split()).lower()
        if key in seen:  # a teaser repeating the body is not a second fact
            continue
        seen.add(key)
        out.append(s)
    return out


def extract(article: Article, mentions: list[Mention], limit: int = MAX_FACTS) -> list[Fact]:
    body = body_sentences(article)
    index = features.MentionIndex(mentions)
    facts = []
    for position, sentence in enumerate(body):
        if article.content[sentence.start:sentence.end] != sentence.text:
            continue  # provenance must be exact; a sentence that does not match its offsets is skipped
        feats = features.compute(sentence, index, position, len(body))
        start, end = trim.trimmed_span(sentence.text, sentence.start)
        facts.append(Fact(
            text=article.content[start:end], sentence=sentence.text, start=sentence.start,
            end=sentence.end, kind=kinds.kind_of(feats), score=scoring.score(feats),
            path=article.path, sentence_index=sentence.index, span=(start, end)))
    facts.sort(key=lambda f: (-f.score, f.start))
    return facts[:limit]
