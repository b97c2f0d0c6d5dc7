"""The shown text of a fact: its sentence minus leading filler ("Notably, ", "But ").

Only a prefix is removed, so the text is still a verbatim span of the source
and never claims anything the sentence does not say.
"""
from __future__ import annotations

from . import cues

_MIN_LEFT = 25  # never trim a sentence down to a stub


def trimmed_span(sentence: str, start: int) -> tuple[int, int]:
    """Offsets (into the source) of the sentence without its leading filler."""
    cut = 0
    for _ in range(2):
        m = cues.FILLER_START.match(sentence[cut:])
        if not m or len(sentence) - cut - m.end() < _MIN_LEFT:
            break
        cut += m.end()
    return start + cut, start + len(sentence)
