"""The one palette: styles per entity type, search matches and the selection, for every terminal.

Used by the article (reader and ``briefing show``), the legend, the entity list,
the entity-types dialog and the search results, so a type looks the same
everywhere. Four modes:

- ``dark`` / ``light``: explicit colours for a truecolor/256-colour reader whose
  theme paints its own dark or light background; each colour is at least 3.5:1
  against that background and against the selection's background.
- ``ansi``: the 16 standard colours, for ``TERM=screen``/``linux``, tmux without
  truecolor and ``briefing show``: the terminal's own background shows, and it may
  be dark or light, so only colours readable on black and on white are used (no
  yellow, white or bright green/cyan text); the selection is reverse video.
- ``mono``: ``NO_COLOR`` or ``TERM=dumb``: no colour at all, each type told apart
  by bold/italic/underline/dim combinations, the selection reverse video.

A mode is passed as a string; ``True``/``False`` (the older "colour allowed"
flag) mean ``ansi``/``mono``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..core.model import ENTITY_TYPES

if TYPE_CHECKING:
    from rich.style import Style

MODES = ("dark", "light", "ansi", "mono")

ENTITY_LABELS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place/country",
    "NORP": "nationality/group",
    "LOC": "location",
    "EVENT": "event",
    "DATE": "date",
    "MONEY": "money",
    "PERCENT": "percent",
    "QUANTITY": "quantity",
}
SHORT_LABELS = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "NORP": "group",
    "LOC": "location",
    "EVENT": "event",
    "DATE": "date",
    "MONEY": "money",
    "PERCENT": "percent",
    "QUANTITY": "quantity",
}


@dataclass(frozen=True)
class Palette:
    """Rich style strings for one mode."""

    mode: str
    entities: dict[str, str]
    match: str  # a search match
    current_match: str  # the match n/N moved to (always inside the selected sentence)
    selected: str  # the selected sentence (a fact, a search hit, ) or ( )
    off: str  # a switched-off entity type in the legend and the types dialog
    fallback: str = "bold"

    def entity(self, kind: str) -> str:
        return self.entities.get(kind, self.fallback)


_DARK = Palette(
    "dark",
    {
        "PERSON": "bold #ff8fd0",
        "ORG": "bold #6fc3ff",
        "GPE": "bold #ffd75f",
        "NORP": "bold #c6a0ff",
        "LOC": "bold #7fdc8a",
        "EVENT": "bold #ff9f66",
        "DATE": "bold #7fe0e0",
        "MONEY": "bold #b5e36b",
        "PERCENT": "bold #f28b82",
        "QUANTITY": "bold #d7c9a0",
    },
    match="bold #000000 on #ffd75f",
    current_match="bold underline #000000 on #ff9f40",
    selected="on #264f78",
    off="dim strike",
)
_LIGHT = Palette(
    "light",
    {
        "PERSON": "bold #a0166a",
        "ORG": "bold #0b5cad",
        "GPE": "bold #8a5300",
        "NORP": "bold #6b3fb0",
        "LOC": "bold #1d7a32",
        "EVENT": "bold #b34700",
        "DATE": "bold #00707a",
        "MONEY": "bold #4d7000",
        "PERCENT": "bold #b3261e",
        "QUANTITY": "bold #6b5d2a",
    },
    match="bold #000000 on #ffd75f",
    current_match="bold underline #000000 on #ff9f40",
    selected="on #cfe3ff",
    off="dim strike",
)
# readable on a black and on a white terminal background: red, magenta and bright blue are
# >= 3.6:1 on both with xterm's colours, green and cyan >= 2:1 (on white); never yellow,
# white, bright green or bright cyan as text. Hue families: places red, people and events
# magenta, organisations blue, groups cyan, dates and numbers green (numbers italic)
_ANSI = Palette(
    "ansi",
    {
        "PERSON": "bold magenta",
        "ORG": "bold bright_blue",
        "GPE": "bold red",
        "NORP": "bold cyan",
        "LOC": "bold underline red",
        "EVENT": "bold underline magenta",
        "DATE": "bold green",
        "MONEY": "bold italic green",
        "PERCENT": "bold italic cyan",
        "QUANTITY": "bold italic bright_blue",
    },
    match="not reverse black on yellow",
    current_match="not reverse bold underline bright_white on red",
    selected="reverse",
    off="strike",
)
_MONO = Palette(
    "mono",
    {
        "PERSON": "bold",
        "ORG": "bold underline",
        "GPE": "underline",
        "NORP": "italic",
        "LOC": "italic underline",
        "EVENT": "bold italic",
        "DATE": "bold italic underline",
        "MONEY": "dim bold",
        "PERCENT": "dim italic",
        "QUANTITY": "dim underline",
    },
    match="bold underline",
    current_match="not reverse bold underline",
    selected="reverse",
    off="strike",
)
PALETTES = {p.mode: p for p in (_DARK, _LIGHT, _ANSI, _MONO)}
ENTITY_ORDER = tuple(ENTITY_TYPES)
ENTITY_COLORS = {kind: style.split()[-1] for kind, style in _ANSI.entities.items()}  # the ANSI hues


def palette(mode: str | bool = True) -> Palette:
    """The palette of a mode ("dark", "light", "ansi", "mono"; True = ansi, False = mono)."""
    if mode is True:
        return _ANSI
    if mode is False:
        return _MONO
    return PALETTES.get(str(mode), _ANSI)


def color_allowed() -> bool:
    """The environment allows colour: NO_COLOR unset (or empty) and TERM is not "dumb"."""
    return not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def light_background() -> bool:
    """The terminal says its background is light (``COLORFGBG`` such as "0;15"); unknown is dark."""
    value = os.environ.get("COLORFGBG", "")
    last = value.split(";")[-1].strip() if value else ""
    return last.isdigit() and int(last) in (7, 9, 10, 11, 12, 13, 14, 15)


def entity_style(kind: str, mode: str | bool = True) -> str:
    return palette(mode).entity(kind)


@lru_cache(maxsize=256)
def parsed(style: str) -> Style:
    """A style string as a Rich ``Style``: give Textual widgets this, not the string, as a
    ``Text``'s own style (Textual reads a string there as CSS, where "cyan" is #00ffff)."""
    from rich.style import Style  # (a one-shot command in a pipe imports no Rich)

    return Style.parse(style)


def entity_rich_style(kind: str, mode: str | bool = True) -> Style:
    return parsed(palette(mode).entity(kind))


def match_style(mode: str | bool = True) -> str:
    return palette(mode).match


def current_match_style(mode: str | bool = True) -> str:
    return palette(mode).current_match


def selected_style(mode: str | bool = True) -> str:
    return palette(mode).selected


def off_style(mode: str | bool = True) -> str:
    return palette(mode).off


def ordered_types(types) -> list[str]:
    """Entity types in the palette's order (unknown ones last, by name)."""
    order = {kind: i for i, kind in enumerate(ENTITY_ORDER)}
    return sorted(set(types), key=lambda t: (order.get(t, len(order)), t))


TITLE_STYLE = "bold"
DEK_STYLE = "italic"
HEADING_STYLE = "bold underline"
META_STYLE = "dim"
