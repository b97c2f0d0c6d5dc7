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


def classes_of(terms: frozenset[str]) -> tuple[tuple[str, frozenset[int]], ...]:
    """The sentence's terms that have classes, with them, sorted (none for names and numbers)."""
    known = table()
    return tuple(sorted((t, known[t]) for t in terms if t in known))


def shared_weight(
    a: tuple[tuple[str, frozenset[int]], ...],
    b: tuple[tuple[str, frozenset[int]], ...],
    a_terms: frozenset[str],
    b_terms: frozenset[str],
    common: frozenset[int],
    weight: Callable[[str], float],
) -> float:
    """Weight of the pairs of words, one of each sentence and not in the other, of one class
    (``a``, ``b``: their ``classes_of``; ``common``: the classes both have)."""
    theirs = [(y, cy) for y, cy in b if y not in a_terms and not cy.isdisjoint(common)]
    if not theirs:
        return 0.0
    out = 0.0
    used: set[str] = set()
    for x, cx in a:
        if x in b_terms or cx.isdisjoint(common):
            continue
        for y, cy in theirs:
            if y not in used and not cx.isdisjoint(cy):
                used.add(y)
                out += SHARE * min(weight(x), weight(y))
                break
    return out
