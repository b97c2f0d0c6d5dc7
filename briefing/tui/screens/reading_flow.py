"""Read marks in the reader: next/previous unread (in the list, or in the story), toggle, mark all.

A mixin of ``ReaderScreen``. "Next unread" follows the source list as it is
shown (filtered and sorted); "in the story" follows the current article's
story (``ArticleSummary.story``, from the story grouping) in the list's order.
Marks are saved per user and corpus (``State``).
"""

from __future__ import annotations

from ...core.source_order import has_stories, step_unread, story_of
from ..widgets.source_list import SourceList
from .confirm import ConfirmScreen
from .reader_base import ReaderBase


class ReadingFlow(ReaderBase):
    """Unread navigation and read marks for the reader screen."""

    def action_next_unread(self) -> None:
        self._go_unread(1, story=False)

    def action_prev_unread(self) -> None:
        self._go_unread(-1, story=False)

    def action_next_unread_story(self) -> None:
        self._go_unread(1, story=True)

    def action_prev_unread_story(self) -> None:
        self._go_unread(-1, story=True)

    def _go_unread(self, step: int, story: bool) -> None:
        if self.library is None:
            return
        sources = self.query_one(SourceList)
        order = [s.id for s in sources.items]
        where = "in this list"
        if story:
            if not has_stories(sources.all_items):
                self.notify("this index has no stories yet; showing the next unread article", timeout=3)
            else:
                current = next((s for s in sources.all_items if s.id == self.article_id), None)
                wanted = story_of(current) if current is not None else ""
                listed = [s for s in self.listed_in_order(sources.all_items) if story_of(s) == wanted]
                order = [s.id for s in listed]
                where = "in this story"
        target, wrapped = step_unread(order, sources.read, self.article_id, step)
        if target is None:
            self.notify(f"no other unread article {where}", timeout=3)
            return
        if wrapped:
            self.notify("went round to the " + ("top" if step > 0 else "bottom") + f" ({where})", timeout=2)
        self.selection = None
        self.open_article(target)
        self.focus_article()

    def action_toggle_read(self) -> None:
        sources = self.query_one(SourceList)
        target = sources.current.id if sources.has_focus and sources.current else self.article_id
        if target is None:
            return
        if target in sources.read:
            self.app.state.mark_unread(target)
            sources.mark_unread(target)
            self.notify("marked unread", timeout=2)
        else:
            self.app.state.mark_read(target)
            sources.mark_read(target)
            self.notify("marked read", timeout=2)

    def action_mark_all_read(self) -> None:
        sources = self.query_one(SourceList)
        ids = [s.id for s in sources.items if s.id not in sources.read]
        if not ids:
            self.notify("every listed article is read already", timeout=3)
            return
        listed = "listed " if len(sources.items) < len(sources.all_items) else ""
        noun = "article" if len(ids) == 1 else "articles"
        question = f"Mark {len(ids)} unread {listed}{noun} read?"
        if listed:
            question += f" (the filter lists {len(sources.items)} of {len(sources.all_items)})"

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.state.mark_all_read(ids)
                sources.mark_all_read(ids)
                self.notify(f"{len(ids)} {noun} marked read", timeout=3)

        self.app.push_screen(ConfirmScreen(question), answer)
