"""Styles per entity type (in the spirit of displaCy), for colour and for NO_COLOR terminals.

Colours are the 16 standard ANSI colours, so they follow the terminal's own
light or dark theme and work with TERM=screen or linux. Without colour only
bold, underline and reverse are used.
"""

from __future__ import annotations

import os

ENTITY_COLORS = {
    "PERSON": "magenta",
    "ORG": "cyan",
    "GPE": "yellow",
    "NORP": "bright_magenta",
    "LOC": "green",
    "EVENT": "bright_cyan",
    "DATE": "bright_blue",
    "MONEY": "bright_green",
    "PERCENT": "bright_green",
    "QUANTITY": "bright_green",
}
ENTITY_MONO = {
    "PERSON": "bold",
    "ORG": "bold underline",
    "GPE": "underline",
    "NORP": "underline",
    "LOC": "underline",
    "EVENT": "bold underline",
    "DATE": "bold",
    "MONEY": "bold",
    "PERCENT": "bold",
    "QUANTITY": "bold",
}
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


def color_allowed() -> bool:
    """The environment allows colour: NO_COLOR unset (or empty) and TERM is not "dumb"."""
    return not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def entity_style(kind: str, color: bool = True) -> str:
    if color:
        return "bold " + ENTITY_COLORS.get(kind, "white")
    return ENTITY_MONO.get(kind, "bold")


def match_style(color: bool = True) -> str:
    return "bold black on yellow" if color else "reverse"


def selected_style(color: bool = True) -> str:
    return "on blue" if color else "reverse underline"


TITLE_STYLE = "bold"
DEK_STYLE = "italic"
HEADING_STYLE = "bold underline"
META_STYLE = "dim"
