"""Word wrapping that keeps offsets: which slice of the text each screen line shows."""

from __future__ import annotations

import re

from rich.cells import cell_len

_TOKEN = re.compile(r"\S+\s*|\s+")


def wrap_spans(plain: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of every wrapped line of ``plain`` at ``width`` cells; newlines end lines."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for para in plain.split("\n"):
        pstart, pend = pos, pos + len(para)
        pos = pend + 1
        if not para:
            lines.append((pstart, pstart))
            continue
        line_start, used = pstart, 0
        for match in _TOKEN.finditer(para):
            start = pstart + match.start()
            token = match.group()
            word = token.rstrip()
            if used and used + cell_len(word) > width:
                lines.append((line_start, start))
                line_start, used = start, 0
            while cell_len(word) > width:  # fold a word longer than the line
                cut, cells = start, 0
                while cut < start + len(word) and cells + cell_len(plain[cut]) <= width:
                    cells += cell_len(plain[cut])
                    cut += 1
                cut = max(cut, start + 1)
                lines.append((line_start, cut))
                token = token[cut - start :]
                word = word[cut - start :]
                line_start, start, used = cut, cut, 0
            used += cell_len(token)
        lines.append((line_start, pend))
    return lines
