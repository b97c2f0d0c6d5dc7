"""Scientific names of living things are no names of people or organisations: "C. auris".

Health and science stories name bacteria, fungi and viruses by their Latin binomial, the genus
capitalised and the species in lower case: "Candida auris, or C. auris", "P. aeruginosa", "E. coli".
The genus' initial, a capital and a full stop before a lower-case word, reads to the other rules as
a person's initial or an acronym, and a genus such as "Candida" as a given name. Neither is a name
the gold types (a species is no entity), so both are dropped: an initial before a lower-case word
of three letters or more everywhere, and a one-word name right before a lower-case word where the
article also abbreviates that pair ("Candida auris" beside "C. auris").
"""

from __future__ import annotations

import re

Span = tuple[int, int, str, str]

_ABBREVIATED = re.compile(r"(?<![\w.])([A-Z])\. ([a-z]{3,})\b")


def apply(found: list[Span], content: str) -> list[Span]:
    """``found`` without the genera and their initials of the binomials the article abbreviates."""
    pairs = {(m.group(1), m.group(2)) for m in _ABBREVIATED.finditer(content)}
    if not pairs:
        return found
    return [sp for sp in found if not _genus(sp, content, pairs)]


def _genus(span: Span, content: str, pairs: set[tuple[str, str]]) -> bool:
    start, end = span[0], span[1]
    name = content[start:end]
    m = re.match(r" ([a-z]{3,})\b", content[end : end + 40])
    if m is None:
        return False
    if len(name) == 2 and name[1] == ".":
        return (name[0], m.group(1)) in pairs
    return name.isalpha() and name[1:].islower() and (name[0], m.group(1)) in pairs
