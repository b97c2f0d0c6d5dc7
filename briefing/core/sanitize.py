"""Making untrusted text safe for a terminal without changing its length.

Article text may hold ANSI/CSI/OSC escape sequences, C0/C1 control characters,
NUL and bidi overrides; file names may hold undecodable bytes (lone surrogates).
``for_terminal`` replaces each such character with one visible stand-in (the
escape character becomes "␛", other C0 controls their Unicode control picture,
C1 and bidi controls and lone surrogates "�"), one character for one, so every
offset into the source stays valid for the displayed text. Tabs become spaces.

The emoji variation selector (U+FE0F, "❤️", "⚠️") becomes a zero-width space: Rich
counts the pair as two cells, tmux and xterm as one, so a line holding one was drawn
a cell short and the pane's border slid left. Without it both count the symbol's own
width, and terminals draw it in its text style.
"""

from __future__ import annotations

import re

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
# lone surrogates stand for undecodable bytes (file names, argv): written out they
# would be raw bytes such as 0x9b, an 8-bit CSI, or a UnicodeEncodeError
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f\x80-\x9f" + _BIDI + "\ufe0f\ufff9-\ufffb\u2028\u2029\ud800-\udfff]"
)


def _stand_in(match: re.Match[str]) -> str:
    ch = match.group(0)
    code = ord(ch)
    if code == 0xFE0F:
        return "\u200b"
    if code == 0x1B:
        return "␛"
    if code < 0x20:
        return chr(0x2400 + code)  # control pictures: ␀ ␁ ...
    if code == 0x7F:
        return "␡"
    if ch in "\u2028\u2029":
        return " "
    return "\ufffd"


def for_terminal(text: str, keep_newlines: bool = True) -> str:
    """Same-length text with every control or bidi character made visible and inert."""
    text = text.replace("\t", " ")
    if not keep_newlines:
        text = text.replace("\n", " ").replace("\r", " ")
    return _UNSAFE.sub(_stand_in, text)


def one_line(text: str) -> str:
    """Sanitised and collapsed to one line: for titles, messages and table cells."""
    return " ".join(for_terminal(text, keep_newlines=False).split())


def has_unsafe(text: str) -> bool:
    return bool(_UNSAFE.search(text))
