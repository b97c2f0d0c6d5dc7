"""Runs of capitalised units (with connectors inside) in one block, and all-caps detection."""

from __future__ import annotations

from .rules import CONNECTORS
from .tokens import Unit


def _mostly_upper(text: str) -> bool:
    """Four letters or more, at least four in five of them capitals. Asked of whole blocks:
    counted with C-speed ``map``; prose (lower case letters past a fifth) is ruled out first."""
    letters = sum(map(str.isalpha, text))
    if letters < 4 or sum(map(str.islower, text)) > 0.2 * letters:
        return False
    return sum(1 for c in text if c.isalpha() and c.isupper()) >= 0.8 * letters


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
