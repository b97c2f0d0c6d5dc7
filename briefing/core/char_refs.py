"""HTML character references left in plain text ("caf&#233;", "Q&amp;A", "&ldquo;Yes&rdquo;").

Text copied out of a page's source, a feed or an export often keeps the page's character
references; a reader should see the characters. ``decode`` replaces each complete reference
(a name HTML knows, or a decimal or hexadecimal code point, each ending in ";") by its
character. A reference without its ";" ("AT&T", "?a=1&para=2") stays as written, as does one
that would make a control character, a line break or an invalid code point. The decoded text
is what is stored and shown, so the article's offsets index it.
"""

from __future__ import annotations

import re
from html.entities import html5

_REF = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _char(match: re.Match[str]) -> str:
    ref = match.group(1)
    if ref[0] == "#":
        code = int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:])
        if code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000 or code > 0x10FFFF:
            return match.group()
        return chr(code)
    return html5.get(ref + ";", match.group())


def decode(text: str) -> str:
    """``text`` with its complete character references replaced by their characters."""
    if "&" not in text:
        return text
    return _REF.sub(_char, text)
