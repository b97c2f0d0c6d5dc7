"""A sports report's front office: "GM" is the general manager there, not General Motors.

"Ravens GM Ozzie Newsome", "GM Mike Rizzo shipped out...", "an assistant GM": in an article
that reports sport, the letters name a job, so the ORG the company list gives them is dropped,
unless the article spells out "General Motors" (a sponsor's story), where they stay the firm.
"""

from __future__ import annotations

Span = tuple[int, int, str, str]
_JOBS = {"GM", "G.M.", "AGM"}


def apply(found: list[Span], content: str) -> list[Span]:
    """Mentions without the "GM" read as a company in a sports report."""
    if "General Motors" in content:
        return found
    return [sp for sp in found if not (sp[2] == "ORG" and content[sp[0] : sp[1]] in _JOBS)]
