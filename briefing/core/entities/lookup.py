"""Gazetteer lookups over word units: the longest known phrase starting at a unit.

Shared by the chunker and the table rules. Keys are the units' normalised texts joined by
single spaces; an all-caps line is looked up in upper case ("LONDON", "WORLD BANK"), and a
title-case headline's "Bank Of England" finds "Bank of England".
"""

from __future__ import annotations

from .gazetteer import TITLE, Entry, Gazetteer
from .rules import TITLE_CASE_CONNECTORS
from .tokens import Unit


class PhraseLookup:
    """Longest-match lookups in one gazetteer."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

    def _entry(self, key: str, caps: bool) -> Entry | None:
        if not caps and key in self.gaz.acronyms and key not in self.gaz.phrases:
            return self.gaz.acronyms[key]  # "Nasa" for "NASA"
        if caps:
            return self.gaz.caps.get(key.upper()) or (
                self.gaz.phrases.get(key) if self.gaz.phrases.get(key, Entry("", "")).type == TITLE else None
            )
        return self.gaz.phrases.get(key)

    def longest(self, seg: list[Unit], i: int, caps: bool = False) -> tuple[int, Entry, int] | None:
        """The longest gazetteer phrase starting at seg[i]: (next index, entry, end offset)."""
        found = self._longest(seg, i, caps)
        if found is None and not caps and len(seg[i].text) > 3 and seg[i].text.isupper():
            found = self._longest(seg, i, True)  # "LONDON, March 3 (Reuters) -"
        return found

    def _longest(self, seg: list[Unit], i: int, caps: bool) -> tuple[int, Entry, int] | None:
        top = min(len(seg), i + self.gaz.max_tokens)
        for j in range(top, i, -1):
            span = seg[i:j]
            if not span[-1].cap and not (caps and span[-1].text.isupper()):
                continue
            if any(u.poss for u in span[:-1]):
                key = " ".join(u.raw for u in span)
                entry = self._entry(key, caps)
                if entry:
                    return j, entry, span[-1].raw_end
                continue
            last = span[-1]
            if last.poss:
                entry = self._entry(" ".join([u.text for u in span[:-1]] + [last.raw]), caps)
                if entry:
                    return j, entry, last.raw_end
            entry = self._entry(" ".join(u.text for u in span), caps)
            if entry is None and len(span) > 2 and not caps:  # "Bank Of England" in a title-case headline
                words = [u.text for u in span]
                lowered = [words[0]] + [w.lower() if w in TITLE_CASE_CONNECTORS else w for w in words[1:]]
                if lowered != words:
                    entry = self._entry(" ".join(lowered), caps)
            if entry:
                return j, entry, last.end
        return None
