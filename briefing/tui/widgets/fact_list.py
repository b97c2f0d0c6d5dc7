"""The key-facts list: the current article's facts, or the briefing-wide merged facts.

Posts ``FactList.Chosen`` with the ``Fact`` or ``BriefingFact``; the screen
opens its article and highlights its sentence. Each fact is cut to
``LINES`` lines (the highlighted one shown whole while the list has focus), so
a narrow pane still shows several facts.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.message import Message
from textual.widgets.option_list import Option

from ...core.facts.counts import also_in, other_sources
from ...core.model import BriefingFact, Fact
from ...core.sanitize import one_line
from ..keys import bindings_for
from .clamp import Clamped
from .nav_list import NavList


class FactList(NavList, inherit_bindings=False):
    BINDINGS = bindings_for("facts")

    class Chosen(Message):
        def __init__(self, item: Fact | BriefingFact) -> None:
            super().__init__()
            self.item = item

    LINES = 2  # lines of a fact that is not highlighted

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.items: list[Fact | BriefingFact] = []
        self._whole: int | None = None  # the option shown whole

    def set_facts(self, items: Sequence[Fact | BriefingFact], empty: str) -> None:
        self.items = list(items)
        self._whole = None
        options: list[Option] = []
        for index, item in enumerate(self.items):
            options.append(Option(self._clamped(item), id=f"fact-{index}"))
        if not options:
            options.append(Option(Text(empty, style="italic"), disabled=True))
        self.set_options(options)
        if self.items:
            self.highlighted = 0

    def watch_highlighted(self, highlighted: int | None) -> None:
        self._show_whole(highlighted if self.has_focus else None)
        super().watch_highlighted(highlighted)

    def on_focus(self) -> None:
        self._show_whole(self.highlighted)

    def on_blur(self) -> None:
        self._show_whole(None)

    def _show_whole(self, index: int | None) -> None:
        """Show fact ``index`` whole (while the list has focus), every other one cut."""
        if index == self._whole:
            return
        if self._whole is not None and self._whole < len(self.items):
            self.replace_option_prompt_at_index(self._whole, self._clamped(self.items[self._whole]))
        self._whole = None
        if index is not None and 0 <= index < len(self.items):
            self.replace_option_prompt_at_index(index, self._prompt(self.items[index]))
            self._whole = index
        if self.highlighted is not None:
            self.scroll_to_highlight()

    @staticmethod
    def _parts(item: Fact | BriefingFact) -> tuple[Text, list[Text], Text]:
        """The fact's text; its count of other sources, long then shorter forms; its differences."""
        head, rest = Text(), Text()
        n = other_sources(item)
        if isinstance(item, BriefingFact):
            head.append(one_line(item.fact.text or item.fact.sentence))
            differences = item.differences
        else:
            if item.kind:
                head.append(f"{item.kind}: ", style="dim")
            head.append(one_line(item.text or item.sentence))
            differences = item.differences[:2]
        tails = [Text(f"  ({also_in(n)})", style="bold"), Text(f" (+{n})", style="bold")] if n > 0 else []
        for diff in differences:
            rest.append(f"\n  \u2260 differs: {one_line(diff.detail)}", style="bold italic")
        return head, tails, rest

    @classmethod
    def _prompt(cls, item: Fact | BriefingFact) -> Text:
        head, tails, rest = cls._parts(item)
        if tails:
            head.append_text(tails[0])
        head.append_text(rest)
        return head

    @classmethod
    def _clamped(cls, item: Fact | BriefingFact) -> Clamped:
        head, tails, rest = cls._parts(item)
        return Clamped(head, cls.LINES, tails, rest)

    @property
    def current(self) -> Fact | BriefingFact | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.items)):
            return None
        return self.items[self.highlighted]

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Chosen(self.current))
