"""One count of corroboration, in one wording, for every front end.

A fact is corroborated by the *distinct other sources* that state the same claim: other
outlets, or other articles where the outlet is not known (``model.source_of``; the
story list counts sources the same way). The article pane, the briefing view,
``facts`` and ``export`` all show that number with the words of ``also_in``.
"""

from __future__ import annotations

from ..model import BriefingFact, Fact
from ..plural import counted


def other_sources(item: Fact | BriefingFact) -> int:
    """Distinct other sources stating the fact (a briefing item: besides its leading statement's)."""
    if isinstance(item, BriefingFact):
        return len({s.source for s in item.sources} - {item.fact.source})
    return len({r.source for r in item.corroborated_by} - {item.source})


def also_in(n: int) -> str:
    """ "also in 2 other sources"; "" for none."""
    if n <= 0:
        return ""
    return f"also in {counted(n, 'other source')}"
