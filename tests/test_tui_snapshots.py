"""Snapshot tests of the reader's layout at 120x40 and 80x24 (pytest-textual-snapshot).

Regenerate after a deliberate layout change with ``pytest tests/test_tui_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import pytest

from .tui_helpers import make_app


@pytest.fixture(autouse=True)
def fixed_terminal(monkeypatch):
    """The same colour decisions on every machine."""
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLORTERM", "truecolor")
    monkeypatch.delenv("NO_COLOR", raising=False)


async def _settle(pilot) -> None:
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()


def test_wide_layout_with_a_fact_selected(snap_compare):
    async def run_before(pilot):
        await _settle(pilot)
        await pilot.press("3", "down", "enter")
        await _settle(pilot)

    assert snap_compare(make_app(stable=True), terminal_size=(120, 40), run_before=run_before)


def test_narrow_layout_article(snap_compare):
    assert snap_compare(make_app(stable=True), terminal_size=(80, 24), run_before=_settle)


def test_narrow_layout_facts_pane(snap_compare):
    async def run_before(pilot):
        await _settle(pilot)
        await pilot.press("3")
        await _settle(pilot)

    assert snap_compare(make_app(stable=True), terminal_size=(80, 24), run_before=run_before)


def test_help_screen(snap_compare):
    async def run_before(pilot):
        await _settle(pilot)
        await pilot.press("question_mark")
        await _settle(pilot)

    assert snap_compare(make_app(stable=True), terminal_size=(80, 24), run_before=run_before)
