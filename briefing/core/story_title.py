"""Checking a page's stated title against its story, as a reader would.

Older and smaller sites state no headline in their metadata: their ``<title>`` is
the site's name ("Berkshire Eagle Online"), a section ("US Entertainment"), a
widget's label ("Related News", "Bookmark with:"), or the headline wrapped in the
site's name and section ("toledoblade.com -- Headline", "Headline | | Print |").
A headline shares its words with the first paragraphs of its story; those do not.
So, against the start of the body:

- a part of the title before or after a separator that shares no word with the
  story and is shaped like a name (a domain, or capitalised words) is cut while
  the rest does share ("Headline - The Honolulu Advertiser");
- a title sharing one word or none with the story gives way to one of the page's
  ``<h1>``s, headings or short first lines that shares three or more and two more
  than it;
- a title sharing nothing, with nothing better on the page, gives way to one made
  from the lede (marked as derived by the caller).

Words are compared folded and cut to five letters, leaving out the commonest
("news", "said", "the"), so "withdraw" in a headline meets "withdrawn" in the lede.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .cjk import UNSPACED_CHARS, pieces
from .domains import DOMAIN

_WORDS = re.compile(r"[^\W\d_]{3,}")
_CJK_RUNS = re.compile(r"[^\W\d_]+")
# Chinese and Japanese set no spaces between words (Korean does: its words are compared whole)
_UNSPACED_CHAR = re.compile(f"[{UNSPACED_CHARS}]")

# words a site's name or label shares with any story
_PLAIN = frozenset(
    "the and for with from that this are was were has have had not but its his her their "
    "our your who what when where why how all new more most news says said will would can "
    "after over into out about than then them they one two three online home page latest "
    "world sport sports daily times today".split()
)
# the separators sites put around their name (an en or em dash, or a colon, more often opens
# the headline's second half: "Review – shoots for the moon")
_SPLIT = re.compile(rf"\s+(?:\||--|::|-|/|»|·|•)\s+|\s*[|｜]\s*|_(?=[A-Z{UNSPACED_CHARS}])")
BODY_SAMPLE = 4000  # characters of the body compared: the first paragraphs


def unspaced(text: str) -> bool:
    """Whether ``text`` holds a Chinese or Japanese character."""
    return not text.isascii() and _UNSPACED_CHAR.search(text) is not None


def keys(text: str) -> set[str]:
    """Content words of ``text``, folded and cut to five letters; in Chinese or Japanese
    text, which sets no spaces, its overlapping pairs of characters (as the index reads it:
    ``cjk``)."""
    folded = text.casefold()
    found = {w[:5] for w in _WORDS.findall(folded) if w not in _PLAIN and not unspaced(w)}
    if unspaced(folded):
        for run in _CJK_RUNS.findall(folded):
            if unspaced(run):
                found.update(p for p, *_ in pieces(run, index=False)[0] if len(p) == 2 and unspaced(p))
    return found


def words(text: str) -> int:
    """How many words ``text`` has, a pair of Chinese or Japanese characters counted as one."""
    n = len(text.split())
    if unspaced(text):
        for run in _CJK_RUNS.findall(text):
            if unspaced(run):
                n += max(0, (len(run) + 1) // 2 - 1)
    return n


def shared(text: str, story: set[str]) -> int:
    return len(keys(text) & story)


def trimmed(title: str, story: set[str]) -> str:
    """``title`` without its first or last parts (between separators) that name the site or
    section rather than the story: a domain, or capitalised words sharing at most one word
    with the story while the rest shares two or more (three words or more are left)."""
    parts = [p.strip() for p in _SPLIT.split(title)]
    parts = [p for p in parts if p]
    while len(parts) > 1:
        for at in (0, -1):
            part = parts[at]
            rest = parts[1:] if at == 0 else parts[:-1]
            left = " - ".join(rest)
            if words(left) < 3:
                continue
            if DOMAIN.search(part) or (
                _name_like(part)
                and shared(part, story) <= 1
                and shared(left, story) >= 2 + shared(part, story)
            ):
                parts = rest
                break
        else:
            break
    kept = " - ".join(parts)
    return kept if parts and words(kept) >= 3 else title


def _name_like(part: str) -> bool:
    """A site's or section's name: a domain, or words that all start with a capital."""
    if DOMAIN.search(part):
        return True
    if unspaced(part):  # no capitals in these scripts: a short part ("山谷日报") may be a name
        return len(part) <= 10
    named = [w for w in part.split() if w[:1].isalpha()]
    return bool(named) and all(w[:1].isupper() for w in named)


def choose(title: str, candidates: Iterable[str], body: str) -> tuple[str, bool]:
    """(the story's title, whether it is one of ``candidates``) for a page whose stated
    title is ``title``; "" when neither fits and the lede should give one."""
    story = keys(body[:BODY_SAMPLE])
    if not story:
        return title, False
    title = trimmed(title, story) if title else title
    score = shared(title, story) if title else 0
    if score > 1:
        return title, False
    best, best_score = "", max(2, score + 1)
    for candidate in candidates:
        text = " ".join(candidate.split())
        if not 3 <= words(text) <= 30 or text == title:
            continue
        got = shared(text, story)
        if got > best_score and 2 * got >= len(keys(text)):
            best, best_score = text, got
    if best:
        return best, True
    return (title if score else ""), False
