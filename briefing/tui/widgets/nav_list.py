"""An OptionList whose movement keys come from the keymap (nav.* ids), base of the reader's lists.

A list whose rows carry colours (entity names in their type's colour) draws its highlighted
row through ``highlight_prompt``: the highlight's own colours with the type's monochrome
style, since a light theme's highlight (dark blue) left a dark entity colour on it unreadable.
"""

from __future__ import annotations

from textual.widgets import OptionList

from ..keys import bindings_for


class NavList(OptionList, inherit_bindings=False):
    """OptionList with keymap-driven bindings; subclasses set ``CONTEXT``."""

    BINDINGS = bindings_for("dialog", skip=("dialog.close",))
    _plain_row: int | None = None  # the row drawn by highlight_prompt, if any

    def action_close(self) -> None:
        self.screen.dismiss(None)

    def row_prompt(self, index: int, highlighted: bool):
        """The prompt of row ``index`` for a list that colours its rows; None: left as it is."""
        return None

    def rows_reset(self) -> None:
        """The options were replaced: no row is drawn highlighted any more."""
        self._plain_row = None

    def watch_highlighted(self, highlighted: int | None) -> None:
        old, self._plain_row = self._plain_row, highlighted
        if old != highlighted:
            for index, on in ((old, False), (highlighted, True)):
                if index is not None and 0 <= index < self.option_count:
                    prompt = self.row_prompt(index, on)
                    if prompt is not None:
                        self.replace_option_prompt_at_index(index, prompt)
        super().watch_highlighted(highlighted)
