"""What two sets of articles must share to be one story, and how far apart their days may be."""

from __future__ import annotations

MAX_DAYS_APART = 21  # a report this many days after the story's last one is a new story
SLOW_DAYS = 7  # from here on similarity fades (a development, not the event itself)

Vector = dict[str, float]


def day_factor(mine: list[int], theirs: list[int]) -> float:
    """1 for reports days apart (or undated), fading from ``SLOW_DAYS`` to 0 past ``MAX_DAYS_APART``."""
    if not mine or not theirs:
        return 1.0
    apart = _gap(sorted(mine), sorted(theirs))
    if apart > MAX_DAYS_APART:
        return 0.0
    if apart > SLOW_DAYS:
        return 1.0 - 0.5 * (apart - SLOW_DAYS) / (MAX_DAYS_APART - SLOW_DAYS)
    return 1.0


def _gap(a: list[int], b: list[int]) -> int:
    """The smallest distance between a day of ``a`` and a day of ``b`` (both sorted)."""
    i = j = 0
    best = abs(a[0] - b[0])
    while i < len(a) and j < len(b):
        best = min(best, abs(a[i] - b[j]))
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return best


def shares_evidence(vec: Vector, centre: Vector) -> bool:
    """A shared name of a person, organisation or event, or at least three shared words:
    places alone (two stories in one country) never make one story."""
    shared = [t for t in vec if t in centre]
    if any(t.startswith("n:") for t in shared):
        return True
    return sum(1 for t in shared if t.startswith("w:")) >= 3
