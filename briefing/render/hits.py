"""Which matching sentences of a search hit to show, shared by the reader and ``briefing search``.

A sentence that only repeats the article's title says nothing the title line does not; it is
left out when the hit has other matching sentences (a hit's only sentence is kept).
"""

from __future__ import annotations

from ..core.model import Hit, Snippet


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def shown_snippets(hit: Hit) -> list[Snippet]:
    """The hit's sentences worth listing, in their order."""
    title = _flat(hit.title or "")
    others = [s for s in hit.snippets if _flat(s.sentence) != title]
    return others or list(hit.snippets)
