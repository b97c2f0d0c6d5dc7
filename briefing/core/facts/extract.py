"""Key facts of one article: every body sentence scored, the best chosen, best first.

Chosen, not listed: a sentence scoring below ``SCORE_FLOOR`` is never a key fact, and
an article never shows more key facts than ``MAX_SHARE`` of its body sentences
(``most_shown``). Up to ``MAX_FACTS`` candidates are kept in the index (``share=1.0``: the
analysis keeps candidates beyond that share, so that linking can find which of them other
sources also state); readers show the first ``facts_per_article`` (config.yaml, default 8)
of them once corroboration is counted (``ranking.shown``), never more than ``most_shown``.
"""

from __future__ import annotations

import re

from ..model import Article, Fact, Mention, Sentence
from . import features, kinds, scoring, text, trim

MAX_FACTS = 15
REPEAT_FROM = 0.6  # similarity to a better fact of the same article above which a fact moves down
REPEAT_PENALTY = 4.0
SCORE_FLOOR = 1.0  # below this a sentence is commentary, filler or too vague to be a key fact
MAX_SHARE = 0.6  # of the article's body sentences, at most


def body_sentences(article: Article) -> list[Sentence]:
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


_FIRST_WORD = re.compile(r"[\"“‘'(\[—–…. -]*([^\W\d_]+)")


def is_fragment(sentence: str) -> bool:
    """A sentence whose first word is lower-case ("after the seed beat ...", "... and said"):
    its start is missing (a copy cut it, or a line break split it), so it is no key fact.
    A name written with a capital inside ("iPod", "eBay") starts a sentence."""
    m = _FIRST_WORD.match(sentence)
    return m is not None and m.group(1).islower()


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SEPARATOR = re.compile(r"[,;/]")


def is_list(sentence: str) -> bool:
    """A list of names, not a statement: a line-up ("Keeper, Back (Sub 67), Mid; ...", "Subs:
    A, B, C."), a results line or a roll call. Three separators or more and at most one
    lower-case word among four words or more: nothing is said about the names, so it is no key
    fact (its numbers are minutes and shirt numbers, not figures)."""
    words = _WORD.findall(sentence)
    if len(words) < 4 or len(_SEPARATOR.findall(sentence)) < 3:
        return False
    return sum(1 for w in words if w[0].islower()) <= 1


def most_shown(article: Article) -> int:
    """Key facts an article may show: ``MAX_SHARE`` of its body sentences."""
    return int(MAX_SHARE * len(body_sentences(article)) + 1e-9)


def extract(
    article: Article, mentions: list[Mention], limit: int = MAX_FACTS, share: float = MAX_SHARE
) -> list[Fact]:
    """The article's facts above the floor, best first: at most ``limit`` and ``share`` of its
    body sentences."""
    body = body_sentences(article)
    index = features.MentionIndex(mentions)
    facts = []
    for position, sentence in enumerate(body):
        if article.content[sentence.start : sentence.end] != sentence.text:
            continue  # provenance must be exact; a sentence that does not match its offsets is skipped
        if is_fragment(sentence.text) or is_list(sentence.text):
            continue
        feats = features.compute(sentence, index, position, len(body))
        start, end = trim.trimmed_span(sentence.text, sentence.start)
        facts.append(
            Fact(
                text=article.content[start:end],
                sentence=sentence.text,
                start=sentence.start,
                end=sentence.end,
                kind=kinds.kind_of(feats),
                score=scoring.score(feats),
                path=article.path,
                sentence_index=sentence.index,
                span=(start, end),
                outlet=article.outlet,
            )
        )
    facts.sort(key=lambda f: (-f.score, f.start))
    cap = min(limit, int(share * len(body) + 1e-9))
    return [f for f in diversify(facts) if f.score >= SCORE_FLOOR][:cap]


def diversify(facts: list[Fact], pool: int = MAX_FACTS + 5) -> list[Fact]:
    """Best first, but a sentence repeating a better-ranked one of the same article moves down
    (an article restating its lead is one fact, not two). Greedy, over the best ``pool`` only;
    repetition is the share of content words two sentences have in common."""
    head, tail = facts[:pool], facts[pool:]
    if len(head) < 3:
        return facts
    terms = [text.content_terms(f.sentence) for f in head]
    overlap = [0.0] * len(head)
    left = set(range(len(head)))
    order = []
    while left:

        def value(n: int) -> float:
            return head[n].score - REPEAT_PENALTY * max(0.0, overlap[n] - REPEAT_FROM)

        best = max(left, key=lambda n: (value(n), -head[n].start))
        head[best].score = round(value(best), 3)
        order.append(head[best])
        left.discard(best)
        chosen = terms[best]
        for n in left:
            if terms[n] and chosen:
                shared = len(terms[n] & chosen) / min(len(terms[n]), len(chosen))
                if shared > overlap[n]:
                    overlap[n] = shared
    return order + tail
