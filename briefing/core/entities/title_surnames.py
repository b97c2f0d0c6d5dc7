"""A family name that is a title word names the person alone too: "Billie Jean King ... King said".

"King", "Bishop", "Prince" or "Judge" are titles to the gazetteer, so the chunker reads a bare
"King" as a title waiting for its name and types nothing. When the article names a person in full
with such a word last ("Oona King", "Billie Jean King"), and that person is the only one of the
family, the word alone is that person wherever it is no title: not after "the" or another
capitalised word ("the King", "Stephen King"), and not before a capitalised word or "of" ("King
Abdullah", "King of Spain").
"""

from __future__ import annotations

import re

from .gazetteer import TITLE, Gazetteer

Span = tuple[int, int, str, str]
_BEFORE_TITLE = re.compile(r"(?:\b[Tt]he|[A-Z][\w'’.-]*)\s+$")
_AFTER_TITLE = re.compile(r"\s+(?:[A-Z]|of\b)")


def apply(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """``found`` with the bare title-word family names of the article's people typed PERSON."""
    people: dict[str, set[str]] = {}
    for s, e, kind, canon in found:
        words = content[s:e].split()
        if kind == "PERSON" and len(words) > 1:
            entry = gaz.phrases.get(words[-1])
            if entry is not None and entry.type == TITLE and words[-1] in gaz.family_names:
                people.setdefault(words[-1], set()).add(canon)
    people = {w: c for w, c in people.items() if len(c) == 1}
    if not people:
        return found
    spans = [(s, e) for s, e, _k, _c in found]
    out = list(found)
    for word, (canon,) in people.items():
        for m in re.finditer(rf"(?<![\w'’.-]){re.escape(word)}(?![\w-])", content):
            s, e = m.span()
            if any(a < e and s < b for a, b in spans):
                continue
            if _BEFORE_TITLE.search(content[max(0, s - 30) : s]) or _AFTER_TITLE.match(content, e):
                continue
            out.append((s, e, "PERSON", canon))
    return sorted(out) if len(out) > len(found) else found
