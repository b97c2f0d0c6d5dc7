"""A typed name's other mentions: where the article writes it again and nothing typed it there.

The passes before this one type a name where something says what it is; the same words
elsewhere in the article may carry no evidence at all: a sentence's first word ("Respond is
using satellite images", after "the charity Respond"), the last pass's names at a sentence
start or in a headline. Once every pass is done, each name typed inside a sentence (its first
word not a sentence's first, outside headlines) types its untyped exact repetitions in the
article's text, when

- nothing typed overlaps them and no capitalised word joins them on either side (then they
  are part of another name: "House Republicans" is not "House", "Double Olympic champion" not
  "Olympic"); in a headline written in title case, neighbours that are ordinary words do not
  join them ("Skittles May Be Banned");
- a name of one ordinary word is never written in lower case in the article ("Sky" and "the
  sky"), and is three letters or more.
"""

from __future__ import annotations

import bisect
import re

from .consistency import LEGAL
from .gazetteer import Gazetteer
from .rules import FUNCTION_WORDS

Span = tuple[int, int, str, str]
NAMES = ("PERSON", "ORG", "GPE", "LOC", "NORP")
_WORD = re.compile(r"[^\W_][\w'’.&-]*")


def _ordinary(word: str, gaz: Gazetteer) -> bool:
    """A dictionary word (or its plural, "Maps"), a function word or a legal form."""
    if word in FUNCTION_WORDS or word in LEGAL:
        return True
    english, common = gaz.english, gaz.common
    if word in english or word in common:
        return True
    return word.endswith("s") and (word[:-1] in english or word[:-1] in common)


def _firm(found: list[Span], content: str, inline: list[tuple[int, int]]) -> dict[str, tuple[str, str]]:
    """Name text -> (type, canonical) for names typed at least once inside a sentence of the
    body; a name typed two ways is left out."""
    out: dict[str, tuple[str, str]] = {}
    mixed: set[str] = set()
    for start, end, kind, canon in found:
        if kind not in NAMES or not any(s <= start < e for s, e in inline):
            continue
        if _sentence_start(content, start):
            continue
        text = content[start:end]
        seen = out.get(text)
        if seen is not None and seen[0] != kind:
            mixed.add(text)
        out.setdefault(text, (kind, canon))
    for text in mixed:
        del out[text]
    return out


def _sentence_start(content: str, at: int) -> bool:
    """Whether the word at ``at`` opens its line or follows a sentence's end (or an opening quote)."""
    i = at - 1
    while i >= 0 and content[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or content[i] in "\n.!?:;—–-"


def _joined(content: str, start: int, end: int, title_case: bool, gaz: Gazetteer) -> bool:
    """Whether a capitalised word touches the span on either side (part of a longer name)."""
    before = content[max(0, start - 40) : start]
    m = re.search(r"([^\W_][\w'’.&-]*)[ \t]+$", before)
    if m and m.group(1)[:1].isupper() and not (title_case and _ordinary(m.group(1), gaz)):
        if not _ends_sentence(m.group(1)):
            return True
    after = re.match(r"[ \t]+([^\W_][\w'’.&-]*)", content[end : end + 40])
    if after and after.group(1)[:1].isupper():
        word = after.group(1).rstrip(".")
        return not (title_case and _ordinary(word, gaz))
    return bool(re.match(r"[\w&]|-\w|['’](?![sS]\b)\w", content[end : end + 3]))


def apply(
    found: list[Span],
    content: str,
    gaz: Gazetteer,
    inline: list[tuple[int, int]],
    headlines: list[tuple[int, int]],
) -> list[Span]:
    """``found`` with the untyped repetitions of its names (``inline``: the body blocks;
    ``headlines``: the title, dek and heading blocks)."""
    names = _firm(found, content, inline)
    if not names:
        return found
    typed: dict[str, int] = {}
    for start, end, _, _ in found:
        text = content[start:end]
        if text in names:
            typed[text] = typed.get(text, 0) + 1
    names = {t: v for t, v in names.items() if content.count(t) > typed.get(t, 0)}  # all typed already
    if not names:
        return found
    taken = sorted((s, e) for s, e, _, _ in found)
    added: list[Span] = []
    blocks = sorted(inline + headlines)
    for text, (kind, canon) in names.items():
        words = text.split()
        if len(words) == 1 and (len(text) < 3 or _ordinary(text, gaz)):
            if len(text) < 3 or re.search(r"(?<![\w-])" + re.escape(text.lower()) + r"(?![\w-])", content):
                continue
        for s in _occurrences(content, text):
            e = s + len(text)
            if _overlaps(taken, s, e):
                continue
            block = next(((a, b) for a, b in blocks if a <= s < b), None)
            if block is None:
                continue
            title_case = block in headlines and _title_case(content, s)
            if _joined(content, s, e, title_case, gaz):
                continue
            added.append((s, e, kind, canon))
    if not added:
        return found
    return sorted(found + added)


def _occurrences(content: str, text: str) -> list[int]:
    """Where ``text`` stands as words of its own (no letter, digit, hyphen or dot joined before,
    no letter, digit or hyphen after)."""
    out = []
    at = content.find(text)
    while at >= 0:
        before = content[at - 1] if at else " "
        end = at + len(text)
        after = content[end] if end < len(content) else " "
        if not (before.isalnum() or before in "_'’.-") and not (after.isalnum() or after in "_-"):
            out.append(at)
        at = content.find(text, at + 1)
    return out


def _ends_sentence(word: str) -> bool:
    """A word with a full stop that is no abbreviation ("Sertit." but not "Mr." or "U.S.")."""
    return word.endswith(".") and len(word) > 4 and any(ch.islower() for ch in word) and "." not in word[:-1]


def _overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether a span of ``taken`` (sorted by start) overlaps ``s``-``e``."""
    k = bisect.bisect_left(taken, (e, e))
    return any(a < e and s < b for a, b in taken[max(0, k - 8) : k])


def _title_case(content: str, at: int) -> bool:
    """Whether the line at ``at`` capitalises most of its words (a headline in title case)."""
    start = content.rfind("\n", 0, at) + 1
    end = content.find("\n", at)
    words = _WORD.findall(content[start : end if end >= 0 else len(content)])
    long = [w for w in words if len(w) > 3]
    return len(long) >= 2 and sum(1 for w in long if w[:1].isupper()) >= 0.7 * len(long)
