"""Finding an article's headline among the lines before its body, and the dek under it.

The headline is the best headline-shaped line of the forty before the first paragraph:
nearer is better, as are headline capitals, five words or more, a copy elsewhere on the
page (the headline printed twice) and a byline, date or toolbar right under it; a byline or
date under it with only the site's lines between counts more (the story's masthead). A second
headline of the same story, or a long standfirst under a shorter headline, is the dek.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from . import continuity, region, standfirst
from .shape import (
    DATE_GLUE,
    DATE_WORDS,
    SMALL_WORDS,
    headline_shaped,
    is_dateline,
    is_name_shaped,
    is_nav_shaped,
    is_title_case,
    normalise,
    starts_lower,
    word_count,
)

LEDE_WEIGHT = 12  # a line of this weight (``region.score``) is the story's first real paragraph
_AFFILIATION = re.compile(r"\s*\([^()]{1,40}\)$")  # a name's county, club or agency


def _title_score(texts: list[str], reasons: dict[int, str], i: int, a: int, copies: int) -> float:
    """How much line ``i`` looks like the headline of a body starting at line ``a``."""
    text = texts[i]
    n = word_count(text)
    score = 1.0 + (1.5 if n >= 5 else 0.0) + (1.0 if is_title_case(text) else 0.0)
    score += 2.0 if copies > 1 else 0.0  # the headline printed twice
    nxt = i + 1
    if nxt == a or nxt in reasons or (nxt < len(texts) and is_name_shaped(texts[nxt])):
        score += 2.0  # followed by the body, a byline, a date or a toolbar
    if _masthead_below(reasons, i):
        score += MASTHEAD
    if is_name_shaped(_AFFILIATION.sub("", text)):
        score -= 2.5  # a byline, a referee or a speaker: "Howard Webb (South Yorkshire)"
    between = sum(1 for k in range(i + 1, a) if k not in reasons)
    return score - 1.0 * between


MASTHEAD = 2.5
_MASTHEAD = frozenset({"byline", "dateline metadata", "author box", "reading time"})


def _masthead_below(reasons: dict[int, str], i: int) -> bool:
    """A byline or a date stands under line ``i`` with only the site's lines between (share
    buttons, a section label): the block a story's headline heads."""
    for k in range(i + 1, i + 5):
        if k not in reasons:
            return False
        if reasons[k] in _MASTHEAD:
            return True
    return False


def _find_title(texts: list[str], reasons: dict[int, str], protected: set[int], a: int) -> int | None:
    """The headline: the best headline-shaped line of the forty before the body (or the body's
    first line, when a byline or date follows it), past bylines, dates and toolbars."""
    norms: dict[str, int] = {}
    for t in texts:
        key = normalise(t)
        norms[key] = norms.get(key, 0) + 1
    best, best_score = None, 0.0
    for i in range(min(a, len(texts) - 1), max(-1, a - 40), -1):  # a: the first paragraph
        text = texts[i]
        if i in reasons or (i in protected and not (i in (a - 1, 0) and _worded_headline(text))):
            continue
        n = word_count(text)
        # a two-word headline ("Hockey night") only right above the body or on the first line
        least = 2 if i in (a - 1, 0) else 3
        if n < least or n > 30 or is_nav_shaped(text) or text.endswith(":") or _lower_start(text):
            continue
        if i == a:
            if n > 25 or text.rstrip("\"'”’ ").endswith(".") or (a + 1) not in reasons:
                continue
        elif not headline_shaped(text):
            continue
        if _byline_shaped(texts, i, a):
            continue
        score = _title_score(texts, reasons, i, a, norms.get(normalise(text), 0))
        if best is None or score > best_score:
            best, best_score = i, score
    return best


# a byline's second line: "Staff reporter", "Harbour Correspondent", "Senior Writer"
_ROLE = re.compile(
    r"^([\w&'’-]+\s+){0,3}(reporter|correspondent|writer|editor|columnist|contributor|staff)s?$", re.I
)
BYLINE_WORDS = 3  # a person's name: "Jane Hill", "Ana de Souza"
STORY_LINES = 3


def _byline_shaped(texts: list[str], i: int, a: int) -> bool:
    """Line ``i`` is a byline, not a headline: a role under a name ("Staff reporter"), or a
    person's name (a known given name first) that names nothing the story's first paragraphs
    name (a headline does: "Maria Lenz" over her obituary; the reporter's "Jane Hill" does not)."""
    text = texts[i].strip()
    if word_count(text) <= 4 and _ROLE.match(text):
        return i > 0 and is_name_shaped(texts[i - 1])
    if word_count(text) > BYLINE_WORDS or not is_name_shaped(text):
        return False
    words = [w.strip(".,'’").casefold() for w in re.sub(r"^by\s+", "", text, flags=re.I).split()]
    if not words or words[0] not in _given_names():
        return False
    story = " ".join(texts[a : a + STORY_LINES]).casefold()
    return not any(len(w) >= 3 and re.search(rf"\b{re.escape(w)}\b", story) for w in words[1:])


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Common given names (``briefing/data/names.yaml``, which the entity rules read too)."""
    import yaml

    text = resources.files("briefing").joinpath("data", "names.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}  # noqa: S506 - a safe loader
    return frozenset(str(n).casefold() for n in data.get("given_names") or [])


# "27, 2015", "12 2018", "2018/10", "2018-10-12": a date written in the line
_DATE_IN_LINE = re.compile(r"\b\d{1,2},?\s+(19|20)\d{2}\b|\b(19|20)\d{2}[-/.]\d{1,2}\b")


def _lower_start(text: str) -> bool:
    """A line that starts in lower case is the rest of a sentence, not a headline ("home to
    Leicester in the final"); a brand written so ("iPhone sales slow", "eBay") is one."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    return starts_lower(text) and not any(c.isupper() for c in first[1:])


def _worded_headline(text: str) -> bool:
    """A line kept as a table row for its figures that still reads as a headline ("Rates held
    at 4.75%", "Growth at 8.1% in 2004"): mostly words, no columns, no dateline."""
    if "\t" in text or "   " in text or is_dateline(text) or _DATE_IN_LINE.search(text):
        return False
    tokens = text.split()
    folded = [t.strip(",.").casefold() for t in tokens]
    if folded[0] in ("posted", "updated", "published", "modified"):
        return False
    for j, word in enumerate(folded):
        near = folded[max(0, j - 1) : j + 2]
        if word in DATE_WORDS - DATE_GLUE and any(any(c.isdigit() for c in t) for t in near):
            return False  # "Posted on 27 May" is the line's date, not its headline ("in May" is not)
    words = sum(1 for t in tokens if any(c.isalpha() for c in t) and not any(c.isdigit() for c in t))
    return words >= 3 and words >= 2 * (len(tokens) - words)


def _same_story(a: str, b: str) -> bool:
    """Two headlines of one story: they share a third of their significant words."""
    words_a = {w.strip(".,:;!?'\"‘’“”").casefold() for w in a.split()} - SMALL_WORDS
    words_b = {w.strip(".,:;!?'\"‘’“”").casefold() for w in b.split()} - SMALL_WORDS
    if not words_a or not words_b:
        return False
    return len(words_a & words_b) >= max(2, min(len(words_a), len(words_b)) / 3)


def title_and_dek(
    texts: list[str], reasons: dict[int, str], protected: set[int], a: int
) -> tuple[int | None, int | None]:
    title = _find_title(texts, reasons, protected, a)
    if title is None:
        return None, None
    dek = None
    before = title - 1
    while before >= 0 and normalise(texts[before]) == normalise(texts[title]):
        before -= 1  # the headline printed twice
    if (
        before >= 0
        and before not in reasons
        and headline_shaped(texts[before])
        and word_count(texts[before]) >= 5
        and (
            _same_story(texts[before], texts[title])
            or (before == title - 1 and word_count(texts[title]) >= 12 > word_count(texts[before]) - 1)
        )
    ):
        title, dek = before, title  # a headline and a second headline of the story: the dek
    if dek is None:
        for i in range(title + 1, a):
            if i not in reasons and i not in protected and word_count(texts[i]) >= 6:
                if not is_name_shaped(texts[i]):
                    dek = i
                break
    return title, dek


def headline_and_start(
    texts: list[str], reasons: dict[int, str], protected: set[int], a: int, b: int
) -> tuple[int | None, int | None, int]:
    """(headline, dek, the body's first line) for a body stretch ``a..b``: the body proper starts
    at its first real paragraph, and a headline may sit just before it even when the stretch of
    prose began earlier (a promo sentence, a standfirst)."""
    scores = [region.score(t, i in reasons, i in protected) for i, t in enumerate(texts)]
    lede = next((i for i in range(a, b + 1) if scores[i] >= LEDE_WEIGHT), a)
    # the story's first paragraphs may stand above a widget set in it (a gallery, a stats box)
    opening = continuity.earlier_start(texts, reasons, scores, a, b)
    lede = opening if opening < a else lede
    title, dek = title_and_dek(texts, reasons, protected, lede)
    if title is not None and title >= a and continuity.story_above(texts, scores, reasons, (a, b), title):
        title, dek = title_and_dek(texts, reasons, protected, a)  # a heading of the story, not its headline
    if found := standfirst.headline_over_standfirst(texts, reasons, protected, title, lede):
        title, dek, first = found
        a = max(a, min(first, b))  # the masthead's lines under the standfirst are the site's
    if title is not None and title >= a:
        a = min(title + 1, lede)
    return title, dek, a
