"""The shown text of a fact: its sentence minus leading filler ("Notably, ", "But ").

Only a prefix is removed, so the text is still a verbatim span of the source
and never claims anything the sentence does not say; a trimmed text starts with a
capital (or a digit), else the sentence is shown whole.
"""

from __future__ import annotations

import re

from . import cues

_MIN_LEFT = 25  # never trim a sentence down to a stub
# A wire dateline: "BRUSSELS, Oct 12 (Reuters) - ", "LONDON (AP) — ", "PARIS — "
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([^)]{2,30}\))? ?[-–—]+ "
)


def trimmed_span(sentence: str, start: int) -> tuple[int, int]:
    """Offsets (into the source) of the sentence without its leading filler."""
    cut = 0
    m = _DATELINE.match(sentence)
    if m and len(sentence) - m.end() >= _MIN_LEFT:
        cut = m.end()
    for _ in range(2):
        m = cues.FILLER_START.match(sentence[cut:])
        if not m or len(sentence) - cut - m.end() < _MIN_LEFT:
            break
        cut += m.end()
    rest = sentence[cut:].lstrip("\"“‘'(")
    if cut and not (rest[:1].isupper() or rest[:1].isdigit()):
        cut = 0  # "But with ongoing uncertainty…" trimmed would start "with…": shown untrimmed
    return start + cut, start + len(sentence)
