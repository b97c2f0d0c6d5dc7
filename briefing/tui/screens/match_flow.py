"""Search matches in the article: finding them, and ``n``/``N`` stepping through them.

A mixin of ``ReaderScreen``. The words the last search highlighted are marked in
whichever article is open. ``n``/``N`` move to the next/previous match, select its
sentence and draw that match apart from the others; past the last match they go on
to the next article of the search that has a match (back to the first one, and the
status says "wrapped", when the end of the results is passed), as ``n`` does in less
or vim across files. The status under the article: "match 3/7 · article 2/5".
"""

from __future__ import annotations

import re

from ...core.cjk import has_cjk
from ...core.model import Article
from .reader_base import ReaderBase, Selection


class MatchFlow(ReaderBase):
    """n/N and the match status of the reader screen."""

    _match_note = ""  # said once in the status after a step ("wrapped")

    def _find_matches(self, article: Article | None) -> list[tuple[int, int]]:
        if article is None or not self.terms:
            return []
        # a word is matched whole; CJK text sets no spaces, so its words are matched anywhere
        words = [re.escape(t) if has_cjk(t) else r"(?<!\w)" + re.escape(t) + r"(?!\w)" for t in self.terms]
        pattern = re.compile("|".join(words), re.IGNORECASE)
        return [(m.start(), m.end()) for m in pattern.finditer(article.content)]

    def match_status(self) -> str:
        """ "match 3/7 · article 2/5 · wrapped" (empty without matches); the note is said once."""
        note, self._match_note = self._match_note, ""
        if not self.matches:
            return ""
        current = self.match_index + 1 if self.match_index >= 0 else "-"
        parts = [f"match {current}/{len(self.matches)}"]
        ids = self._result_ids()
        if len(ids) > 1 and self.article_id in ids:
            parts.append(f"article {ids.index(self.article_id) + 1}/{len(ids)}")
        if note:
            parts.append(note)
        return " · ".join(parts)

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_prev_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        if self.matches:
            index = self._next_index(step)
            if 0 <= index < len(self.matches):
                self._go_to_match(index)
                return
        found = self._next_article(step)
        if found is None:
            if not self.matches:
                self.notify("no search matches in this article", timeout=2)
                return
            self._go_to_match(0 if step > 0 else len(self.matches) - 1, "wrapped")
            return
        article_id, wrapped = found
        self.open_article(article_id)
        if self.matches:
            self._go_to_match(0 if step > 0 else len(self.matches) - 1, "wrapped" if wrapped else "")

    def _next_index(self, step: int) -> int:
        """The match after (before) the current one; without one, the first match from the top
        of the view on (the last one above it)."""
        if self.match_index >= 0:
            return self.match_index + step
        top = self._view_top()
        if step > 0:
            return next((i for i, (s, _) in enumerate(self.matches) if s >= top), len(self.matches))
        return max((i for i, (s, _) in enumerate(self.matches) if s < top), default=-1)

    def _view_top(self) -> int:
        from ..widgets.article_view import ArticleView

        return self.query_one(ArticleView).top_source_offset()

    def _go_to_match(self, index: int, note: str = "") -> None:
        """Make match ``index`` the current one: its sentence selected and brought into view."""
        if self.article is None or self.article_id is None:
            return
        self.match_index = index
        start, end = self.matches[index]
        sentence = next((s for s in self.article.sentences if s.start <= start < s.end), None)
        self.selection = Selection(sentence.start, sentence.end) if sentence else Selection(start, end)
        self._match_note = note
        self._draw_article(scroll_to=start)
        self.app.state.set_position(self.article_id, start)

    def _result_ids(self) -> list[str]:
        """The articles of the last search, in its order."""
        result = self._last_result
        if result is None or not self.terms:
            return []
        return list(dict.fromkeys(hit.id for hit in result.hits))

    def _next_article(self, step: int) -> tuple[str, bool] | None:
        """The next (previous) article of the search with a match, and whether the end of the
        results was passed to reach it; None when no other article has one."""
        ids = self._result_ids()
        if self.library is None or not ids:
            return None
        here = ids.index(self.article_id) if self.article_id in ids else (-1 if step > 0 else len(ids))
        for k in range(1, len(ids) + 1):
            j = here + step * k
            wrapped = not 0 <= j < len(ids)
            candidate = ids[j % len(ids)]
            if candidate == self.article_id:
                return None
            if self._find_matches(self.library.article(candidate)):
                return candidate, wrapped
        return None
