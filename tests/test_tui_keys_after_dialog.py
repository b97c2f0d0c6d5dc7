"""Keys typed in a burst right after the Escape that closes a dialog go where that Escape
sent the focus (the reader under it), in order. In tmux, Escape then "1 f" then "trum" typed
a moment later (two reads, as over SSH) opened the types dialog: the Escape's marker was lost
with the dialog, and "t" was routed ahead of the held "1" and "f"."""

from __future__ import annotations

import asyncio

from textual import events

from .tui_helpers import make_app, wait_for


def _burst(app, keys: str) -> None:
    """Keys as the terminal's parser hands them over, all at once (a burst over SSH)."""
    for key in keys.split():
        char = "\x1b" if key == "escape" else key
        app._driver.send_message(events.Key(key, char))


async def test_a_burst_after_closing_the_mentions_dialog_reaches_the_filter():
    from briefing.tui.widgets.source_filter import SourceFilter as FilterBar

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.screen.article is not None)
        reader = app.screen
        await pilot.press("4", "enter")  # the first entity's mentions
        await wait_for(pilot, lambda: app.screen is not reader)
        app._driver.send_message(events.Key("alt+1", None))  # ESC 1 read together
        _burst(app, "f")
        await asyncio.sleep(0.005)  # the next read: the gap after Escape is still running
        _burst(app, "t r u m")
        await wait_for(pilot, lambda: app.screen is reader and reader.query_one(FilterBar).value == "trum")
        assert app.screen is reader  # no types dialog opened by the "t"
