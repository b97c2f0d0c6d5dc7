"""Sentence splitting with exact offsets.

Newlines are always boundaries (the caller passes one line or paragraph at a
time); inside a line a boundary is sentence-final punctuation, optionally
followed by closing quotes or brackets, then whitespace, then something that
can start a sentence. In scripts written without spaces (Chinese, Japanese) the
full-width ends 。！？ are boundaries with or without a space after them.
Abbreviations ("Mr.", "Oct. 31", "No. 1", "a.m.") and initialisms ("U.S.") do not
end a sentence unless what follows clearly starts one.
"""

from __future__ import annotations

import re

# Abbreviations that never end a sentence when followed by more text.
_TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sen",
    "rep",
    "gov",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "cmdr",
    "adm",
    "maj",
    "pres",
    "supt",
    "insp",
    "det",
    "rev",
    "fr",
    "hon",
    "amb",
    "sr",
    "jr",
    "st",
    "mt",
    "ft",
    "messrs",
    "mmes",
    "mme",
    "mlle",
}
_ALWAYS_JOIN = _TITLES | {
    "vs",
    "v",
    "figs",
    "approx",
    "dept",
    "univ",
    "assn",
    "bros",
    "cf",
    "ca",
    "al",
}
# Abbreviations that join only when a number follows ("Oct. 31", "No. 1").
_BEFORE_NUMBER = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "nos",
    "p",
    "pp",
    "vol",
    "fig",
    "art",
    "sec",
    "ch",
}
# Abbreviations that join unless a clear sentence starter follows.
_SOFT = {
    "inc",
    "corp",
    "ltd",
    "co",
    "plc",
    "llc",
    "etc",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "d.c",
    "u.s.a",
    "n.y",
    "l.a",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    "ave",
    "blvd",
    "rd",
}

# Words that commonly begin a sentence; after a soft abbreviation they signal a boundary.
SENTENCE_STARTERS = {
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "for",
    "as",
    "after",
    "before",
    "when",
    "while",
    "if",
    "although",
    "though",
    "however",
    "meanwhile",
    "still",
    "there",
    "here",
    "what",
    "why",
    "how",
    "who",
    "officials",
    "some",
    "many",
    "most",
    "both",
    "all",
    "no",
    "not",
    "one",
    "two",
    "last",
    "next",
    "since",
    "during",
    "despite",
    "according",
    "under",
    "with",
    "without",
    "by",
    "from",
    "to",
    "now",
    "then",
    "also",
    "earlier",
    "later",
    "experts",
    "analysts",
    "critics",
    "mr",
    "mrs",
    "ms",
    "dr",
}

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«([¿¡"
# candidate boundary: terminal punctuation, closers, whitespace
_BOUNDARY = re.compile(r"([.!?…]+)([" + re.escape(_CLOSERS) + r"]*)(\s+)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# scripts written without spaces between words (Chinese, Japanese): full-width sentence ends
_CJK_CLOSERS = '」』）】〉》〕"”’)'
_CJK_END = re.compile(
    r"(?:[。！？]+|(?<=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])[!?]+)[" + re.escape(_CJK_CLOSERS) + r"]*"
)
_HAS_CJK = re.compile(r"[。！？\u3040-\u30ff\u3400-\u9fff]")


_NEXT_WORD = re.compile(r"[" + re.escape(_OPENERS) + r"]*([\w’'.-]+)")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _word_before(text: str, end: int) -> str:
    """What ``_WORD_BEFORE`` finds in ``text[:end]`` (letters and dots, from a letter, ending
    there), read backwards from ``end`` instead of searched for from the line's start."""
    if end > 0 and text[end - 1] == "\n":
        m = _WORD_BEFORE.search(text, 0, end)  # "$" also matches before a last newline
        return m.group(1) if m else ""
    start = end
    while start > 0 and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < end and text[start] == ".":
        start += 1
    return text[start:end]


def _is_boundary(text: str, punct_start: int, punct: str, after: int) -> bool:
    """Decide whether the punctuation at punct_start ends a sentence."""
    if after >= len(text):
        return False
    nxt_char = text[after]
    if "?" in punct or "!" in punct or "…" in punct:
        return nxt_char.isupper() or nxt_char.isdigit() or nxt_char in _OPENERS
    # a period: look at the word it ends
    word = _word_before(text, punct_start)
    low = word.lower().rstrip(".")
    starts_upper = nxt_char.isupper() or nxt_char in _OPENERS
    if not (starts_upper or nxt_char.isdigit()):
        return False  # lower-case continuation, dash, etc.
    if nxt_char.isdigit():
        if low in _BEFORE_NUMBER or low in _ALWAYS_JOIN:
            return False
        return True
    if low in _ALWAYS_JOIN and len(punct) == 1:
        return False
    is_initialism = bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", word + ".")) and "." in word
    single_initial = len(word) == 1 and word.isupper()
    if single_initial:
        # "J. Smith": an initial inside a name
        return False
    if low in _SOFT or is_initialism:
        return _next_word(text, after).lower().strip("’'") in SENTENCE_STARTERS
    return True


def _cjk_boundaries(text: str) -> list[tuple[int, int]]:
    """(end of a sentence, start of the next) at full-width sentence ends: 。！？ (and ! ? between
    CJK characters), after any closing brackets or quotes; no space needs to follow."""
    out = []
    for m in _CJK_END.finditer(text):
        after = m.end()
        while after < len(text) and text[after].isspace():
            after += 1
        if after >= len(text) or text[after] in _CJK_CLOSERS:
            continue
        if m.group(0)[-1] in _CJK_CLOSERS and "\u3040" <= text[after] <= "\u309f":
            continue  # 「行く。」と言った: a quoted sentence inside one, a particle follows
        out.append((m.end(), after))
    return out


# a list item's bullet before the line's first sentence ("- ", "• ", "* ", "– ")
_LIST_MARKER = re.compile(r"[-–—•*·▪]\s+(?=\S)")


def split_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Split one line of text into sentence spans (absolute offsets, whitespace trimmed)."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    cuts = [
        (m.start(3), m.end(3))
        for m in _BOUNDARY.finditer(text)
        if _is_boundary(text, m.start(1), m.group(1), m.end(3))
    ]
    if _HAS_CJK.search(text):
        cuts = sorted(set(cuts) | set(_cjk_boundaries(text)))
    for end, after in cuts:
        if end > start:
            spans.append((start, end))
            start = after
    if start < n:
        spans.append((start, n))
    out = []
    for s, e in spans:
        seg = text[s:e]
        ls = len(seg) - len(seg.lstrip())
        if s == 0 and (marker := _LIST_MARKER.match(seg, ls)):
            ls = marker.end()  # "- The minister said...": the sentence starts after the bullet
        rs = len(seg.rstrip())
        if rs > ls:
            out.append((offset + s + ls, offset + s + rs))
    return out
