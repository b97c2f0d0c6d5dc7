"""Keys handled one at a time, in the order typed: each goes where the focus is once the key
before it has been handled.

Textual routes a key to the widget focused when the key arrives, and runs the bindings
only when the key has bubbled back up to the app. Typed in one burst (``/`` then
``canola`` in one read, as over SSH or in a paste), ``canola`` is routed before ``/``
has moved the focus to the search bar, so it goes to the pane that had focus (or, after
an earlier fix, was typed into the bar out of order). Here the app holds a key while the
one before it is still travelling: a marker posted behind each key follows it through
the same queues, widget to parent, and when it reaches the app the key has been handled
and the next one is routed to whatever has focus then. A key stopped on the way (an
input typed it) still lets its marker through. Should a marker be lost (its widget
removed meanwhile), the held keys go on after ``RELEASE_AFTER`` seconds.
"""

from __future__ import annotations

import time
from collections import deque

from textual import events
from textual.message import Message
from textual.message_pump import MessagePump

RELEASE_AFTER = 1.0


class KeyDone(Message):
    """Follows a key up the widget tree; at the app it means the key has been handled."""


class InOrderKeys:
    """App mixin (before ``App`` in the bases): route keys and pastes one after the other."""

    _held: deque[events.Event]
    _in_flight: KeyDone | None
    _flight: tuple[MessagePump, float] | None

    def _keys_in_order(self) -> None:
        self._held = deque()
        self._in_flight = None
        self._flight = None

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            if self._in_flight is not None and not self._flight_lost():
                self._held.append(event)
                self.set_timer(RELEASE_AFTER, self._release_if_lost)  # type: ignore[attr-defined]
                return
            self._in_flight = None
            await self._route(event)
            await self._drain()
            return
        await super().on_event(event)  # type: ignore[misc]

    async def _route(self, event: events.Event) -> None:
        await super().on_event(event)  # type: ignore[misc] # App.on_event: priority bindings, forwarding
        if isinstance(event, events.Key) and event.is_forwarded:
            target = self.focused or self.screen  # type: ignore[attr-defined] # where App sent it
            marker = KeyDone()
            self._in_flight = marker
            self._flight = (target, time.monotonic())
            target.post_message(marker)

    async def on_key_done(self, message: KeyDone) -> None:
        message.stop()
        if message is self._in_flight:
            self._in_flight = None
            await self._drain()

    async def _drain(self) -> None:
        while self._held and self._in_flight is None:
            await self._route(self._held.popleft())

    def _flight_lost(self) -> bool:
        if self._flight is None:
            return True
        target, since = self._flight
        return not target.is_attached or time.monotonic() - since > RELEASE_AFTER

    async def _release_if_lost(self) -> None:
        if self._in_flight is not None and self._flight_lost():
            self._in_flight = None
            await self._drain()
