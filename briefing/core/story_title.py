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

from .domains import DOMAIN

_WORDS = re.compile(r"[^\W\d_]{3,}")
# words a site's name or label shares with any story
_PLAIN = frozenset(
    "the and for with from that this are was were has have had not but its his her their "
    "our your who what when where why how all new more most news says said will would can "
    "after over into out about than then them they one two three online home page latest "
    "world sport sports daily times today".split()
)
# the separators sites put around their name (an en or em dash, or a colon, more often opens
# the headline's second half: "Review – shoots for the moon")
_SPLIT = re.compile(r"\s+(?:\||--|::|-|/|»|·|•)\s+|\s*\|\s*|_(?=[A-Z])")
BODY_SAMPLE = 4000  # characters of the body compared: the first paragraphs


def keys(text: str) -> set[str]:
    """Content words of ``text``, folded and cut to five letters."""
    return {w[:5] for w in _WORDS.findall(text.casefold()) if w not in _PLAIN}


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
            if len(left.split()) < 3:
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
    return kept if parts and len(kept.split()) >= 3 else title


def _name_like(part: str) -> bool:
    """A site's or section's name: a domain, or words that all start with a capital."""
    if DOMAIN.search(part):
        return True
    words = [w for w in part.split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words)


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
        words = len(text.split())
        if not 3 <= words <= 30 or text == title:
            continue
        got = shared(text, story)
        if got > best_score and 2 * got >= len(keys(text)):
            best, best_score = text, got
    if best:
        return best, True
    return (title if score else ""), False
