"""The headline and standfirst above a story's masthead, when a widget's line was taken for the title.

A story's opening is often set as: its headline, its standfirst (a paragraph that sums it
up), the masthead (the section, the byline and the date), a photo with its caption and
credit, a row of share buttons, then the lede. The title chooser looks for the headline
just above the lede, so a caption or a share button there ("Share on Twitter", in a
language whose wording no rule knows) can take the title, and the standfirst above it
is dropped as "before the article". ``headline_over_standfirst`` finds the headline over
such a standfirst by shape and position only: a headline-shaped line, a paragraph under
it that shares words with the story, and a byline or date a few lines below the paragraph.
"""

from __future__ import annotations

from .shape import SMALL_WORDS, ends_sentence, headline_shaped, word_count

GAP = 14  # lines from the standfirst to the lede: masthead, photo, caption, credit, share bar
MASTHEAD_WITHIN = 4  # the byline or date follows the standfirst within this many lines
MASTHEAD = frozenset({"byline", "dateline metadata", "author box", "reading time"})
STANDFIRST_WORDS = 8
SHARED_WORDS = 2  # a standfirst sums up the story: it shares words with its first paragraphs
STORY_LINES = 10
LABEL_WORDS = 3  # a section label between the standfirst and its byline ("World", "Politics")


def _words(text: str) -> set[str]:
    return {
        w
        for w in (t.strip(".,:;!?\"'‘’“”()«»„").casefold() for t in text.split())
        if len(w) >= 4 and w.isalpha() and w not in SMALL_WORDS
    }


def _masthead_under(texts: list[str], reasons: dict[int, str], i: int) -> int | None:
    """The byline or date within a few lines under line ``i``, only the site's lines or a short
    label between; None when there is none."""
    for k in range(i + 1, min(len(texts), i + 1 + MASTHEAD_WITHIN)):
        if reasons.get(k) in MASTHEAD:
            return k
        if k not in reasons and word_count(texts[k]) > LABEL_WORDS:
            return None
    return None


def _paragraph(texts: list[str], reasons: dict[int, str], i: int) -> bool:
    return i not in reasons and word_count(texts[i]) >= STANDFIRST_WORDS and ends_sentence(texts[i])


def headline_over_standfirst(
    texts: list[str], reasons: dict[int, str], protected: set[int], title: int | None, lede: int
) -> tuple[int, int, int] | None:
    """(headline, standfirst, the first paragraph under the masthead) when a headline-shaped
    line, a paragraph sharing words with the story and, a few lines under it, a byline or date
    stand at most ``GAP`` lines above the lede, and the title chosen is that headline or a line
    below them with no byline or date of its own under it (a caption, a button); else None."""
    if title is not None and _masthead_under(texts, reasons, title) is not None:
        return None
    story: set[str] | None = None  # the story's words, counted only for a candidate
    for s in range(min(lede, len(texts) - 1), max(0, lede - GAP) - 1, -1):
        h = s - 1
        if title is not None and h != title and s >= title:
            continue  # under the title chosen, a paragraph is kept already
        if s in protected or not _paragraph(texts, reasons, s):
            continue
        if h < 0 or h in reasons or h in protected or word_count(texts[h]) < LABEL_WORDS:
            continue
        masthead = _masthead_under(texts, reasons, s)
        if masthead is None or not headline_shaped(texts[h]):
            continue
        if story is None and h != title:
            lines = range(lede, min(len(texts), lede + STORY_LINES))
            story = _words(" ".join(texts[k] for k in lines if k not in reasons))
        if h == title or len(_words(texts[s]) & (story or set())) >= SHARED_WORDS:
            first = next(
                (
                    k
                    for k in range(masthead + 1, min(len(texts), masthead + 1 + GAP))
                    if _paragraph(texts, reasons, k)
                ),
                masthead,
            )
            return h, s, first
    return None
