"""A sentence's meaning as a vector: the weighted sum of static word vectors (run by hand, not shipped).

The model2vec idea, tried for linking and measured by ``paraphrase_eval.py --vectors``:
``build_vectors.py`` runs the sentence transformer all-MiniLM-L6-v2 once on each of
40,000 common English words, reduces the vectors to 64 principal components, weights them
by how rare the word is (smooth inverse frequency) and quantises them (2.9 MB, under
``/work/cache/embed/``); a sentence's vector is then only a sum of rows, in pure Python
(24 us a sentence, 0.06 s to read the table). It ranks public sentence pairs better than
words alone but does not link the seeds better (README "Stories and links quality"), so
briefing does not use it. Words the table lacks (most names, numbers) add nothing.
"""

from __future__ import annotations

import math
import operator
import re
from array import array
from functools import lru_cache
from pathlib import Path

_TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?")

Vector = tuple[float, ...]


DEFAULT = Path("/work/cache/embed/vectors.bin")
path = DEFAULT  # the table read; set before the first vector is asked for


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, int], array[int], int]:
    """(word -> offset of its row, every row's signed bytes, dimensions)."""
    raw = path.read_bytes()
    end = raw.index(b"\n\n")
    lines = raw[:end].decode("utf-8").split("\n")
    magic, _version, count, dims_text, _scale = lines[0].split()
    dims = int(dims_text)
    words = lines[1:]
    if magic != "briefing-vectors" or len(words) != int(count) or len(raw) - end - 2 != len(words) * dims:
        raise ValueError(f"{path} is damaged: rebuild it with tools/eval/build_vectors.py")
    rows = array("b")
    rows.frombytes(raw[end + 2 :])
    return {w: n * dims for n, w in enumerate(words)}, rows, dims


def _rows(sentence: str) -> list[array[int]]:
    index, rows, dims = table()
    out = []
    for token in _TOKEN.findall(sentence):
        word = token.lower().replace("’", "'")
        at = index.get(word)
        if at is not None:
            out.append(rows[at : at + dims])
        elif "-" in word:  # "non-American": its known parts
            out.extend(rows[p : p + dims] for part in word.split("-") if (p := index.get(part)) is not None)
    return out


def vector(sentence: str) -> Vector:
    """The sentence's direction (length 1), or () when it has no word the table knows."""
    found = _rows(sentence)
    if not found:
        return ()
    sums = list(map(sum, zip(*found, strict=True)))
    norm = math.sqrt(math.fsum(v * v for v in sums))
    return tuple(v / norm for v in sums) if norm else ()


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two sentence vectors; 0 when either is unknown."""
    return math.fsum(map(operator.mul, a, b)) if a and b else 0.0
