"""What identifies the event an article reports: its story signature, computed once at index time.

A signature holds the article's day (from its metadata, when it has one), a
weighted bag of terms and a small sketch of its word 5-grams:

- names of people, organisations and events (``n:``), weighted most in the
  title and lede, where a report names who it is about;
- places and nationalities (``g:``), weighted low: two stories sharing a
  country are not one story;
- content words and numbers of the title and the lede (``w:``);
- the 24 smallest hashes of the body's word 5-grams (a bottom-k sketch):
  syndicated copies of one report share most of them.

Everything here is general: no word list about any particular story.
"""

from __future__ import annotations

import heapq
import re
import zlib
from typing import Any

from ..facts import text as ftext
from ..model import Article, Mention, Sentence

LEDE_SENTENCES = 8  # body sentences that count as the lede (its terms weigh half the title's)
MAX_TERMS = 60
SKETCH = 24
_PLACE_TYPES = frozenset({"GPE", "NORP", "LOC"})
_NAME_TYPES = frozenset({"PERSON", "ORG", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def day_of(article: Article) -> str:
    """The article's day as YYYY-MM-DD, from its date metadata; "" when it has none."""
    raw = (article.date or "").strip()
    if not raw:
        return ""
    m = _DAY.match(raw)
    if m:
        return m.group(0)
    from ..index.documents import parse_date

    value = parse_date(raw)
    return value.strftime("%Y-%m-%d") if value is not None else ""


def _add(bag: dict[str, float], term: str, weight: float) -> None:
    bag[term] = bag.get(term, 0.0) + weight


def _words(text: str, weight: float, bag: dict[str, float]) -> None:
    for term in ftext.term_sequence(text):
        if term != "#" and len(term) > 2:
            _add(bag, "w:" + term, weight)
    for number in ftext.numbers(text):
        if len(number) >= 2:  # "3" says little; "1.13", "76%" say which report
            _add(bag, "w:#" + number, weight * 0.5)


def signature(article: Article, mentions: list[Mention]) -> dict[str, Any]:
    """{"day": "YYYY-MM-DD" or "", "terms": [[term, weight], ...] (best first), "sketch": [int, ...]}."""
    body = [s for s in article.sentences if s.kind == "body" and s.text.strip()]
    lede_end = body[LEDE_SENTENCES - 1].end if len(body) >= LEDE_SENTENCES else (body[-1].end if body else 0)
    bag: dict[str, float] = {}
    if article.title:
        _words(article.title, 3.0, bag)
    for s in body[:LEDE_SENTENCES]:
        _words(s.text, 1.5, bag)
    title_end = next((b.end for b in article.blocks if b.kind == "title"), -1)
    for m in mentions:
        if m.type in _NAME_TYPES:
            prefix, base = "n:", 1.0
        elif m.type in _PLACE_TYPES:
            prefix, base = "g:", 0.4
        else:
            continue
        name = " ".join(m.canonical.casefold().split())
        if not name:
            continue
        early = m.start < lede_end or m.start < title_end
        _add(bag, prefix + name, base * (2.0 if early else 1.0))
    # a name said ten times is not ten times the evidence
    terms = sorted(((t, round(min(w, 6.0), 2)) for t, w in bag.items()), key=lambda tw: (-tw[1], tw[0]))
    return {"day": day_of(article), "terms": [list(tw) for tw in terms[:MAX_TERMS]], "sketch": sketch(body)}


def sketch(body: list[Sentence]) -> list[int]:
    """Bottom-k hashes of the body's lower-cased word 5-grams (CRC32 of each word, combined)."""
    text = " ".join(s.text for s in body).casefold()
    words = [zlib.crc32(w.encode("utf-8")) for w in _WORD.findall(text)]
    if len(words) < 5:
        return []
    # a tuple of ints hashes the same in every process (no hash seed): one value per 5-gram
    grams = zip(words, words[1:], words[2:], words[3:], words[4:], strict=False)
    shingles = {hash(g) & 0xFFFFFFFF for g in grams}
    return sorted(heapq.nsmallest(SKETCH, shingles))


def resemblance(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two articles' 5-gram sets from their sketches."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(SKETCH, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)
