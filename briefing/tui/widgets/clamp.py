"""Rich renderables for list rows that must fit: a text cut to N lines, a name with a fixed tail.

``Clamped`` wraps a ``Text`` at the width it is given and keeps at most
``lines`` lines, the last ending in "…" when something was cut (the key facts
list shows more facts this way; the highlighted one is shown whole). A tail
given apart (a fact's "(also in 3 other sources)") is shortened first, to one of
its shorter forms: a sentence that fits whole is never shown cut; when even the
shortest tail does not fit, the text is cut and the short tail kept after "…".
``Hanging`` is a head line then a body whose every line is indented (a search hit's
title, then its sentence: a wrapped sentence read as the next hit's title).
``OneLine`` keeps a label and its tail on one line: the label is shortened,
never the tail (an entity's type and counts).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.text import Text

ELLIPSIS = "…"


class Clamped:
    def __init__(self, text: Text, lines: int, tails: Sequence[Text] = (), rest: Text | None = None) -> None:
        """``text`` then ``tails[0]`` then ``rest`` is the whole; ``tails`` go from longest to
        shortest, and ``rest`` (what follows the tail) is the first thing left out."""
        self.text = text
        self.lines = max(1, lines)
        self.tails = list(tails)
        self.rest = rest

    def _joined(self, tail: Text | None, rest: bool) -> Text:
        whole = self.text.copy()
        if tail is not None:
            whole.append_text(tail)
        if self.rest is not None and self.rest.plain.strip():
            whole.append_text(self.rest if rest else Text(" " + ELLIPSIS))  # or: the rest was left out
        return whole

    def _wrap(self, console: Console, width: int, text: Text) -> list[Text]:
        return list(text.wrap(console, width, overflow="fold"))

    def _shown(self, console: Console, width: int) -> list[Text]:
        tails: list[Text | None] = [*self.tails] or [None]
        whole = self._wrap(console, width, self._joined(tails[0], True))
        if len(whole) <= self.lines:
            return whole
        for tail in tails:  # the text whole, with the longest tail that fits
            shown = self._wrap(console, width, self._joined(tail, False))
            if len(shown) <= self.lines:
                return shown
        shown = self._wrap(console, width, self.text)[: self.lines]
        _end_cut(shown[-1], width, tails[-1] or Text())
        return shown

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width)
        for line in self._shown(console, width):
            yield from line.render(console)
            yield Segment.line()  # every line ends in a newline (Textual counts them for the height)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)


def _end_cut(last: Text, width: int, tail: Text) -> None:
    """End ``last`` in "…" then ``tail`` (its leading spaces kept to one), cutting ``last``
    to make room; a line too narrow for the tail ends in "…" alone."""
    cut = len(tail.plain) - len(tail.plain.lstrip())
    tail = tail[max(0, cut - 1) :] if cut else tail
    last.rstrip()
    room = width - 1 - cell_len(tail.plain)
    if room < 1:
        tail, room = Text(), width - 1
    if cell_len(last.plain) > room:
        last.truncate(room)
        last.rstrip()
    last.append(ELLIPSIS)
    last.append_text(tail)


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


class Hanging:
    def __init__(self, head: Text | None, body: Text | None, indent: int = 2) -> None:
        self.head, self.body, self.indent = head, body, indent

    @property
    def plain(self) -> str:
        head = self.head.plain if self.head is not None else ""
        body = " " * self.indent + self.body.plain if self.body is not None else ""
        return "\n".join(part for part in (head, body) if part)

    def __str__(self) -> str:
        return self.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width)
        if self.head is not None:
            for line in self.head.wrap(console, width, overflow="fold"):
                yield from line.render(console)
                yield Segment.line()
        if self.body is not None:
            room = max(1, width - self.indent)
            for line in self.body.wrap(console, room, overflow="fold"):
                yield Segment(" " * min(self.indent, width - 1))
                yield from line.render(console)
                yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)
