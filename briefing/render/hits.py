"""Which matching sentences of a search hit to show, shared by the reader and ``briefing search``.

A sentence that only repeats the article's title says nothing the title line does not; it is
left out when the hit has other matching sentences (a hit's only sentence is kept). A very
long sentence is shown as a window of whole words around its hits, "…" at each cut end
(``excerpt``); JSON output keeps the whole sentence.
"""

from __future__ import annotations

from ..core.model import Hit, Snippet
from ..core.sanitize import for_terminal


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def shown_snippets(hit: Hit) -> list[Snippet]:
    """The hit's sentences worth listing, in their order."""
    title = _flat(hit.title or "")
    others = [s for s in hit.snippets if _flat(s.sentence) != title]
    return others or list(hit.snippets)


#: a matching sentence longer than WHOLE_CHARS is shown as a window of EXCERPT_CHARS around its hits
EXCERPT_CHARS = 240
WHOLE_CHARS = 320
ELLIPSIS = "…"


def _window(length: int, hits: list[tuple[int, int]], budget: int) -> tuple[int, int]:
    """The [start, end) of at most ``budget`` characters: as many hits as fit from the first."""
    if not hits:
        return 0, budget
    first = hits[0][0]
    last = max([b for _, b in hits if b - first <= budget * 2 // 3], default=first)
    lead = max((budget - (last - first)) // 3, 0)
    start = max(first - lead, 0)
    end = min(start + budget, length)
    return max(end - budget, 0), end


def excerpt(snippet: Snippet, budget: int = EXCERPT_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """The snippet's sentence, safe for a terminal on one line, and its hits relative to it.

    A sentence over ``budget`` characters (a run-on paragraph, a table read as one sentence)
    becomes a window of whole words around its first hits, with "…" where it was cut.
    """
    sentence = for_terminal(snippet.sentence, keep_newlines=False)
    hits = sorted(
        (a - snippet.start, b - snippet.start)
        for a, b in snippet.highlights
        if 0 <= a - snippet.start < b - snippet.start <= len(sentence)
    )
    if len(sentence) <= max(budget, WHOLE_CHARS * budget // EXCERPT_CHARS):
        return sentence, hits
    start, end = _window(len(sentence), hits, budget)
    if start > 0 and not sentence[start - 1].isspace():  # whole words: cut after a space
        space = sentence.find(" ", start)
        start = space + 1 if 0 <= space < (hits[0][0] if hits else end) else start
    if end < len(sentence) and not sentence[end].isspace():
        space = sentence.rfind(" ", start, end)
        end = space if space > (hits[0][1] if hits else start) else end
    body = sentence[start:end].strip()
    shift = start + (len(sentence[start:end]) - len(sentence[start:end].lstrip()))
    head = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(sentence) else ""
    moved = [(a - shift + len(head), b - shift + len(head)) for a, b in hits]
    kept = [(a, b) for a, b in moved if len(head) <= a < b <= len(head) + len(body)]
    return head + body + tail, kept
