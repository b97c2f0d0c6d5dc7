"""Which lines of a copied web page are site chrome, which is the headline, and why.

Each line is judged from its wording (a known chrome family), its shape (length,
final punctuation, capitals, digits, separators), its position (before the headline,
outside the stretch of prose that is the body), repetition (a copy of another line
or of the headline, a teaser cut from a later line) and its neighbours (the title of
a video next to its player, a caption next to its credit, the headlines under a
"Related" header). Datelines ("LONDON 1996-08-30", "OTTAWA, Jan 12 (Reuters) -"),
table rows and ranked lists are article text and are never dropped for their shape.
Every dropped line keeps its reason.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..lines import Line
from . import cards as card_runs
from . import continuity, edges, ending, inserts, prompts, region, sequences, site_lines
from .cards import card_ledes
from .families import chrome_reason
from .headline import headline_and_start
from .shape import (
    ends_sentence,
    headline_shaped,
    is_data_row,
    is_dateline,
    is_name_shaped,
    is_nav_shaped,
    is_sentence,
    is_timestamp,
    normalise,
    starts_lower,
    word_count,
)

_META_DATE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)|\b\d+\s+(minutes?|hours?|days?|mins?|hrs?)\s+ago\b|"
    r"\b\d+\s*min(ute)?s?\s+read\b",
    re.I,
)
_HANDLE = re.compile(r"^@\w{2,30}$")
_TIME_OF_DAY = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*(\b[a-z]{2,4}t\b|\bgmt\b|\butc\b|(am|pm))", re.I
)
_MONTHS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
    "oct october nov november dec december mon monday tue tuesday wed wednesday thu thursday fri friday "
    "sat saturday sun sunday".split()
)
# the signature of an embedded post: "— Name (@handle) November 18, 2019"
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*.{1,60}\(@\w{1,30}\)\s*.{0,30}$")


@dataclass
class Classification:
    """Dropped lines (index -> reason), and the indexes of the headline and dek, if any."""

    dropped: dict[int, str] = field(default_factory=dict)
    title: int | None = None
    dek: int | None = None


_META_WORDS = frozenset(
    "updated published posted last modified first on at by et est edt gmt utc bst cet pt pst ist jst "
    "aest am pm a.m. p.m. min mins minute minutes read ago hour hours day days today yesterday".split()
)


def _is_meta_date(text: str) -> bool:
    """A date or time with only publishing words around it ("Nov 18, 2019 at 9:24 pm ET • 2 min
    read", "Updated 3 hours ago"), not a list item that starts with a date."""
    if word_count(text) > 16 or ends_sentence(text) or not _META_DATE.search(text):
        return False
    rest = _META_DATE.sub(" ", text.lower())
    words = [w for w in re.split(r"[\s,|/·•()\-–—]+", rest) if w and not w[0].isdigit()]
    other = [w for w in words if w.strip(".:") not in _META_WORDS and w.strip(".:") not in _MONTHS]
    if len(other) <= 1:
        return True
    # a byline with its time: "By Jane Doe - 11/19/19 06:56 AM EST", "Agency November 19, 2019, 9:02 AM"
    return bool(_TIME_OF_DAY.search(text)) and len(other) <= 6


def _date_only_numbers(text: str) -> bool:
    """The figures of the line are those of a date ("Posted on March 3, 2025 by ...")."""
    rest = _META_DATE.sub(" ", text)
    rest = re.sub(r"\b(19|20)\d\d\b", " ", rest)
    return rest != text and not any(c.isdigit() for c in rest)


# chrome made of figures, which would otherwise pass for a table row ("1 of 12", "02:17")
_FIGURE_CHROME = {
    "series counter",
    "video/audio player",
    "gallery heading",
    "reading time",
    "dateline metadata",
    "site pager",
    "share count",
    "toolbar",  # "Comments (0) Share (0)"
    "site promo",  # a tip line's phone number
    "copyright notice",  # "Copyright © 1995-2026 Valley Publications (No 1089)"
}


def _judge(text: str) -> tuple[str | None, bool]:
    """(chrome reason or None, protected): a line by itself."""
    if is_dateline(text) or _EMBED_SIGNATURE.match(text):
        return None, True
    if not any(c.isalnum() for c in text):
        return "separator", False
    if is_timestamp(text) or _is_meta_date(text):
        return "dateline metadata", False
    if dated := edges.date_reason(text):
        return dated, False
    if is_data_row(text) and not _date_only_numbers(text):
        reason = _wording(text)
        return (reason, False) if reason in _FIGURE_CHROME else (None, True)
    if _HANDLE.match(text):
        return "share/follow widget", False
    return _wording(text), False


def label_reason(text: str) -> str | None:
    """Why one short line alone is chrome by its wording, or a publishing time with only
    publishing words around it ("Last Updated: Tuesday, 4 December 2007, 17:04 GMT"): what
    a page's heading must not be to be its title (a share toolbar's "Bookmark with:")."""
    if _is_meta_date(text):
        return "dateline metadata"
    return _wording(text)


def _wording(text: str) -> str | None:
    reason = chrome_reason(text)
    if reason == "copyright notice" and ending.credit_before_prose(text):
        reason = None  # "© Agency Caption The story's first paragraph. Its second?"
    return reason or site_lines.site_reason(text) or edges.edge_reason(text) or prompts.prompt_reason(text)


# "KANSAS CITY AT DETROIT", "Leeds v Everton": a fixture, in a list of them without scores
_FIXTURE_LINE = re.compile(r"^[\w.'’& -]{2,40}\s(at|v|vs\.?)\s[\w.'’& -]{2,40}$", re.I)


def _table_labels(texts: list[str], reasons: dict[int, str], protected: set[int]) -> None:
    """Short lines inside a table (a division's name, a header row "1996 1995", "Scorers:",
    a rule of dashes) belong to it, as do fixtures listed two or more in a row."""
    fixtures = {i for i, t in enumerate(texts) if word_count(t) <= 8 and _FIXTURE_LINE.match(t.strip())}
    protected.update(i for i in fixtures if i - 1 in fixtures or i + 1 in fixtures)
    rows = {i for i in protected if is_data_row(texts[i])}
    # a table is two rows or more close together
    tables = {i for i in rows if any(k in rows for k in (i - 2, i - 1, i + 1, i + 2))}
    for i, text in enumerate(texts):
        if i in protected or word_count(text) > 12 or is_sentence(text):
            continue
        if reasons.get(i, "dateline metadata") not in ("dateline metadata", "separator"):
            continue
        near = [k for k in (i - 1, i + 1, i + 2) if 0 <= k < len(texts)]
        if any(k in tables for k in near) and (text.endswith(":") or text.upper() == text or i + 1 in tables):
            protected.add(i)
            reasons.pop(i, None)


def _introduces(text: str, reason: str | None) -> bool:
    """A sentence that ends in a colon, leading into a list, a table or an embedded post."""
    return reason is None and text.endswith(":") and word_count(text) >= 5


def _extend_back(
    texts: list[str], reasons: dict[int, str], scores: list[float], protected: set[int], a: int
) -> int:
    """The body's start, moved back over paragraphs that widgets (a caption, a byline, a row of
    share buttons, a table of figures with its headings) cut off from it, as far as the first
    headline-shaped line."""
    unknown = 0
    headings = 0  # a table's headings above it may still follow

    def row(k: int) -> bool:  # "Birdies 17 T5": a short line with a figure, no sentence
        return k in protected or (
            0 <= k < len(texts)
            and word_count(texts[k]) <= 8
            and any(c.isdigit() for c in texts[k])
            and not ends_sentence(texts[k])
        )

    for i in range(a - 1, max(-1, a - 40), -1):
        if i in reasons:
            continue
        if row(i) and (row(i - 1) or row(i + 1)):
            headings = 3  # a table set in the story, a stats box beside the lede
            continue
        if scores[i] >= 8:
            a, unknown, headings = i, 0, 0
        elif headline_shaped(texts[i]) and word_count(texts[i]) >= 3:
            if not headings:
                break
            headings -= 1
        else:
            unknown += 1
            if unknown > 1:
                break
    return a


def _body_span(
    texts: list[str], reasons: dict[int, str], protected: set[int], cards: set[int]
) -> tuple[int, int]:
    scores = [region.score(t, i in reasons, i in protected) for i, t in enumerate(texts)]
    for i, reason in reasons.items():
        if reason in region.INSET_REASONS:
            scores[i] = 0.0  # a chart or a gallery set in the story does not part it
    cards.update(card_ledes(texts, scores, reasons))
    for i in cards:
        scores[i] *= region.CARD_DISCOUNT
    a, b = card_runs.before_comments(texts, reasons, scores, region.best_run(scores))
    if b < a:
        return a, b
    # a table runs on after the last sentence, an introduction ("... the campaign:") leads
    # into what follows; a comments section ends the article
    while b + 1 < len(texts) and ((b + 1) in protected or _introduces(texts[b + 1], reasons.get(b + 1))):
        b += 1
    a = ending.trim_head(texts, reasons, scores, a, b)
    a = _extend_back(texts, reasons, scores, protected, a)
    b, teasers = ending.trim_tail(texts, reasons, scores, a, b)
    b = ending.before_colophon(texts, reasons, a, continuity.list_after(texts, reasons, a, b))
    cards.update(teasers)
    return a, b


def _repetition(texts: list[str], reasons: dict[int, str], keep: set[int], span: tuple[int, int]) -> None:
    """Copies of a line (the one inside the body, or else the last, stays), and teasers cut
    from a later line or from the lede."""
    norms = [normalise(t) for t in texts]
    a, b = span
    groups: dict[str, list[int]] = {}
    for i, key in enumerate(norms):
        if len(key) > 20 or i in keep:
            groups.setdefault(key, []).append(i)
    for where in groups.values():
        if len(where) < 2:
            continue
        kept = next((i for i in where if i in keep), None)
        if kept is None:
            inside = [i for i in where if a <= i <= b]
            kept = inside[0] if inside else where[-1]
        for i in where:
            if i != kept and i not in reasons:
                reasons[i] = "repeats the headline" if kept in keep else "repeats another line"
    ordered = sorted((norms[k], k) for k in range(len(texts)))
    keys = [o[0] for o in ordered]
    for i, text in enumerate(texts):
        if i in reasons or i in keep or ends_sentence(text) or word_count(text) < 5:
            continue
        pos = bisect_left(keys, norms[i])
        while pos < len(keys) and keys[pos].startswith(norms[i]):
            j = ordered[pos][1]
            if j > i and j not in reasons and len(keys[pos]) > len(norms[i]):
                reasons[i] = "truncated teaser repeating a later line"
                break
            pos += 1
    for i in range(len(texts)):
        if i in reasons or i in keep or len(norms[i]) <= 40:
            continue
        for j in range(i + 1, min(len(texts), i + 8)):
            if (
                j not in reasons
                and len(norms[j]) > len(norms[i])
                and norms[j].startswith(norms[i].rstrip(".…"))
            ):
                reasons[i] = "teaser repeating the lede"
                break


def _neighbours(texts: list[str], reasons: dict[int, str], keep: set[int], protected: set[int]) -> None:
    """A video's title beside its player, headlines under a "Related" header."""
    n = len(texts)
    before = dict(reasons)  # judged on the lines' own reasons: no cascade along a menu
    for i, text in enumerate(texts):
        if i in before or i in keep or i in protected:
            continue
        around = [before.get(k) for k in (i - 1, i + 1) if 0 <= k < n]
        if "video/audio player" in around and headline_shaped(text) and word_count(text) <= 20:
            reasons[i] = "video/audio player"
    for i in range(n):
        if reasons.get(i) != "related links":
            continue
        k = i + 1
        while k < n and k not in keep and k not in protected:
            if k not in reasons:
                if not headline_shaped(texts[k]) or word_count(texts[k]) > 24:
                    break
                reasons[k] = "related links"
            k += 1


_REPEATS = {"repeats another line", "truncated teaser repeating a later line", "teaser repeating the lede"}
# reasons that clean text has too (a rule line, a date line, a byline): no sign of a web page
_CLEAN_TEXT_REASONS = {"separator", "dateline metadata", "byline", "teaser label"}


def _prose(text: str) -> bool:
    """A sentence of eight words or more: never dropped for where it stands alone."""
    return word_count(text) >= 8 and ends_sentence(text)


def _menu_word(text: str) -> bool:
    """A menu item: three words at most, no figures, no sentence end."""
    return word_count(text) <= 3 and not ends_sentence(text) and not any(c.isdigit() for c in text)


def _looks_copied(texts: list[str], reasons: dict[int, str], protected: set[int]) -> bool:
    """Whether the text was copied from a web page: a line of site chrome somewhere, or a menu
    (four short lines in a row without digits or sentence ends)."""
    if any(r not in _CLEAN_TEXT_REASONS and not r.startswith("repeats") for r in reasons.values()):
        return True
    run = 0
    for i, text in enumerate(texts):
        run = run + 1 if _menu_word(text) and i not in protected else 0
        if run >= 4:
            return True
    return False


def classify(lines: list[Line], by_position: bool = True) -> Classification:
    """Judge every line of an article's text; see the module docstring. ``by_position=False``
    drops nothing for where it stands (text an extractor already cut from its page)."""
    texts = [line.text for line in lines]
    reasons: dict[int, str] = {}
    protected: set[int] = set()
    for i, text in enumerate(texts):
        reason, protect = _judge(text)
        if reason:
            reasons[i] = reason
        if protect:
            protected.add(i)
    for i, reason in sequences.sequence_reasons(texts, protected).items():
        if reason == "comment thread":
            reasons[i] = reason  # a post's dated header is more than its date
        reasons.setdefault(i, reason)
        protected.discard(i)
    for i in sequences.interview_labels(texts):
        reasons.pop(i, None)  # "Q" over a question, "A" over its answer: the interview's labels
        protected.add(i)
    _table_labels(texts, reasons, protected)
    cards: set[int] = set()
    a, b = _body_span(texts, reasons, protected, cards)
    if b < a:  # no prose at all: keep what is not chrome by itself
        return Classification(dict(reasons))
    title, dek, a = headline_and_start(texts, reasons, protected, a, b)
    keep = {i for i in (title, dek) if i is not None}
    _repetition(texts, reasons, keep, (a, b))
    for i in protected & {i for i, r in reasons.items() if r in _REPEATS}:
        del reasons[i]  # a table row, a fixture, a dateline: a report repeats them
    _neighbours(texts, reasons, keep, protected)
    inserts.inside_story(texts, reasons, keep | protected, (a, b))
    if not by_position:
        return Classification(reasons, title, dek)
    if not _looks_copied(texts, reasons, protected):
        # a clean text (no widget anywhere): only menu words above the headline go, and of
        # the repeated lines only the headline printed twice (a report repeats its labels)
        for i in [i for i, r in reasons.items() if r in _REPEATS]:
            del reasons[i]
        for i in range(title if title is not None and title <= 10 else 0):
            if i not in reasons and i not in protected and _menu_word(texts[i]):
                reasons[i] = "before the article"
        return Classification(reasons, title, dek)
    start = title if title is not None else a
    ended = False  # past the article's end: a list of related stories, comments, a footer
    for i, text in enumerate(texts):
        if i > b:
            if (
                ending.is_list_header(text, reasons.get(i))
                or ending.hard_end(text, reasons.get(i), texts.count(text) == 1)
                or (i in reasons and ending.COMMENTS_HEADER.match(text))
            ):
                ended = True
            elif i not in reasons and ending.colophon(text):
                reasons[i] = ending.COLOPHON  # the site's lines about itself end the story
                ended = True
        if i in protected and ended and i not in reasons and i not in keep:
            reasons[i] = "after the article"  # a site's fixtures or table under its copyright line
            continue
        if i in reasons or i in keep or i in protected:
            continue
        if i < start:
            reasons[i] = "before the article"
        elif i < a:
            if not (is_sentence(text) or text.endswith(":") or starts_lower(text)) or is_name_shaped(text):
                reasons[i] = "byline" if is_name_shaped(text) else "before the article"
        elif i > b:
            if _prose(text) and not ended:
                continue  # a sentence is never dropped for coming after a widget
            reasons[i] = "byline" if is_name_shaped(text) else "after the article"
        elif word_count(text) <= 1 and is_nav_shaped(text):
            reasons[i] = "navigation"
    return Classification(reasons, title, dek)
