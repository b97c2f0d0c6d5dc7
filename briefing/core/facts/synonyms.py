"""Words of one meaning that linking counts as shared: classes from Princeton WordNet 3.0.

``briefing/data/synonyms.txt`` (built by ``tools/build_synonyms.py``, one class a line, as
the linker's terms) puts a word in the synsets of its two most frequent senses of each part
of speech ("buy" / "purchase", "car" / "automobile", "doctor" / "physician"). Two sentences
that each have a word of one class the other lacks share it at ``SHARE`` of the lighter
word's weight; each word is paired once. Nothing is read until the first sentence is
measured. Measured (``tools/eval/paraphrase_eval.py``): MSRP train AUC 0.746 -> 0.749, ECB+
same-event pairs 0.606 -> 0.611, at the linking threshold ECB+ recall 0.087 -> 0.093.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources

SHARE = 0.8  # of the lighter word's weight


@lru_cache(maxsize=1)
def table() -> dict[str, frozenset[int]]:
    """Term -> the ids of its classes."""
    data = resources.files("briefing").joinpath("data", "synonyms.txt").read_text(encoding="utf-8")
    out: dict[str, set[int]] = {}
    n = 0
    for line in data.splitlines():
        if not line or line.startswith("#"):
            continue
        for term in line.split():
            out.setdefault(term, set()).add(n)
        n += 1
    return {t: frozenset(c) for t, c in out.items()}


def classes_of(terms: frozenset[str]) -> frozenset[int]:
    """The classes of a sentence's terms (empty for a sentence of names and numbers only)."""
    known = table()
    out: set[int] = set()
    for t in terms:
        c = known.get(t)
        if c:
            out.update(c)
    return frozenset(out)


def shared_weight(
    a: frozenset[str], b: frozenset[str], common: frozenset[int], weight: Callable[[str], float]
) -> float:
    """Weight of the pairs of words, one of each sentence and not in the other, of one class."""
    known = table()
    mine = sorted(t for t in a - b if not known.get(t, frozenset()).isdisjoint(common))
    theirs = sorted(t for t in b - a if not known.get(t, frozenset()).isdisjoint(common))
    out = 0.0
    used: set[str] = set()
    for x in mine:
        cx = known[x] & common
        for y in theirs:
            if y not in used and not cx.isdisjoint(known[y]):
                used.add(y)
                out += SHARE * min(weight(x), weight(y))
                break
    return out
