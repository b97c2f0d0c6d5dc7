"""The key-facts pane cuts a fact to two lines: a sentence that fits whole is never shown cut.

When only the "(also in N other sources)" count does not fit after a whole sentence,
the count is shortened ("(+N)") rather than the sentence ended in "…"; when even the
short count does not fit, the sentence is cut visibly and the count kept. Drawn by a
real ``FactList`` in a Pilot app, read off the screen.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text
from textual.app import App, ComposeResult

from briefing.core.model import Fact, SourceRef
from briefing.tui.widgets.fact_list import FactList

from .test_hostile_tui import screen_text
from .tui_helpers import wait_for

WIDTH = 40  # the pane's width in cells; the text is that minus the list's padding


class FactsApp(App):
    def __init__(self, facts: list[Fact]) -> None:
        super().__init__()
        self.facts = facts

    def compose(self) -> ComposeResult:
        yield FactList(id="facts")

    def on_mount(self) -> None:
        facts = self.query_one(FactList)
        facts.styles.width = WIDTH
        facts.set_facts(self.facts, "no facts")


def fact(text: str, sources: int) -> Fact:
    refs = [SourceRef(f"other{i}.txt", "A sentence.", 0, 11) for i in range(sources)]
    return Fact(text, text, 0, len(text), "", 1.0, "here.txt", 0, (0, len(text)), refs)


async def rows(facts: list[Fact]) -> tuple[list[str], int]:
    app = FactsApp(facts)
    async with app.run_test(size=(60, 20)) as pilot:
        widget = app.query_one(FactList)
        await wait_for(pilot, lambda: widget.option_count == len(facts) and widget.size.width > 0)
        await pilot.pause()
        app.set_focus(None)  # no fact highlighted whole: every one is clamped
        await pilot.pause()
        text_width = widget.scrollable_content_region.width
        inside = [line[1 : WIDTH - 1] for line in screen_text(app).splitlines()[1:]]  # in the border
        return [line.strip() for line in inside if line.strip() and not set(line) <= set("▁ ")], text_width


def sentences():
    words = ["Growers", "met", "in", "Regina", "on", "Tuesday", "to", "talk", "trade"] * 20
    for n in range(1, len(words)):
        yield " ".join(words[:n]) + "."


def lines_of(text: str, width: int) -> int:
    return len(Text(text).wrap(Console(width=width), width))


def sentence_of(width: int, lines: float) -> str:
    """A whole sentence of words that wraps to about ``lines`` lines of ``width``."""
    words, text = iter(["Growers", "met", "in", "Regina", "on", "Tuesday", "to", "talk", "trade"] * 20), ""
    while len(text) < int(width * lines) - 8:
        text = f"{text} {next(words)}".strip()
    return text + "."


async def test_a_whole_sentence_keeps_its_full_stop_when_only_the_count_is_cut():
    _, width = await rows([fact("Probe.", 0)])
    # a sentence of two lines with room for " (+3)" but not for "  (also in 3 other sources)"
    text = next(
        t
        for t in sentences()
        if lines_of(t + " (+3)", width) == 2 and lines_of(t + " xxxxxxxxxxxx", width) > 2
    )
    shown, _ = await rows([fact(text, 3)])
    joined = " ".join(line.strip() for line in shown)
    assert len(shown) == 2, shown
    assert text in joined, shown  # the sentence whole, its full stop kept
    assert ".…" not in joined and not joined.endswith("…"), shown
    assert joined.endswith(f"{text} (+3)"), shown  # the count shortened, not lost


async def test_a_sentence_that_does_not_fit_is_cut_and_keeps_its_count():
    _, width = await rows([fact("Probe.", 0)])
    text = sentence_of(width, 3.5)
    shown, _ = await rows([fact(text, 2)])
    joined = " ".join(line.strip() for line in shown)
    assert len(shown) == 2, shown
    assert joined.endswith("… (+2)"), shown  # cut visibly, the count kept
    assert joined[: -len("… (+2)")] in text


async def test_a_fact_with_room_keeps_its_long_count():
    _, width = await rows([fact("Probe.", 0)])
    text = sentence_of(width, 0.8)
    shown, _ = await rows([fact(text, 1)])
    joined = " ".join(line.strip() for line in shown)
    assert " ".join(joined.split()) == f"{text} (also in 1 other source)", shown
