"""Market indices named with a number: "the S&P 500 Index", "the Stoxx Europe 600 Index".

Markets reports name an index by its maker, its region and the number of shares it holds, then
"Index". The chunker reads capitalised words, so the number cut such a name in two: "S&P" an
organisation and "600 Index" a person, or "Europe" a place. The guideline types an index ORG
("[FTSE 100]"), so a run of one to four capitalised words (or "S&P"-like initials), a number of two
to four digits and a capitalised "Index" is one organisation, over whatever a rule typed inside it.
Only the capitalised head counts: "the S&P 500 index rose" stays as the other rules read it.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str, str]

_INDEX = re.compile(
    r"(?<![\w&.'’-])(?!(?:The|A|An|In|On|At) )"  # no article or preposition opening the sentence
    r"((?:[A-Z][\w&'’.-]*|[A-Z]&[A-Z]) (?:(?:[A-Z][\w&'’.-]*) ){0,3})\d{2,4} Index\b"
)


def apply(found: list[Span], content: str) -> list[Span]:
    """``found`` with each numbered index one ORG, the spans inside it dropped."""
    if " Index" not in content:
        return found
    return one_organisation(found, [(m.start(), m.end()) for m in _INDEX.finditer(content)], content)


def one_organisation(found: list[Span], runs: list[tuple[int, int]], content: str) -> list[Span]:
    """``found`` with each run one ORG, the spans inside it dropped (a run that a span kept
    crosses is left out); shared with ``legal_names``."""
    if not runs:
        return found
    kept = [sp for sp in found if not any(s <= sp[0] and sp[1] <= e for s, e in runs)]
    kept += [(s, e, "ORG", content[s:e]) for s, e in runs if not any(k[0] < e and s < k[1] for k in kept)]
    return sorted(kept)
