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

Escape and the key after it, read together (typed fast, or in one packet over SSH, where
Alt+key is sent as ESC and the key), reach Textual as one "alt+" key. Unless the keymap
binds that alt key, it is taken apart again here: Escape, then the key. Textual's own table
reads ESC and a key of the top row (``ESC 1`` ... ``ESC 0``, ``ESC -``, ``ESC =``) as the
characters macOS Option gives with WezTerm ("¡", "™", "£" ...), so Escape then 3 typed fast
in the search bar typed "£" there; ``_read_top_row_as_alt`` makes them alt keys like any
other. A character typed as itself ("¡Hola", "£3 billion") stays a character everywhere.
ESC and a punctuation key or space (``ESC /``: Escape then / typed fast, or Alt+/ over SSH)
lost the Escape in Textual's parser (only a key named by one character gets "alt+"), so
``ESC /`` in the search bar typed "/" into the query; they are alt keys here too ("alt+slash"),
so the emacs keymap's alt+comma and alt+less_than_sign work, and an unbound one is Escape
then the key. ``ESC [`` starts the terminal's own sequences (arrows, mouse) and is left alone.
"""

from __future__ import annotations

import time
from collections import deque
from functools import partial
from typing import cast

from textual import events
from textual.message import Message
from textual.message_pump import MessagePump

RELEASE_AFTER = 1.0
ESCAPE_GAP = 0.05  # seconds between an Escape and the key read together with it

# what follows ESC in the top-row sequences of Textual's table, by Textual's key names
_TOP_ROW = {**{d: d for d in "1234567890"}, "-": "minus", "=": "equals_sign", "§": "section_sign"}
# ESC and these: sent as one sequence by a terminal for Alt+key; "[" opens the terminal's own
# sequences, "]" and "\\" its replies (OSC and its end), "O" its SS3 keys: left to Textual
_PUNCTUATION = "!\"#$%&'()*+,./:;<>?@^_`{|}~ "


def _punctuation_names() -> dict[str, str]:
    from textual.keys import _character_to_key

    return {char: _character_to_key(char) for char in _PUNCTUATION}


_ESCAPED = {**_TOP_ROW, **_punctuation_names()}
_CHARACTER_OF = {name: char for char, name in _ESCAPED.items()}


def _read_top_row_as_alt() -> None:
    """ESC and a top-row key in one read: one "alt+" key (then Escape and the key, below),
    not the Option character Textual's table gives it. Only entries that map to a single
    character are changed, so a Textual that drops or changes them is left alone."""
    from types import SimpleNamespace

    from textual._ansi_sequences import ANSI_SEQUENCES_KEYS

    table = cast("dict[str, object]", ANSI_SEQUENCES_KEYS)  # a dict the parser reads, typed Mapping
    for char, name in _ESCAPED.items():
        sequence = "\x1b" + char
        value = table.get(sequence)
        if (isinstance(value, str) and len(value) == 1) or (value is None and char in _PUNCTUATION):
            # a tuple is read as keys, each by its ``value``: one key, "alt+1"
            table[sequence] = (SimpleNamespace(value=f"alt+{name}"),)


_read_top_row_as_alt()


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
        if not key.startswith("alt+") or len(key) <= 4:
            return None
        keymap = getattr(self, "keymap", None)
        bindings = keymap.bindings.values() if keymap is not None else ()
        if any(key in keys.split(",") for keys in bindings):
            return None  # alt+left, or emacs' alt+x: a key of its own
        name = key[4:]
        return [events.Key("escape", "\x1b"), events.Key(name, char or _CHARACTER_OF.get(name))]

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
            self._held.append(event)
            if self._in_flight is not None and not self._flight_lost():
                self.set_timer(RELEASE_AFTER, self._release_if_lost)  # type: ignore[attr-defined]
                return
            # the keys held before this one go first: after the Escape that closed a dialog
            # (its marker lost with the dialog), "t" typed after "1 f" was routed ahead of them,
            # opening the types dialog where "1" and "f" were then lost
            self._in_flight = None
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
                self.set_timer(ESCAPE_GAP, partial(self._end_gap, message))  # type: ignore[attr-defined]
                return
            self._in_flight = None
            await self._drain()

    async def _end_gap(self, marker: KeyDone) -> None:
        if self._in_flight is marker:  # not a later key's, sent on when this gap's target went
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
