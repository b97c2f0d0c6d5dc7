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

Escape and the key after it, read together (typed fast, or in one packet over SSH), reach
Textual as one "alt+" key (``ESC /`` is alt+slash; ``ESC 2`` even becomes "™", the macOS
Option character Textual maps it to). Unless the keymap binds that alt key, it is taken
apart again here: Escape, then the key. In a text field the Option characters someone may
mean to type (£ ¢ § • –) stay characters.
"""

from __future__ import annotations

import time
import unicodedata
from collections import deque

from textual import events
from textual.message import Message
from textual.message_pump import MessagePump
from textual.widgets import Input

RELEASE_AFTER = 1.0
ESCAPE_GAP = 0.05  # seconds between an Escape and the key read together with it

# Textual's characters for ESC + a key of the top row (textual/_ansi_sequences.py)
_ESC_CHARACTERS = {"¡": "1", "™": "2", "£": "3", "¢": "4", "∞": "5", "¶": "7", "•": "8", "ª": "9", "º": "0"}
_TYPED_IN_FIELDS = frozenset("£¢§•–")  # characters a person may type into a field on purpose
# the same by Textual's key names ("™" is "trade_mark_sign"), for events that carry no character
_ESC_KEY_NAMES = {unicodedata.name(c).lower().replace(" ", "_").replace("-", "_"): c for c in _ESC_CHARACTERS}


class KeyDone(Message):
    """Follows a key up the widget tree; at the app it means the key has been handled."""

    gap = False  # wait ESCAPE_GAP before the next key (an Escape taken apart from it)


class InOrderKeys:
    """App mixin (before ``App`` in the bases): route keys and pastes one after the other."""

    _held: deque[events.Event]
    _in_flight: KeyDone | None
    _flight: tuple[MessagePump, float] | None

    def _keys_in_order(self) -> None:
        self._gap_after: set[int] = set()  # ids of Escape keys taken apart from the next key
        self._held = deque()
        self._in_flight = None
        self._flight = None

    def _escape_apart(self, event: events.Key) -> list[events.Key] | None:
        """Escape and the key typed right after it, when Textual read them as one key."""
        key, char = event.key, event.character
        if key.startswith("alt+") and len(key) > 4:
            keymap = getattr(self, "keymap", None)
            bindings = keymap.bindings.values() if keymap is not None else ()
            if any(key in keys.split(",") for keys in bindings):
                return None  # alt+left, or emacs' alt+x: a key of its own
            return [events.Key("escape", "\x1b"), events.Key(key[4:], char)]
        char = char or _ESC_KEY_NAMES.get(key)
        digit = _ESC_CHARACTERS.get(char or "")
        if digit is None or (char in _TYPED_IN_FIELDS and isinstance(self.focused, Input)):  # type: ignore[attr-defined]
            return None
        return [events.Key("escape", "\x1b"), events.Key(digit, digit)]

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            parts = self._escape_apart(event)
            if parts is not None:
                # Escape, then the key: held like any other, but a moment after Escape is
                # handled, as if typed apart (Escape works through messages and a focus
                # change, which the marker does not wait for)
                self._gap_after.add(id(parts[0]))
                for part in parts:
                    await self.on_event(part)
                return
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
            marker.gap = id(event) in self._gap_after
            self._gap_after.discard(id(event))
            self._in_flight = marker
            self._flight = (target, time.monotonic())
            target.post_message(marker)

    async def on_key_done(self, message: KeyDone) -> None:
        message.stop()
        if message is self._in_flight:
            if message.gap:
                self.set_timer(ESCAPE_GAP, self._end_gap)  # type: ignore[attr-defined]
                return
            self._in_flight = None
            await self._drain()

    async def _end_gap(self) -> None:
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
