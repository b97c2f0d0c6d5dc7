"""Words inside CJK text, which sets no spaces between them: overlapping character pairs.

The index's tokenizer reads a run of Chinese, Japanese or Korean characters as one "word"
(``東京都に住む``), so a word inside it could never be found. As search engines do for
these scripts (Lucene's CJK bigrams), such a run is indexed as its overlapping pairs of
characters (東京 京都 都に に住 住む) and, for one-character searches, its characters; a
query's run becomes its pairs (a phrase of them: ``東京都`` is 東京 then 京都). Words of other
scripts pass unchanged, at the positions they had. The Whoosh filter is
``index.cjk_filter``; this module imports nothing of Whoosh (the reader's match
highlighting uses ``has_cjk`` too).

Positions: a run of n characters takes n-1 positions (one per pair), so a phrase of a
run and the words around it matches in the index as in the query; a character is at the
position of the pair it starts (the last at the one after).
"""

from __future__ import annotations

import re

# Hiragana, Katakana (and its extensions, half-width forms), CJK ideographs (extension A,
# the unified block, compatibility ideographs): the scripts that set no spaces between words
UNSPACED_CHARS = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
# and Hangul syllables (Korean sets spaces, but its words hold inner words too)
CJK_CHARS = UNSPACED_CHARS + "\uac00-\ud7af"
_CJK = re.compile(f"[{CJK_CHARS}]")
_PARTS = re.compile(f"[{CJK_CHARS}]+|[^{CJK_CHARS}]+")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese, Japanese or Korean character."""
    return not text.isascii() and _CJK.search(text) is not None


def pieces(word: str, index: bool) -> tuple[list[tuple[str, int, int, int]], int]:
    """((text, start, end, position) ..., positions taken) for ``word``: its CJK runs as pairs
    of characters (with ``index``, each character too), the rest as it is; positions are
    counted from the word's own."""
    out: list[tuple[str, int, int, int]] = []
    cur = 0
    for part in _PARTS.finditer(word):
        text, at = part.group(0), part.start()
        n = len(text)
        if n == 1 or not _CJK.match(text):
            out.append((text, at, at + n, cur))
            cur += 1
            continue
        for i in range(n - 1):
            if index:
                out.append((text[i], at + i, at + i + 1, cur + i))
            out.append((text[i : i + 2], at + i, at + i + 2, cur + i))
        if index:
            out.append((text[-1], at + n - 1, at + n, cur + n - 1))
        cur += n - 1
    return out, cur
