"""Rich renderables for list rows that must fit: a text cut to N lines, a name with a fixed tail.

``Clamped`` wraps a ``Text`` at the width it is given and keeps at most
``lines`` lines, the last ending in "…" when something was cut (the key facts
list shows more facts this way; the highlighted one is shown whole).
``OneLine`` keeps a label and its tail on one line: the label is shortened,
never the tail (an entity's type and counts).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.text import Text

ELLIPSIS = "…"


class Clamped:
    def __init__(self, text: Text, lines: int) -> None:
        self.text = text
        self.lines = max(1, lines)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width)
        wrapped = self.text.wrap(console, width, overflow="fold")
        cut = len(wrapped) > self.lines
        shown = list(wrapped)[: self.lines]
        if cut and shown:
            last = shown[-1]
            last.rstrip()
            if cell_len(last.plain) + 1 > width:
                last.truncate(width - 1)
            last.append(ELLIPSIS)
        for line in shown:
            yield from line.render(console)
            yield Segment.line()  # every line ends in a newline (Textual counts them for the height)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)


class OneLine:
    def __init__(self, label: Text, tail: Text) -> None:
        self.label = label
        self.tail = tail

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width)
        tail = self.tail.copy()
        room = width - cell_len(tail.plain) - 1
        if room < 4:  # hardly any room: the tail alone, cut from the right
            tail.truncate(width, overflow="ellipsis")
            yield from tail.render(console)
            yield Segment.line()
            return
        label = self.label.copy()
        label.truncate(room, overflow="ellipsis")
        line = Text(end="")
        line.append_text(label)
        line.append(" " * (width - cell_len(label.plain) - cell_len(tail.plain)))
        line.append_text(tail)
        yield from line.render(console)
        yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)
