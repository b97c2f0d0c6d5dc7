"""The help screen, generated from the ACTIVE keymap (what ``briefing keys`` prints, in the app)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ...core import bindings as table
from ...core.keymaps import Keymap
from ...core.sanitize import one_line
from ..keys import bindings_for


def help_rows(keymap: Keymap) -> list[tuple[str, str, str]]:
    """(keys, description, id) for every binding, keys as the active keymap has them,
    section by section (see ``bindings.SECTIONS``)."""
    return [
        (keymap.shown(spec.id) or "-", spec.description, spec.id)
        for _, specs in table.grouped()
        for spec in specs
    ]


def help_table(rows: list[tuple[str, str, str]]) -> Table:
    grid = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
    grid.add_column("keys", no_wrap=True)
    grid.add_column("what it does", ratio=1)
    grid.add_column("id", style="dim", no_wrap=True)
    section = ""
    for keys, description, binding_id in rows:
        if table.section_of(binding_id) != section:
            section = table.section_of(binding_id)
            grid.add_row(Text(section, style="bold underline"), Text(""), Text(""))
        grid.add_row(Text(keys, style="bold"), Text(description), Text(binding_id))
    return grid


class HelpScreen(ModalScreen[None]):
    BINDINGS = bindings_for(
        "dialog",
        only=("dialog.close", "nav.down", "nav.up", "nav.top", "nav.bottom", "nav.page-down", "nav.page-up"),
    ) + bindings_for("sources", only=("page.forward", "page.back"))  # less-style, as in the panes
    # the help key again closes it (app.help's keys, so a keymap's choice holds here too)
    BINDINGS += bindings_for("app", only=("app.help",))
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90%; max-width: 100; height: 90%; border: round $primary;
                                  background: $surface; padding: 0 1; }
    """

    def __init__(self, keymap: Keymap) -> None:
        super().__init__()
        self.keymap = keymap
        self.rows = help_rows(keymap)

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = Text(f"Keys in effect: keymap {one_line(self.keymap.name)}")
            scroll.border_subtitle = self._hint()
            yield Static(help_table(self.rows), id="help-table")

    def _hint(self) -> str:
        keymap = self.keymap
        paging = "/".join(k for k in (keymap.shown(i, " or ", 2) for i in ("page.forward", "page.back")) if k)
        return (f"{paging} page · " if paging else "") + f"{keymap.shown('dialog.close', ' or ', 2)} closes"

    def action_close(self) -> None:
        self.dismiss(None)

    def action_help(self) -> None:
        self.dismiss(None)

    # movement keys of the active keymap scroll the table
    def action_cursor_down(self) -> None:
        self.query_one(VerticalScroll).scroll_down(animate=False)

    def action_cursor_up(self) -> None:
        self.query_one(VerticalScroll).scroll_up(animate=False)

    def action_first(self) -> None:
        self.query_one(VerticalScroll).scroll_home(animate=False)

    def action_last(self) -> None:
        self.query_one(VerticalScroll).scroll_end(animate=False)

    def action_page_down(self) -> None:
        self.query_one(VerticalScroll).scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.query_one(VerticalScroll).scroll_page_up(animate=False)
