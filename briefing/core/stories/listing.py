"""``Story`` objects for the library: the stored grouping joined with the article summaries."""

from __future__ import annotations

from typing import Any

from ..model import ArticleSummary, Story, source_of


def story_id_for(aid: str) -> str:
    """The id of a story an article founds (stable: the founding article's id)."""
    return "s" + aid


def source_key(summary: ArticleSummary) -> str:
    """What counts as one source: the outlet when it is known, else the article itself
    (``model.source_of``, as the facts' counts do)."""
    return source_of(summary.id, summary.outlet)


def stories_of(
    summaries: list[ArticleSummary],
    stored: dict[str, Any],
    corroborated: dict[str, int] | None = None,
    reports: dict[str, int] | None = None,
) -> list[Story]:
    """Stories in the order a reader wants them: most sources, most articles, newest first.

    ``stored`` is ``stories.json`` ({"stories": [{"id", "title", "corroborated"}]});
    membership comes from each summary's ``story`` (an article without one is a story alone).
    A story's sources are its distinct outlets (articles without one count alone), or, once
    the story is linked, its independent sources (``reports``: the copies of one text in
    several outlets count once, as a fact's corroboration does).
    """
    details = {s.get("id"): s for s in stored.get("stories", []) if isinstance(s, dict)}
    members: dict[str, list[ArticleSummary]] = {}
    for summary in summaries:
        sid = summary.story or story_id_for(summary.id)
        members.setdefault(sid, []).append(summary)
    out = []
    for sid, group in members.items():
        group.sort(key=lambda s: (s.date or "\uffff", s.path))
        detail = details.get(sid, {})
        dates = sorted(s.date for s in group if s.date)
        outlets = sorted({s.outlet for s in group if s.outlet})
        out.append(
            Story(
                id=sid,
                title=str(detail.get("title") or group[0].story_title or group[0].title),
                articles=[s.id for s in group],
                first_date=dates[0] if dates else "",
                last_date=dates[-1] if dates else "",
                outlets=outlets,
                sources=min(len({source_key(s) for s in group}), (reports or {}).get(sid, len(group))),
                corroborated=(corroborated or {}).get(sid, 0),
            )
        )
    out.sort(key=lambda s: order_key(s.sources, len(s.articles), s.last_date, s.title, s.id))
    return out


def order_key(sources: int, articles: int, last_date: str, title: str, sid: str) -> tuple[Any, ...]:
    """Where a story comes in a listing: most sources, most articles, newest, then by title."""
    return (-sources, -articles, _negated(last_date), title, sid)


def _negated(date: str) -> tuple[int, ...]:
    """A sort key putting later ISO-like dates first (empty dates last)."""
    return tuple(-ord(c) for c in date) if date else (1,)
