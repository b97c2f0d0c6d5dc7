"""Readability of a terminal screen: every visible character against its background.

Reads what ``tmux capture-pane -p -e`` prints (text with SGR escapes), resolves each
cell's foreground and background (16 colours as xterm draws them, the 256-colour
cube and greys, truecolor, reverse video; default colours as a dark or a light
terminal draws them) and reports cells whose text cannot be seen: the same colour
as the background, or a WCAG contrast ratio below a threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

XTERM_16 = (
    (0, 0, 0),
    (205, 0, 0),
    (0, 205, 0),
    (205, 205, 0),
    (0, 0, 238),
    (205, 0, 205),
    (0, 205, 205),
    (229, 229, 229),
    (127, 127, 127),
    (255, 0, 0),
    (0, 255, 0),
    (255, 255, 0),
    (92, 92, 255),
    (255, 0, 255),
    (0, 255, 255),
    (255, 255, 255),
)
DARK_DEFAULTS = ((208, 208, 208), (0, 0, 0))
LIGHT_DEFAULTS = ((0, 0, 0), (255, 255, 255))
_SGR = re.compile(r"\x1b\[([0-9;:]*)m")
_OTHER = re.compile(r"\x1b(?:\[[0-9;?]*[A-Za-ln-z]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-Z])")

Rgb = tuple[int, int, int]


def color_256(n: int) -> Rgb:
    if n < 16:
        return XTERM_16[n]
    if n < 232:
        n -= 16
        steps = (0, 95, 135, 175, 215, 255)
        return steps[n // 36], steps[(n // 6) % 6], steps[n % 6]
    grey = 8 + 10 * (n - 232)
    return grey, grey, grey


def luminance(rgb: Rgb) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: Rgb, b: Rgb) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@dataclass
class Cell:
    row: int
    col: int
    char: str
    fg: Rgb
    bg: Rgb

    @property
    def ratio(self) -> float:
        return contrast(self.fg, self.bg)


class _Pen:
    """The SGR state while reading a line: colours (None = the default) and reverse."""

    def __init__(self) -> None:
        self.fg: Rgb | None = None
        self.bg: Rgb | None = None
        self.reverse = False

    def apply(self, params: str) -> None:
        parts = [int(p) if p.isdigit() else 0 for p in re.split("[;:]", params)] if params else [0]
        i = 0
        while i < len(parts):
            p = parts[i]
            if p == 0:
                self.fg = self.bg = None
                self.reverse = False
            elif p == 7:
                self.reverse = True
            elif p == 27:
                self.reverse = False
            elif 30 <= p <= 37 or 90 <= p <= 97:
                self.fg = XTERM_16[p - 30 if p < 90 else p - 90 + 8]
            elif 40 <= p <= 47 or 100 <= p <= 107:
                self.bg = XTERM_16[p - 40 if p < 100 else p - 100 + 8]
            elif p == 39:
                self.fg = None
            elif p == 49:
                self.bg = None
            elif p in (38, 48):
                value, i = self._extended(parts, i)
                if p == 38:
                    self.fg = value
                else:
                    self.bg = value
            i += 1

    @staticmethod
    def _extended(parts: list[int], i: int) -> tuple[Rgb | None, int]:
        if i + 2 < len(parts) and parts[i + 1] == 5:
            return color_256(parts[i + 2]), i + 2
        if i + 4 < len(parts) and parts[i + 1] == 2:
            r, g, b = parts[i + 2 : i + 5]
            return (r, g, b), i + 4
        return None, i


def cells(dump: str, light: bool = False) -> list[Cell]:
    """Every character cell of a ``capture-pane -e`` dump with its resolved colours."""
    default_fg, default_bg = LIGHT_DEFAULTS if light else DARK_DEFAULTS
    out: list[Cell] = []
    pen = _Pen()  # tmux carries the pen over line ends
    for row, line in enumerate(dump.split("\n")):
        col = i = 0
        while i < len(line):
            sgr = _SGR.match(line, i)
            if sgr:
                pen.apply(sgr.group(1))
                i = sgr.end()
                continue
            other = _OTHER.match(line, i)
            if other:
                i = other.end()
                continue
            fg, bg = pen.fg or default_fg, pen.bg or default_bg
            if pen.reverse:
                fg, bg = bg, fg
            out.append(Cell(row, col, line[i], fg, bg))
            col += 1
            i += 1
    return out


def visible(char: str) -> bool:
    """A character that carries meaning: not blank, not a box-drawing or block element."""
    return not char.isspace() and not 0x2500 <= ord(char) <= 0x259F


def unreadable(dump: str, min_contrast: float = 1.8, light: bool = False) -> list[Cell]:
    """Visible cells whose colours are the same or below ``min_contrast``."""
    return [c for c in cells(dump, light) if visible(c.char) and c.ratio < min_contrast]


def report(bad: list[Cell], limit: int = 8) -> str:
    """A few lines naming the unreadable cells (row, text, colours), for a failing assertion."""
    rows: dict[int, list[Cell]] = {}
    for cell in bad:
        rows.setdefault(cell.row, []).append(cell)
    lines = [f"{len(bad)} unreadable cells"]
    for row in sorted(rows)[:limit]:
        first = rows[row][0]
        text = "".join(c.char for c in rows[row])[:60]
        lines.append(f"  row {row}: {text!r} fg {first.fg} on {first.bg} ({first.ratio:.2f}:1)")
    return "\n".join(lines)


def assert_readable(dump: str, min_contrast: float = 1.8, light: bool = False) -> None:
    shown = [c for c in cells(dump, light) if visible(c.char)]
    assert shown, "the screen shows no text at all"
    bad = unreadable(dump, min_contrast, light)
    assert not bad, report(bad)
