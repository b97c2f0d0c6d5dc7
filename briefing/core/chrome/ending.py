"""Where a copied article ends: the site's lists, comments and footers that follow the story.

The body's stretch of prose (``region.best_run``) can run on through what a page prints
after the story when that holds prose too: teaser cards (a headline and its lede, again
and again), reader comments, author bios, sign-up boxes. Such a tail starts at an end
marker (a "Related" or comments header, a share toolbar, a newsletter box, tags, a
footer) or at a run of lines that are not prose (a list of headlines), and its prose is
scattered: single paragraphs between headlines and labels, where a story's paragraphs
follow one another. ``trim_tail`` cuts the body before such a tail; ``ends_article``
tells the lines after the body that end it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from .shape import is_title_case, word_count

# the heading of a list of comments: after the body, the article has ended (a form's own
# heading, "Leave a Reply", comes after the comments and ends nothing)
COMMENTS_HEADER = re.compile(
    r"^((there (are|is) |showing )?\d+\s+(comments?|thoughts? on|responses?( to)?|replies)\b.*|"
    r"join the (conversation|discussion)\b.*|"
    r"comments?\s*\(\d+\)|reader comments|what (readers|people) are saying)$",
    re.I,
)
# after the body, a line of these ends the article: what follows is the site's, not the story's
END_REASONS = {
    "related links",
    "comment form",
    "comment thread",
    "newsletter promo",
    "tags",
    "copyright notice",
    "copyright",
    "site footer",
    "site legal notice",
    "share/follow widget",
    "toolbar",
    "cookie notice",
}
# a site's copyright line, not a photo credit ("© Jane Doe") nor a sentence about copyright
_SITE_COPYRIGHT = re.compile(
    r"^\W{0,2}(©|\(c\)|copyright\b)\s*(by\s*)?((19|20)\d\d|[^.]*\brights reserved)", re.I
)
_RIGHTS_RESERVED = re.compile(r"\ball rights reserved\b|\bmay not be (re)?(published|reproduced)", re.I)

_REPLY_FORM = re.compile(
    r"^(leave a (reply|comment)|your email address will not|required fields|save my name|notify me)", re.I
)


# the site's lines about itself, after the story: "This site is updated by 4 a.m. each day ...",
# "A publication of the Valley Media Group.", "Our online edition is updated hourly.", "Visit us again."
_COLOPHON = re.compile(
    r"^(this (web ?site|web site|online (news|edition|service|paper))\b|"
    r"this site (is|was|has been) "
    r"(updated|maintained|operated|owned|published|produced|run|independent|not)\b|"
    r"our (web ?site|web site|online (news|edition|service|paper))\b|"
    r"an? (publication|service|product|division|member|property|site) (of|by|from)\b|"
    r"(come|visit|see) us again\b|.{0,80}\b(in|on) this (web ?site|web site)\b)",
    re.I,
)
COLOPHON = "site colophon"
TAIL_LINES = 6  # a site's lines about itself close the page: the story ends above them


def colophon(text: str) -> bool:
    """A line of the site about itself (forty words at most), after the story."""
    return word_count(text) <= 40 and bool(_COLOPHON.match(text.strip()))


def before_colophon(texts: list[str], reasons: dict[int, str], a: int, b: int) -> int:
    """The body's last line, above the site's lines about itself among its last lines (each
    marked, so a page that has them reads as copied)."""
    for k in range(max(a + 3, b - TAIL_LINES), b + 1):
        if k not in reasons and colophon(texts[k]):
            for m in range(k, b + 1):
                if m not in reasons and colophon(texts[m]):
                    reasons[m] = COLOPHON
            return _site_name_over(texts, reasons, a, k - 1)
    k = b + 1
    while k < len(texts) and k in reasons and k <= b + 2:
        k += 1  # a pager's figure, a rule between the story and the site's lines
    if k < len(texts) and k not in reasons and colophon(texts[k]):
        return _site_name_over(texts, reasons, a, b)
    return b


NAME_WORDS = 4


def _site_name_over(texts: list[str], reasons: dict[int, str], a: int, b: int) -> int:
    """The body's last line, above the site's name that heads its lines about itself ("Valley
    News Leader" over "A publication of the ... Group."): one short line in capitals, no
    figures, no sentence end, right above them (lines already dropped passed over)."""
    k = b
    while k > a and k in reasons:
        k -= 1
    text = texts[k].strip()
    if k <= a + 2 or word_count(text) > NAME_WORDS or not is_title_case(text):
        return b
    if any(c.isdigit() for c in text) or text[-1] in ".!?:;,":
        return b
    reasons[k] = COLOPHON
    return k - 1


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’]?\s+[A-Z\"“]")


def credit_before_prose(text: str) -> bool:
    """A credit glued before the story's paragraph ("© Agency Caption The first paragraph. The
    second?"): thirty words or more and two sentences, which no copyright line is."""
    return word_count(text) >= 30 and bool(_SENTENCE_BREAK.search(text)) and not _RIGHTS_RESERVED.search(text)


def hard_end(text: str, reason: str | None, once: bool = True) -> bool:
    """A line after which nothing is the story's: a site's copyright line, the header or
    the form of a comments section (a one-word label only if the page prints it ``once``)."""
    if reason == COLOPHON:
        return True
    if reason in ("copyright notice", "copyright"):
        if word_count(text) > 40:
            return False
        return bool(_SITE_COPYRIGHT.match(text) or (word_count(text) <= 20 and _RIGHTS_RESERVED.search(text)))
    if reason == "comment form":
        if _REPLY_FORM.match(text):
            return False  # the form under the comments, which a reader may write past
        if word_count(text) >= 2:
            return True
        # "Comments" once heads a section; twice, it is a toolbar's button, "Comment" a column's
        return once and text.strip(" :").lower() == "comments"
    return reason == "comment thread"


END_GAP = 4  # this many lines in a row that are not prose: a list or a menu, not the story
MIN_BODY_WORDS = 40.0  # a tail is cut only after this much of the story
SCATTERED = 0.6  # share of a tail's prose lines that stand alone between non-prose lines
HEAD_SHARE = 0.6  # a menu's promo sentences are shorter than the story's paragraphs


_INLINE_LINK = re.compile(r"[:|]\s*\S+(\s+\S+){2,}")


def is_list_header(text: str, reason: str | None) -> bool:
    """The header of a list of other stories ("Related stories", "More from Sport"), not one
    link set in the story ("Related: Chicago is America's most segregated city")."""
    return reason == "related links" and len(text.split()) <= 6 and not _INLINE_LINK.search(text)


def ends_article(text: str, reason: str | None) -> bool:
    """A line that, after the body, marks the end of the story."""
    if reason == "related links":
        return is_list_header(text, reason)
    return reason in END_REASONS or (reason is not None and bool(COMMENTS_HEADER.match(text)))


_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")


def _alone(
    texts: list[str], scores: list[float], reasons: dict[int, str], lo: int, hi: int
) -> dict[int, bool]:
    """For each prose line in ``lo..hi``, whether no prose line stands next to it, the site's
    own lines (an advertisement label, a caption between two paragraphs) passed over. A
    paragraph under a numbered heading ("3. Don't use a wooden luggage rack") is a section
    of a list article, not a teaser."""
    kept = [i for i in range(lo, hi + 1) if i not in reasons]

    def prose(k: int) -> bool:
        return 0 <= k < len(kept) and scores[kept[k]] > 1

    return {
        kept[k]: not prose(k - 1) and not prose(k + 1) and not (k and _NUMBERED.match(texts[kept[k - 1]]))
        for k in range(len(kept))
        if prose(k)
    }


_PUNCT = re.compile(r"[():;,|/–—=+%$€£#*\[\]-]")


def _signature(text: str) -> str:
    return "".join(_PUNCT.findall(text))


def list_items(texts: list[str], least: int = 3) -> set[int]:
    """Lines of a structured list: three or more in a row with the same punctuation, not
    none ("England (Group A): 10th appearance", "Path B: Bosnia, Slovakia, Ireland")."""
    out: set[int] = set()
    start = 0
    sigs = [_signature(t) for t in texts] + [""]
    for i in range(1, len(sigs)):
        if sigs[i] != sigs[start] or not sigs[i]:
            if sigs[start] and i - start >= least:
                out.update(range(start, i))
            start = i
    return out


def _markers(texts: list[str], reasons: dict[int, str], scores: list[float], a: int, b: int) -> list[int]:
    """Where a tail may start inside ``a..b``: an end marker, the first of END_GAP lines in a
    row that are not prose (a structured list is the story's), or any line that is not prose
    after one that is."""
    out = []
    run = 0
    items = list_items(texts[a : b + 1])
    for i in range(a + 1, b + 1):
        if ends_article(texts[i], reasons.get(i)) or (scores[i] <= 0 < scores[i - 1]):
            out.append(i)
        run = run + 1 if scores[i] <= 0 and (i - a) not in items else 0
        if run == END_GAP:
            out.append(i - END_GAP + 1)
    return sorted(set(out))


def _positive_sums(scores: list[float], a: int, b: int) -> list[float]:
    """``out[k]``: the sum of the positive scores of lines ``a..a+k-1``, added left to right."""
    out = [0.0]
    for s in scores[a : b + 1]:
        out.append(out[-1] + s if s > 0 else out[-1])
    return out


def _after(
    scores: list[float], words: list[float], a: int, m: int, b: int, exact: dict[float, float]
) -> float:
    """The sum of the positive scores of lines ``m..b``: the running totals' difference, or,
    when that is within rounding of twice the sum before ``m`` (where the comparison turns),
    the sum added left to right, as a plain ``sum`` gives it (kept in ``exact`` by the total
    before: lines between two such markers add nothing). Only one total before ``m`` is that
    close, so this stays linear."""
    before = words[m - a]
    after = words[b + 1 - a] - before
    if abs(2 * before - after) > 1e-9 * (before + after + 1.0):
        return after
    if before not in exact:
        exact[before] = sum(s for s in scores[m : b + 1] if s > 0)
    return exact[before]


def trim_tail(
    texts: list[str], reasons: dict[int, str], scores: list[float], a: int, b: int
) -> tuple[int, set[int]]:
    """The body's last line (``b``, or the line before a tail of site material inside it: of
    the places a tail may start, the one that best parts close prose from scattered), and
    the tail's scattered prose lines (teasers, comments, bios).

    Linear in the lines: sums over ``a..m`` and counts of scattered lines come from running
    totals, a line's repetition from one count of all lines."""
    markers = _markers(texts, reasons, scores, a, b)
    words = _positive_sums(scores, a, b)
    counts = Counter(texts)
    exact: dict[float, float] = {}
    for m in markers:
        if hard_end(texts[m], reasons.get(m), counts[texts[m]] == 1) or (
            COMMENTS_HEADER.match(texts[m]) and m in reasons
        ):
            before = words[m - a]
            ends_story = before >= 2 * MIN_BODY_WORDS and any(scores[k] > 1 for k in range(max(a, m - 4), m))
            if before >= MIN_BODY_WORDS and (
                ends_story or before >= _after(scores, words, a, m, b, exact) / 2
            ):
                # a comments section or a site's copyright line: the article is the larger part
                # before it, or a story's paragraphs run up to it
                return m - 1, set()
    alone = _alone(texts, scores, reasons, a, b)
    order = sorted(alone)
    flags = [alone[i] for i in order]
    if len(flags) < 2 or not all(flags[-3:]):
        return b, set()  # the stretch ends in the story's own paragraphs
    suffix = [0.0] * (len(flags) + 1)  # scattered lines count for a tail, close ones against
    for k in range(len(flags) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + (0.5 if flags[k] else -0.5)
    scattered = [0]  # scattered[k]: how many of flags[:k] stand alone
    for flag in flags:
        scattered.append(scattered[-1] + flag)
    best, value = b, 0.0
    for m in markers:
        if words[m - a] < MIN_BODY_WORDS:
            continue
        k = bisect_left(order, m)
        n_body, n_tail = k, len(flags) - k
        if not n_body or not n_tail or suffix[k] <= value:
            continue
        in_body, in_tail = scattered[k], scattered[-1] - scattered[k]
        if in_tail >= SCATTERED * n_tail and in_body < SCATTERED / 2 * n_body:
            best, value = m - 1, suffix[k]
    return best, set()


def _near(x: float, y: float) -> bool:
    """Within rounding of each other: where a running total's difference may decide otherwise
    than the sum added left to right."""
    return abs(x - y) <= 1e-9 * (abs(x) + abs(y) + 1.0)


def trim_head(texts: list[str], reasons: dict[int, str], scores: list[float], a: int, b: int) -> int:
    """The body's first line: ``a``, or the first paragraph after a head of site material (a
    menu of sections with a promo sentence under each: scattered prose, shorter than the
    story's, then the story's close paragraphs).

    Linear in the lines, like ``trim_tail``: the head's and body's words and scattered lines
    come from running totals (the body's added left to right where rounding could decide)."""
    alone = _alone(texts, scores, reasons, a, b)
    order = sorted(alone)
    flags = [alone[i] for i in order]
    prefix, scattered, words = [0.0], [0], [0.0]
    for i, flag in zip(order, flags, strict=True):
        prefix.append(prefix[-1] + (0.5 if flag else -0.5))
        scattered.append(scattered[-1] + flag)
        words.append(words[-1] + scores[i])
    menu = _MenuLines(texts, scores, a, b)
    best, value = a, 0.0
    for k in range(1, len(order)):
        m = order[k]  # ``order`` is sorted without repeats: ``bisect_left(order, m) == k``
        if scores[m - 1] > 1 and (m - 1) not in reasons:
            continue  # not a paragraph's start
        n_body = len(order) - k
        words_head, words_body = words[k], words[-1] - words[k]
        if (
            _near(words_body, 2 * MIN_BODY_WORDS)
            or _near(words_body, words_head)
            or _near(words_head / k, HEAD_SHARE * words_body / n_body)
        ):
            words_body = sum(scores[i] for i in order[k:])
        if prefix[k] <= value or words_body < 2 * MIN_BODY_WORDS:
            continue
        if scattered[k] < SCATTERED * k or scattered[-1] - scattered[k] >= SCATTERED / 2 * n_body:
            continue
        if words_body < words_head:
            continue  # the larger part is the story
        if words_head / k <= HEAD_SHARE * words_body / n_body and menu.between(m):
            best, value = m, prefix[k]
    return best


_CODE = re.compile(r"[{}();=#$<>\\_]|//")


class _MenuLines:
    """Whether the lines between the head's sentences are a menu's: headline capitals or a
    few words (not code, not the pieces of a table). Counted once, on the first question,
    as running totals over lines ``lo..hi``."""

    def __init__(self, texts: list[str], scores: list[float], lo: int, hi: int) -> None:
        self.texts, self.scores, self.lo, self.hi = texts, scores, lo, hi
        self.others: list[int] = []
        self.menu: list[int] = []

    def between(self, hi: int) -> bool:
        """The lines ``lo..hi-1`` that are not prose: at least SCATTERED of them a menu's."""
        if not self.others:
            self.others, self.menu = [0], [0]
            for i in range(self.lo, self.hi + 1):
                other = self.scores[i] <= 1
                t = self.texts[i]
                self.others.append(self.others[-1] + other)
                self.menu.append(
                    self.menu[-1]
                    + (other and (is_title_case(t) or word_count(t) <= 3) and not _CODE.search(t))
                )
        k = hi - self.lo
        return self.menu[k] >= SCATTERED * self.others[k]
