"""Whether lines outside the detected body are still the story: its first paragraphs above a
widget or a headline-shaped line, its last ones past an end marker.

A story's own paragraphs name the people and places the rest of it names; a teaser of
another story, a promo sentence or a standfirst of the site does not, or stands alone
between headlines. The body's start and end are only moved over lines of prose (or rows
of the story's table) that continue it so.
"""

from __future__ import annotations

import re

from .shape import SMALL_WORDS, ends_sentence, headline_shaped, word_count

PROSE = 8.0  # a line of this weight (``region.score``) is a paragraph, not a label
# lines of prose (or this much weight) before a headline-shaped line inside the body: the
# story began above it, and that line is a heading or a widget's, not the headline
STORY_LINES = 2
STORY_ROWS = 5
GAP = 12  # lines a widget set in the story's opening may take (a gallery, a stats box)
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*[a-z][\w'’-]*")
_NO_CAPITALS = re.compile(r"[\u0600-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def names(text: str, first: bool = False) -> set[str]:
    """The capitalised words of a line (names of people, places, teams), folded; its first
    word only when ``first`` (a sentence's first word is capitalised whatever it is)."""
    out = set()
    for k, match in enumerate(_CAPITALISED.finditer(text)):
        word = match.group().rstrip("'’s").casefold()
        if len(word) >= 3 and word not in SMALL_WORDS and (first or k or match.start() > 0):
            out.add(word)
    return out


def shares_names(text: str, story: list[str]) -> bool:
    """Line ``text`` names (anywhere, its first word too) someone or something the story's
    lines name inside a sentence; never in a script without capitals: nothing to tell it by."""
    if _NO_CAPITALS.search(text):
        return False
    own = names(text, first=True)
    return bool(own) and any(own & names(line) for line in story)


def story_above(
    texts: list[str], scores: list[float], reasons: dict[int, str], span: tuple[int, int], line: int
) -> bool:
    """The lines ``a..line-1`` of the body's stretch ``span`` are a story's opening, not a
    promo sentence and a standfirst nor a table of contents: two paragraphs or more, or five
    sentences or more (a results round-up's rows: "Heritage (1-0): Sheffield 19 points."),
    that name what the lines from ``line`` on name."""
    a, b = span
    kept = [i for i in range(a, line) if i not in reasons and scores[i] > 0]
    paragraphs = sum(1 for i in kept if scores[i] >= PROSE)
    if paragraphs < STORY_LINES and sum(1 for i in kept if ends_sentence(texts[i])) < STORY_ROWS:
        return False
    after = [texts[i] for i in range(line, min(b + 1, line + 30)) if i not in reasons]
    return any(shares_names(texts[i], after) for i in kept)


TITLE_WORDS = 6  # a headline-shaped line this long may be the headline: the opening is below it
# the widgets a story's opening may hold (a photo and its credit, a gallery, a player, share
# buttons, an advertisement's label, the date and byline under the headline)
OPENING_INSETS = frozenset(
    {
        "photo caption/credit",
        "gallery heading",
        "gallery caption",
        "gallery/toolbar label",
        "advertisement",
        "share/follow widget",
        "toolbar",
        "video/audio player",
        "dateline metadata",
        "byline",
        "reading time",
    }
)
_UNDER_HEADLINE = frozenset({"dateline metadata", "byline"})


def _may_be_headline(texts: list[str], reasons: dict[int, str], i: int) -> bool:
    """Line ``i`` is shaped as a headline and long enough, or has a date or byline under it."""
    if i in reasons or not headline_shaped(texts[i]):
        return False
    if word_count(texts[i]) >= TITLE_WORDS:
        return True
    return word_count(texts[i]) >= 2 and reasons.get(i + 1) in _UNDER_HEADLINE


def earlier_start(texts: list[str], reasons: dict[int, str], scores: list[float], a: int, b: int) -> int:
    """The story's first paragraph: ``a``, or one above a widget set in the story's opening (a
    gallery and its captions, a stats box, a row of buttons: up to ``GAP`` lines) that names
    what the story names. The walk stops at a line that may be the headline, at a line of
    the site's that no opening holds (a menu, a list header, a sign-up box) and at a
    paragraph that names nothing of the story."""
    story = [texts[i] for i in range(a, min(b + 1, a + 30)) if i not in reasons]
    start, gap = a, 0
    for i in range(a - 1, -1, -1):
        if gap > GAP or (i in reasons and reasons[i] not in OPENING_INSETS):
            break
        if i not in reasons and scores[i] >= PROSE:
            if not shares_names(texts[i], story):
                break
            start, gap = i, 0
            continue
        if _may_be_headline(texts, reasons, i):
            break
        gap += 1
    return start


ABOUT_LINES = 3  # a name in this many of the story's lines is what it is about
LIST_LEAST = 3  # items of one punctuation in a row: a list (tour dates, fixtures, results)


def list_after(texts: list[str], reasons: dict[int, str], a: int, b: int) -> int:
    """The body's last line: ``b``, or the last item of a list the story ends with (its tour
    dates, its fixtures), under the story's last line when that introduces it ("... the dates
    are:") or under a heading that names what the story names ("The Band's Tour Dates")."""
    story = [texts[i] for i in range(max(a, b - 30), b + 1) if i not in reasons]
    first = b + 1
    if not texts[b].rstrip().endswith(":"):
        heading = first < len(texts) and first not in reasons and headline_shaped(texts[first])
        if not heading or not (texts[first].endswith(":") or _about(texts[first], story)):
            return b
        first += 1
    lead = _lead(texts[first]) if first < len(texts) else ""
    last = first - 1
    while last + 1 < len(texts) and (last + 1) not in reasons and lead and _lead(texts[last + 1]) == lead:
        last += 1
    return last if last - first + 1 >= LIST_LEAST else b


def _about(heading: str, story: list[str]) -> bool:
    """A heading names what the story is about: a name it has in three of its lines or more."""
    own = names(heading, first=True)
    return any(sum(1 for line in story if word in names(line, first=True)) >= ABOUT_LINES for word in own)


_LEAD = re.compile(r"[^\w\s'’.]")


def _lead(text: str) -> str:
    """A list item's first separator ("June 9 – Tampa, FL @ Arena": the dash), for lines of
    twenty words at most."""
    match = _LEAD.search(text)
    return match.group() if match and word_count(text) <= 20 else ""
