"""Runs of capitalised units (with connectors inside) in one block, and all-caps detection."""

from __future__ import annotations

from .rules import CONNECTORS
from .tokens import Unit


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _runs(units: list[Unit], caps: bool) -> list[tuple[int, int]]:
    """Index ranges of maximal runs of capitalised units (with connectors inside)."""
    out = []
    i, n = 0, len(units)
    while i < n:
        if not (units[i].cap or (caps and units[i].text.isupper())):
            i += 1
            continue
        j = i + 1
        while j < n:
            w = units[j]
            if not w.space_before or w.sent_start:
                break
            if w.cap:
                j += 1
                continue
            if w.text in CONNECTORS:
                k = j + 1  # a chain of connectors ("of the", "von der") must lead to a capital
                while k < n and k - j < 3 and units[k].space_before and units[k].text in CONNECTORS:
                    k += 1
                if k < n and units[k].space_before and units[k].cap and not units[k].sent_start:
                    j = k + 1
                    continue
            break
        while j > i and not units[j - 1].cap:
            j -= 1
        out.append((i, j))
        i = j
    return out
