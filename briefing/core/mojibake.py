"""Repairing text that was UTF-8 read as cp1252 and written again ("Â£82.8bn", "itâ€™s").

Copies of web pages and older corpora often hold such doubly encoded text: the BBC News
corpus has it in 28% of its files. ``repair`` fixes each line that shows the marks of it
with ftfy (the maintained library for this; its encoding fix only, so quotes, widths and
line breaks stay as written). Lines stay lines, so the text keeps its line count; the
article's offsets index the repaired text, which is the text stored and shown.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# the first bytes of a UTF-8 sequence read as cp1252 or latin-1: "â€", "Ã©", "Â£"
_MARKS = re.compile(
    "â€|Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2018-\u203a]|Â[\u00a0-\u00bf]"
)


@lru_cache(maxsize=1)
def _fixer() -> tuple[Any, Any]:
    import ftfy  # imported on the first text that needs it: most never do

    return ftfy.fix_encoding, ftfy.TextFixerConfig(restore_byte_a0=False)


def repair(text: str) -> str:
    """``text`` with its doubly encoded lines decoded once more; unchanged when none is."""
    if not _MARKS.search(text):
        return text
    fix, config = _fixer()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _MARKS.search(line):
            fixed = fix(line, config=config)
            if "\n" not in fixed:
                lines[i] = fixed
    return "\n".join(lines)
