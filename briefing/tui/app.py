"""The reader application: builds its bindings from the core table and applies the keymap.

``BriefingApp(corpus, keymap)`` opens the corpus in a worker (showing
"Indexing…") unless a ``Library`` is passed in; reader state (read marks, last
position, search history) comes from ``briefing.core.state``.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual import events
from textual.app import App
from textual.widgets import Input

from ..core.keymaps import Keymap, resolve
from ..core.library import Library
from ..core.state import State
from ..render.palette import color_allowed
from .commands import ReaderCommands
from .keys import bindings_for
from .screens.help import HelpScreen
from .screens.reader import ReaderScreen

ANSI_TERMS = ("screen", "linux", "vt100", "vt220", "ansi", "xterm", "tmux")


def ansi_terminal() -> bool:
    """A terminal with only the 16 ANSI colours (or none): use the terminal's own palette."""
    term = os.environ.get("TERM", "")
    if not color_allowed():
        return True
    if os.environ.get("COLORTERM") in ("truecolor", "24bit") or "256color" in term:
        return False
    return term.split("-")[0] in ANSI_TERMS


class BriefingApp(App):
    """Sources, article, key facts, entities and search over one corpus."""

    TITLE = "briefing"
    CSS_PATH = "styles/reader.tcss"
    BINDINGS = bindings_for("app")
    COMMANDS = App.COMMANDS | {ReaderCommands}

    def __init__(
        self,
        corpus: Path,
        keymap: Keymap | None = None,
        library: Library | None = None,
        state: State | None = None,
        library_options: dict | None = None,
        unverified: Library | None = None,
    ) -> None:
        super().__init__()
        self.corpus = Path(corpus)
        self.keymap = keymap or resolve(None)
        self.library = library
        self.library_options = library_options or {}
        self.unverified = unverified  # see Library.open_unverified; the reader's worker verifies it
        self.state = state or State(self.corpus)
        self.color = color_allowed()
        self.last_copied = ""
        if ansi_terminal():
            self.theme = "ansi-dark"

    def on_mount(self) -> None:
        self.set_keymap(self.keymap.textual_keymap())
        self.push_screen(ReaderScreen())

    async def _on_key(self, event: events.Key) -> None:
        # A printable key that reaches the app while an input has focus was routed to the
        # previously focused widget (keys typed right after "/" in one burst): type it.
        focused = self.focused
        if isinstance(focused, Input) and event.is_printable and event.character:
            focused.insert_text_at_cursor(event.character)
            event.prevent_default()  # App._on_key (bindings) is skipped for this key

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.keymap))

    def action_quit(self) -> None:
        screen = self.screen
        if isinstance(screen, ReaderScreen):
            screen.remember_position()
        self.exit()

    def on_unmount(self) -> None:
        self.state.close()
        if self.library is not None:
            self.library.close()
