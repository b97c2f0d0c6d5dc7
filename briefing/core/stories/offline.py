"""Stories of articles analysed afresh (``facts FILE|DIR``, ``export FILE|DIR``), grouped and
ordered exactly as an index groups and the library lists them."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from ..model import Article, ArticleSummary, Mention
from .grouping import Grouper
from .listing import stories_of
from .signature import signature
from .titles import choose


def _aid(path: str, root: str) -> str:
    try:
        rel = os.path.relpath(os.path.abspath(path), root)
    except ValueError:
        rel = path
    return hashlib.sha1(rel.replace(os.sep, "/").encode("utf-8", "surrogateescape")).hexdigest()[:12]


@dataclass
class Group:
    id: str
    title: str
    members: list[int]  # indices into the articles, oldest first
    sources: int


def group(articles: list[Article], mentions: list[list[Mention]]) -> list[Group]:
    """The stories of ``articles``, largest first (as ``Library.stories()``)."""
    if not articles:
        return []
    paths = [os.path.abspath(a.path) for a in articles]
    root = os.path.commonpath([os.path.dirname(p) for p in paths])
    ids = [_aid(p, root) for p in paths]
    signatures = [signature(a, m) for a, m in zip(articles, mentions, strict=True)]
    grouper = Grouper()
    order = sorted(range(len(articles)), key=lambda n: (signatures[n].get("day") or "", paths[n]))
    grouper.add_all((ids[n], signatures[n]) for n in order)
    summaries = [
        ArticleSummary(ids[n], paths[n], a.title, a.outlet, a.date, story=grouper.story_of(ids[n]) or "")
        for n, a in enumerate(articles)
    ]
    index_of = {aid: n for n, aid in enumerate(ids)}
    by_id = {aid: articles[n].title for aid, n in index_of.items()}
    titles = {
        sid: choose(grouper, story.members, by_id.__getitem__) for sid, story in grouper.stories.items()
    }
    return [
        Group(s.id, titles.get(s.id) or s.title, [index_of[aid] for aid in s.articles], s.sources)
        for s in stories_of(summaries, {})
    ]
