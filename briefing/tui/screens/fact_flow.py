"""The reader's key facts and entities: scope toggle, jumping to a fact, corroboration and mentions.

A mixin of ``ReaderScreen`` (it uses the screen's library and ``open_article``);
kept apart so each file stays about one thing.
"""

from __future__ import annotations

from rich.text import Text

from ...core.facts.counts import also_in, other_sources
from ...core.library import Library
from ...core.model import BriefingFact, SourceRef
from ...core.plural import counted
from ...core.sanitize import one_line
from ..widgets.entity_list import EntityList
from ..widgets.fact_list import FactList
from .choice import ChoiceScreen
from .reader_base import ReaderBase


class FactFlow(ReaderBase):
    """Facts pane, corroborating sentences and entity mentions for the reader screen."""

    def _refresh_facts(self) -> None:
        facts = self.query_one(FactList)
        if self.library is None:
            return
        if self.scope == "briefing":
            self._refresh_story_briefing(facts, self.library)
        else:
            items = self.library.facts(self.article_id) if self.article_id else []
            facts.border_title = f"Key facts: this article ({len(items)})"
            facts.set_facts(items, "no key facts found in this article")
        facts.border_subtitle = Text(f"{self._key_for('facts.scope')}: article/briefing")

    _shown_story: str | None = None  # the story whose briefing the facts pane shows

    def story_changed(self) -> bool:
        """True when the current article belongs to another story than the briefing shown."""
        story = self.library.story_of(self.article_id) if self.library and self.article_id else None
        return (story.id if story else None) != self._shown_story

    def _refresh_story_briefing(self, facts: FactList, library: Library) -> None:
        """The briefing of the current article's story (every story's before one is open)."""
        story = library.story_of(self.article_id) if self.article_id else None
        self._shown_story = story.id if story else None
        pending = getattr(library, "links_pending", False)
        if story is None:
            items = library.briefing()
            facts.border_title = f"Briefing: all stories ({counted(len(items), 'fact')})"
            empty = "no key facts in this briefing yet"
        else:
            items = library.briefing(story=story.id)
            count = f"{counted(story.sources, 'source')}, {counted(len(items), 'fact')}"
            facts.border_title = f"Story: {one_line(story.title)} ({count})"
            back = f"{self._key_for('facts.scope')}: this article's facts"
            empty = (
                f"only one source reports this story ({back})"
                if story.sources < 2
                else f"no fact is shared by its sources ({back})"
            )
        facts.set_facts(items, "linking facts across sources…" if pending else empty)

    def action_toggle_scope(self) -> None:
        self.scope = "briefing" if self.scope == "article" else "article"
        self._refresh_facts()

    def on_fact_list_chosen(self, event: FactList.Chosen) -> None:
        fact = event.item.fact if isinstance(event.item, BriefingFact) else event.item
        self.jump_to(fact.path, fact.start, fact.end)

    def jump_to(self, path: str, start: int, end: int, article_id: str | None = None) -> None:
        """Open the article holding ``path`` (the current one when unknown) and select a span."""
        if self.library is None:
            return
        article_id = article_id or (self.library.id_of(path) if path else None) or self.article_id
        if article_id is None:
            return
        self.open_article(article_id, select=(start, end))
        if self.narrow:
            self.action_show_pane("article")

    def action_fact_sources(self) -> None:
        item = self.query_one(FactList).current
        if item is None or self.library is None:
            self.notify("choose a key fact first", timeout=2)
            return
        if isinstance(item, BriefingFact):
            refs = list(item.sources)
            title = f"{counted(item.source_count, 'source')} for this fact"
            for diff in item.differences:
                title += f" · differs: {one_line(diff.detail)}"
        else:
            refs = [
                SourceRef(item.path, item.sentence, item.start, item.end, item.outlet),
                *item.corroborated_by,
            ]
            others = other_sources(item)  # the one count of the article pane, facts and export
            title = f"This fact is {also_in(others)}" if others else "No other source states this fact"
        entries = [(self._ref_prompt(ref), ref) for ref in refs]
        self.app.push_screen(
            ChoiceScreen(title, entries, "no other source states this fact"), self._jump_to_ref
        )

    def _ref_prompt(self, ref: SourceRef) -> Text:
        name = ref.path.rsplit("/", 1)[-1]
        library = self.library
        aid = library.id_of(ref.path) if library and ref.path else None
        if library and aid:
            article = library.article(aid)
            name = article.outlet or article.title or name
        text = Text(one_line(name), style="bold")
        text.append("\n  " + one_line(ref.sentence))
        return text

    def _jump_to_ref(self, ref: SourceRef | None) -> None:
        if ref is not None:
            self.jump_to(ref.path, ref.start, ref.end)

    # --- entities -----------------------------------------------------------------------
    def on_entity_list_chosen(self, event: EntityList.Chosen) -> None:
        if self.library is None:
            return
        entries = []
        for aid, mention in self.library.mentions_of(event.entity.canonical):
            article = self.library.article(aid)
            sentence = next((s for s in article.sentences if s.start <= mention.start < s.end), None)
            prompt = Text(one_line(article.outlet or article.title), style="bold")
            prompt.append("\n  " + one_line(sentence.text if sentence else mention.text))
            span = (sentence.start, sentence.end) if sentence else (mention.start, mention.end)
            entries.append((prompt, (aid, span)))
        title = f"{one_line(event.entity.canonical)}: {counted(len(entries), 'mention')}"

        def go(choice) -> None:
            if choice is not None:
                aid, (start, end) = choice
                self.jump_to("", start, end, article_id=aid)

        self.app.push_screen(ChoiceScreen(title, entries), go)
