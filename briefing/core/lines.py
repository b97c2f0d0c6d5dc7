"""Splitting decoded text into trimmed lines that keep their offsets."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
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


_TERMINAL = ".!?…\"'”’)"


def is_hard_wrapped(lines: list[Line], content: str) -> bool:
    """True for text wrapped at a fixed width (e-mail, plain-text exports).

    Such text has blank lines between paragraphs, no line longer than ~100
    characters, and most lines that run on into the next one stop mid-sentence.
    """
    if len(lines) < 3 or "\n\n" not in content:
        return False
    width = max(len(line.text) for line in lines)
    if width > 100 or width < 40:
        return False
    runs_on = [a for a, b in zip(lines, lines[1:], strict=False) if b.number == a.number + 1]
    if len(runs_on) < 2:
        return False
    mid_sentence = sum(1 for line in runs_on if not line.text.endswith(tuple(_TERMINAL)))
    return mid_sentence / len(runs_on) >= 0.5


def join_wrapped(lines: list[Line], content: str, keep_apart: AbstractSet[int] = frozenset()) -> list[Line]:
    """Join the lines of each hard-wrapped paragraph into one Line spanning them.

    A line continues the previous one when it directly follows it and the previous
    line was long enough to have been wrapped (at least 60% of the widest line).
    Lines whose start is in ``keep_apart`` (headings, list items) never join.
    """
    if not is_hard_wrapped(lines, content):
        return lines
    width = max(len(line.text) for line in lines)
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        last_number = prev.number + prev.text.count("\n") if prev else -1
        if (
            prev is not None
            and line.number == last_number + 1
            and len(prev.text.rsplit("\n", 1)[-1]) >= 0.6 * width
            and line.start not in keep_apart
            and prev.start not in keep_apart
        ):
            out[-1] = Line(prev.start, line.end, content[prev.start : line.end], prev.number)
        else:
            out.append(line)
    return out
