"""Output helpers for one-shot commands: colour only on a terminal, clean text in a pipe."""

from __future__ import annotations

import json
import re
import sys


def use_color(stream=None) -> bool:
    """Colour and bold only when the stream is a terminal, NO_COLOR is unset and TERM is not dumb."""
    from ..render.palette import color_allowed

    stream = stream or sys.stdout
    if not color_allowed():
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def is_terminal(stream=None) -> bool:
    stream = stream or sys.stdout
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def console(stream=None):
    """A Rich console for a terminal (imported only when used).

    Rich turns a closed pipe into ``SystemExit(1)``; this console raises
    ``BrokenPipeError`` instead, which the command line turns into a quiet exit 0.
    """
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError

    stream = stream or sys.stdout
    no_color = not use_color(stream)
    return _Console(
        file=stream, no_color=no_color, highlight=False, markup=False, emoji=False, soft_wrap=False
    )


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u2028\u2029\ud800-\udfff]")


def json_text(data) -> str:
    """JSON with every character a terminal could act on escaped (\\u001b, \\u009b, bidi...).

    Lone surrogates (undecodable bytes in file names) are escaped too, so the output is
    valid UTF-8 and ``json.loads`` gives back the exact path (``os.fsencode`` round-trips).
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def emit_json(data) -> None:
    sys.stdout.write(json_text(data))
    sys.stdout.write("\n")


def clip(text: str, cells: int) -> str:
    """``text`` cut to at most ``cells`` terminal cells, at a word boundary, ending in "…" when cut."""
    from rich.cells import cell_len

    if cell_len(text) <= cells:
        return text
    cut, used = [], 1  # one cell for the "…"
    for char in text:
        used += cell_len(char)
        if used > cells:
            break
        cut.append(char)
    head = "".join(cut)
    if " " in head and not text[len(head)].isspace():
        head = head.rsplit(" ", 1)[0] if head.rsplit(" ", 1)[0] else head
    return head.rstrip() + "…"


def warn(message: str) -> None:
    from ..core.sanitize import one_line

    print(f"briefing: {one_line(message)}", file=sys.stderr)
