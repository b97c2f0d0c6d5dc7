"""The reader application: builds its bindings from the core table and applies the keymap.

``BriefingApp(corpus, keymap)`` opens the corpus in a worker (showing
"Indexing…") unless a ``Library`` is passed in; reader state (read marks, last
position, search history) comes from ``briefing.core.state``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from ..core.keymaps import Keymap, resolve
from ..core.library import Library
from ..core.state import State
from ..render.palette import color_allowed
from . import themes
from .commands import ArticleCommands, EntityCommands, ReaderCommands
from .key_order import InOrderKeys
from .keys import bindings_for
from .screens.help import HelpScreen
from .screens.reader import ReaderScreen

if TYPE_CHECKING:
    from ..core.index.indexer_process import IndexerProcess


class BriefingApp(InOrderKeys, App):
    """Sources, article, key facts, entities and search over one corpus."""

    TITLE = "briefing"
    CSS_PATH = "styles/reader.tcss"
    # Quit is a priority binding: "from anywhere" includes a dialog (a modal screen hides the
    # app's other bindings), so Ctrl+Q in the types dialog or the help quits too
    BINDINGS = bindings_for("app", skip=("app.quit",)) + bindings_for(
        "app", only=("app.quit",), priority=True
    )
    COMMANDS = App.COMMANDS | {ReaderCommands, ArticleCommands, EntityCommands}

    def __init__(
        self,
        corpus: Path,
        keymap: Keymap | None = None,
        library: Library | None = None,
        state: State | None = None,
        library_options: dict | None = None,
        unverified: Library | None = None,
    ) -> None:
        look = themes.choose()
        # ansi_color decides, as the app is made, whether NO_COLOR keeps the terminal's own
        # colours (Textual's NoColor filter) or maps everything to black (Monochrome)
        super().__init__(ansi_color=True if look.ansi else None)
        self._keys_in_order()  # keys typed in a burst go where the key before them sent focus
        self.look = look
        self.palette_mode = look.mode
        for theme in themes.themes():
            self.register_theme(theme)
        self.theme = look.theme
        self.corpus = Path(corpus)
        self.keymap = keymap or resolve(None)
        # the footer shows the palette under whatever key COMMAND_PALETTE_BINDING names: the
        # keymap's (emacs: alt+x, where ctrl+p is "move up")
        palette_keys = self.keymap.keys("app.command-palette")
        # Textual declares it a ClassVar; the keymap is per app, so it is set on the instance
        # (the footer reads it through self.app)
        self.COMMAND_PALETTE_BINDING = palette_keys[0] if palette_keys else "-unbound-"  # type: ignore[misc]
        self.library = library
        self.library_options = library_options or {}
        self.unverified = unverified  # see Library.open_unverified; the reader's worker verifies it
        self.early_indexer: IndexerProcess | None = None  # started before Textual (commands.read)
        self.state = state or State(self.corpus)
        self.color = color_allowed()
        self.last_copied = ""

    def watch_theme(self, _name: str) -> None:
        """A theme chosen in the command palette brings its palette mode (dark, light, ansi)."""
        look = getattr(self, "look", None)
        if look is None:
            return
        twin = themes.for_terminal(self.current_theme, look)
        if twin is not None:  # a 16-colour terminal: the chosen theme's ANSI twin (this runs again)
            self.notify(f"{_name} needs more than 16 colours; shown as {twin}", timeout=4)
            self.theme = twin
            return
        mode = themes.mode_of(self.current_theme, look)
        if mode != self.palette_mode:
            self.palette_mode = mode
            for screen in self.screen_stack:
                if isinstance(screen, ReaderScreen):
                    screen.repaint()

    def on_mount(self) -> None:
        self.set_keymap(self.keymap.textual_keymap())
        self.push_screen(ReaderScreen())

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.keymap))

    # App.action_quit is a coroutine; this one is plain on purpose: Textual runs either kind
    # of action, and the reader's Escape (layout_flow.action_back_or_quit) calls it directly
    def action_quit(self) -> None:  # type: ignore[override]
        for screen in self.screen_stack:  # the reader under a dialog too
            if isinstance(screen, ReaderScreen):
                screen.remember_position()
        self.exit()

    def on_unmount(self) -> None:
        self.state.close()
        if self.library is not None:
            self.library.close()
