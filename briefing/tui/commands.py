"""Command palette provider: every reader action from the binding table, with its keys."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..core import bindings as table
from ..core.keymaps import display_key

_PALETTE_CONTEXTS = ("app", "screen")


class ReaderCommands(Provider):
    """Lists the reader's actions (search, facts scope, panes, copy, help...)."""

    def _commands(self):
        keymap = getattr(self.app, "keymap", None)
        for spec in table.BINDINGS:
            if not set(spec.contexts) & set(_PALETTE_CONTEXTS) or spec.id == "app.command-palette":
                continue
            keys = ", ".join(display_key(k) for k in keymap.keys(spec.id)) if keymap else spec.keys
            target = self.app if "app" in spec.contexts else self.screen
            yield f"{spec.description} ({keys})", partial(target.run_action, spec.action), spec.id

    async def discover(self) -> Hits:
        for name, callback, binding_id in self._commands():
            yield DiscoveryHit(name, callback, help=binding_id)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, binding_id in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=binding_id)
