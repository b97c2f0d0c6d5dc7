"""Key facts with exact provenance, and their links across sources.

``extract(article, mentions)`` ranks an article's body sentences as facts;
``link(articles, facts_per_article)`` finds the same fact stated elsewhere,
fills ``corroborated_by`` and merges linked facts into briefing-wide items
with their differences. Modules: text (tokens, numbers, dates), cues (cue
words), features, scoring, kinds, trim, extract, similarity, linking,
differences, merge; report (the JSON the commands print) and markdown (the
exported briefing).
"""

from __future__ import annotations

from .extract import extract
from .linking import link

__all__ = ["extract", "link"]
