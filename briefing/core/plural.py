"""Counts in words: "1 fact", "2 facts", "1 story", "3 stories", for every front end."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for exactly one (``plural`` for irregular nouns, else noun + "s")."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"
