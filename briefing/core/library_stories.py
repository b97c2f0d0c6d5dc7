"""The story calls of ``Library``: the corpus' stories, an article's story, a story's briefing,
and the cross-source links of each article's facts.

A mixin of ``Library`` (kept apart so each file stays about one thing). Stories
are grouped at index time (``core.stories``) and stored in ``stories.json``;
every article's summary names its story, so the source list can group by it
without reading anything else. Links are stored per story (``index.link_store``)
by member and offsets; the sentences they cite are read from the stored analysis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import ArticleSummary, BriefingFact, Difference, Fact, SourceRef, Story

if TYPE_CHECKING:
    from .index.store import IndexDir


class StoryCalls:
    """Stories of the library's corpus (needs ``summaries()``, ``index_dir``, ``_by_id``,
    ``path_of()``, ``_load()`` and ``_links_data()`` of Library)."""

    index_dir: IndexDir
    _fact_limit: int | None = None
    _stories: list[Story] | None = None
    _story_by_id: dict[str, Story] | None = None
    _story_of_article: dict[str, str] | None = None
    _contents: dict[str, str] | None = None

    # provided by Library
    _by_id: dict[str, tuple[str, str]]

    def summaries(self) -> list[ArticleSummary]:  # pragma: no cover - provided by Library
        raise NotImplementedError

    def _links_data(self) -> dict[str, Any]:  # pragma: no cover - provided by Library
        raise NotImplementedError

    def path_of(self, aid: str) -> str:  # pragma: no cover - provided by Library
        raise NotImplementedError

    def _load(self, aid: str) -> tuple[Any, Any, list[Fact]]:  # pragma: no cover - provided by Library
        raise NotImplementedError

    def facts(self, aid: str) -> list[Fact]:  # pragma: no cover - provided by Library
        raise NotImplementedError

    @property
    def fact_limit(self) -> int:
        """Key facts shown per article (``facts_per_article`` in config.yaml, default 8)."""
        if self._fact_limit is None:
            from .facts.report import fact_limit

            self._fact_limit = fact_limit()
        return self._fact_limit

    @fact_limit.setter
    def fact_limit(self, value: int) -> None:
        self._fact_limit = max(1, int(value))

    # --- stories ------------------------------------------------------------------------
    def _stories_index(self) -> dict[str, Story]:
        # stories listed before the links came (the reader links after its first paint) counted
        # no corroborated facts and no copies: they are listed again once the links are there
        links = self.__dict__.get("_links")
        if self.__dict__.get("_stories_links") is not links:
            self._story_by_id = None
            self.__dict__["_stories_links"] = links
        if self._story_by_id is None:
            from .stories.listing import stories_of

            stored = self.index_dir.read_json("stories.json", {}) or {}
            stories = stories_of(self.summaries(), stored, self._corroborated_counts(), self._report_counts())
            self._stories = stories
            self._story_by_id = {s.id: s for s in stories}
            self._story_of_article = {aid: s.id for s in stories for aid in s.articles}
        return self._story_by_id

    def stories(self) -> list[Story]:
        """Every story of the corpus, largest first (most sources, then most articles, then newest)."""
        self._stories_index()
        return list(self._stories or [])

    def summary(self, aid: str) -> ArticleSummary:
        """The summary of one article (KeyError for an unknown id)."""
        cached = self.__dict__.get("_summary_map")
        if cached is None:
            cached = self.__dict__["_summary_map"] = {s.id: s for s in self.summaries()}
        summary: ArticleSummary = cached[aid]
        return summary

    def story(self, story_id: str) -> Story | None:
        return self._stories_index().get(story_id)

    def story_of(self, aid: str) -> Story | None:
        """The story the article belongs to (None for an unknown id)."""
        by_id = self._stories_index()
        sid = (self._story_of_article or {}).get(aid)
        return by_id.get(sid) if sid is not None else None

    def _report_counts(self) -> dict[str, int]:
        """Per linked story: its independent sources (copies of one text counted once)."""
        records = self._links_data().get("stories") or {}
        return {sid: int(r["r"]) for sid, r in records.items() if isinstance(r.get("r"), int) and r["r"] > 0}

    def _corroborated_counts(self) -> dict[str, int]:
        """Per story: facts among each article's shown ones that another source states too."""
        out = {}
        for sid, record in (self._links_data().get("stories") or {}).items():
            order = record.get("o") or {}
            count = 0
            for mi, per_fact in record.get("c", {}).items():
                shown = order.get(mi)
                if isinstance(shown, list):
                    count += len(set(per_fact) & {str(fi) for fi in shown[: self.fact_limit]})
                else:  # a record written before "o": the first candidates
                    count += sum(1 for fi in per_fact if int(fi) < self.fact_limit)
            out[sid] = count
        return out

    # --- links --------------------------------------------------------------------------
    def _record_of(self, aid: str) -> tuple[dict[str, Any], int] | None:
        """The link record of the article's story and the article's place in it."""
        records = self._links_data().get("stories") or {}
        cached = self.__dict__.get("_member_map")
        if cached is None or cached[0] is not records:
            places = {m: (sid, n) for sid, r in records.items() for n, m in enumerate(r.get("m", []))}
            cached = self.__dict__["_member_map"] = (records, places)
        found = cached[1].get(aid)
        return (records[found[0]], found[1]) if found is not None else None

    def _content(self, aid: str) -> str:
        """The text of an article (for the sentences links cite), read once."""
        if self._contents is None:
            self._contents = {}
        found = self._contents.get(aid)
        if found is None:
            found = self._load(aid)[0].content if aid in self._by_id else ""
            if len(self._contents) >= 256:
                self._contents.pop(next(iter(self._contents)))
            self._contents[aid] = found
        return found

    def _ref(self, members: list[str], place: list[Any]) -> SourceRef | None:
        mi, start, end = int(place[0]), int(place[1]), int(place[2])
        if not 0 <= mi < len(members) or members[mi] not in self._by_id:
            return None
        aid = members[mi]
        return SourceRef(self.path_of(aid), self._content(aid)[start:end], start, end, self._outlet(aid))

    def _outlet(self, aid: str) -> str:
        """The outlet of an article ('' when unknown), from the summaries."""
        try:
            return self.summary(aid).outlet
        except KeyError:
            return ""

    def _apply_links(self, aid: str, facts: list[Fact]) -> None:
        """Fill ``corroborated_by`` and ``differences`` of an article's facts from its story's record."""
        found = self._record_of(aid)
        if found is None:
            return
        record, me = found
        members = record.get("m", [])
        for fi, places in (record.get("c", {}).get(str(me)) or {}).items():
            i = int(fi)
            if i < len(facts):
                facts[i].corroborated_by = [
                    r for r in (self._ref(members, p) for p in places) if r is not None
                ]
        for fi, places in (record.get("d", {}).get(str(me)) or {}).items():
            i = int(fi)
            if i >= len(facts):
                continue
            own = SourceRef(facts[i].path, facts[i].sentence, facts[i].start, facts[i].end, facts[i].outlet)
            diffs: list[Difference] = []
            for place in places:
                ref = self._ref(members, place)
                if ref is not None:
                    diffs.extend(Difference(kind, detail, own, ref) for kind, detail in place[3])
            facts[i].differences = diffs

    def briefing(self, story: str | None = None) -> list[BriefingFact]:
        """Facts merged across the sources of one story, best first; with no ``story``, those of
        every story of 2+ sources, largest story first."""
        records = self._links_data().get("stories") or {}
        if story is not None:
            record = records.get(story)
            return self._decode_briefing(record) if record else []
        out = []
        for chosen in self.stories():
            record = records.get(chosen.id)
            if record and chosen.sources > 1:
                out.extend(self._decode_briefing(record))
        return out

    def _decode_briefing(self, record: dict[str, Any]) -> list[BriefingFact]:
        from .facts.ranking import in_briefing

        members = record.get("m", [])
        items = self._decode_items(record, members)
        return in_briefing(items, (f for aid in members if aid in self._by_id for f in self.facts(aid)))

    def _decode_items(self, record: dict[str, Any], members: list[str]) -> list[BriefingFact]:
        out = []
        for mi, fi, score, sources, diffs in record.get("b", []):
            if not 0 <= mi < len(members) or members[mi] not in self._by_id:
                continue
            facts = self._load(members[mi])[2]
            if not 0 <= fi < len(facts):
                continue
            refs = [r for r in (self._ref(members, p) for p in sources) if r is not None]
            differences = []
            for kind, detail, a, b in diffs:
                ra, rb = self._ref(members, a), self._ref(members, b)
                if ra is not None and rb is not None:
                    differences.append(Difference(kind, detail, ra, rb))
            out.append(BriefingFact(facts[fi], refs, differences, float(score)))
        return out
