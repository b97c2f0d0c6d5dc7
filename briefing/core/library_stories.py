"""The story calls of ``Library``: the corpus' stories, an article's story, a story's briefing.

A mixin of ``Library`` (kept apart so each file stays about one thing). Stories
are grouped at index time (``core.stories``) and stored in ``stories.json``;
every article's summary names its story, so the source list can group by it
without reading anything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import ArticleSummary, BriefingFact, Story

if TYPE_CHECKING:
    from .index.store import IndexDir


class StoryCalls:
    """Stories of the library's corpus (needs ``summaries()``, ``index_dir`` and ``_links_data()``)."""

    index_dir: IndexDir
    _stories: list[Story] | None = None
    _story_by_id: dict[str, Story] | None = None
    _story_of_article: dict[str, str] | None = None

    def summaries(self) -> list[ArticleSummary]:  # pragma: no cover - provided by Library
        raise NotImplementedError

    def _links_data(self) -> dict:  # pragma: no cover - provided by Library
        raise NotImplementedError

    def _stories_index(self) -> dict[str, Story]:
        if self._story_by_id is None:
            from .stories.listing import stories_of

            stories = stories_of(self.summaries(), self.index_dir.read_json("stories.json", {}) or {})
            self._stories = stories
            self._story_by_id = {s.id: s for s in stories}
            self._story_of_article = {aid: s.id for s in stories for aid in s.articles}
        return self._story_by_id

    def stories(self) -> list[Story]:
        """Every story of the corpus, largest first (most sources, then most articles, then newest)."""
        self._stories_index()
        return list(self._stories or [])

    def story(self, story_id: str) -> Story | None:
        return self._stories_index().get(story_id)

    def story_of(self, aid: str) -> Story | None:
        """The story the article belongs to (None for an unknown id)."""
        by_id = self._stories_index()
        sid = (self._story_of_article or {}).get(aid)
        return by_id.get(sid) if sid is not None else None

    def briefing(self, story: str | None = None) -> list[BriefingFact]:
        """Facts merged across the sources of one story, best first; with no ``story``, those of
        every story, best first (computed at index time)."""
        from .index import codec

        items = [codec.decode_briefing(b) for b in self._links_data().get("briefing", [])]
        if story is None:
            return items
        chosen = self._stories_index().get(story)
        if chosen is None:
            return []
        wanted = set(chosen.articles)
        paths = {s.path for s in self.summaries() if s.id in wanted}
        return [item for item in items if item.fact.path in paths]
