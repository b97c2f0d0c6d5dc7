"""One count of corroboration, in one wording, for every front end.

A fact is corroborated by the *distinct other sources* (articles) that state the
same claim; the article pane, the briefing view, ``facts`` and ``export`` all
show that number with the words of ``also_in``.
"""

from __future__ import annotations

from ..model import BriefingFact, Fact


def other_sources(item: Fact | BriefingFact) -> int:
    """Distinct other articles stating the fact (a briefing item: besides its leading statement)."""
    if isinstance(item, BriefingFact):
        return len({s.path for s in item.sources if s.path != item.fact.path})
    return len({r.path for r in item.corroborated_by if r.path != item.path})


def also_in(n: int) -> str:
    """ "also in 2 other sources"; "" for none."""
    if n <= 0:
        return ""
    return f"also in {n} other source{'s' if n != 1 else ''}"
