"""Splitting decoded text into trimmed lines that keep their offsets."""
from __future__ import annotations

from dataclasses import dataclass

# Characters trimmed from line ends besides ordinary whitespace (BOM, zero-width).
_EXTRA_TRIM = "\ufeff\u200b\u200c\u200d\u2060"


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str
    number: int  # 1-based line number in the content

    @property
    def words(self) -> list[str]:
        return self.text.split()


def _trim(content: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (content[start].isspace() or content[start] in _EXTRA_TRIM):
        start += 1
    while end > start and (content[end - 1].isspace() or content[end - 1] in _EXTRA_TRIM):
        end -= 1
    return start, end


def split_lines(content: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Non-blank lines of ``content[start:end]``, trimmed, with absolute offsets."""
    end = len(content) if end is None else end
    out: list[Line] = []
    pos = start
    number = content.count("\n", 0, start) + 1
    while pos <= end:
        nl = content.find("\n", pos, end)
        stop = end if nl == -1 else nl
        s, e = _trim(content, pos, stop)
        if e > s:
            out.append(Line(s, e, content[s:e], number))
        if nl == -1:
            break
        pos = nl + 1
        number += 1
    return out
