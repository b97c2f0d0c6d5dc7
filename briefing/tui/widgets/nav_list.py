"""An OptionList whose movement keys come from the keymap (nav.* ids), base of the reader's lists."""

from __future__ import annotations

from textual.widgets import OptionList

from ..keys import bindings_for


class NavList(OptionList, inherit_bindings=False):
    """OptionList with keymap-driven bindings; subclasses set ``CONTEXT``."""

    BINDINGS = bindings_for("dialog", skip=("dialog.close",))

    def action_close(self) -> None:
        self.screen.dismiss(None)
