"""Which theme and palette mode the reader uses in this terminal, and the themes it adds.

- ``NO_COLOR`` (or ``TERM=dumb``): ``briefing-mono``, an ANSI theme whose every cue
  is an attribute (reverse cursor rows, bold focused titles); Textual then draws in
  the terminal's own default colours (its ``NoColor`` filter), palette mode ``mono``.
- 16-colour terminals (``TERM=screen``, ``linux``, ``xterm`` without 256 colours or
  ``COLORTERM``): ``briefing-ansi`` / ``briefing-ansi-light`` (the terminal's own
  background shows; ``COLORFGBG`` tells a light one), palette mode ``ansi``.
- Otherwise Textual's ``textual-dark`` (``textual-light`` when ``COLORFGBG`` says the
  background is light), palette mode ``dark``/``light``; a theme chosen later from
  the command palette switches the palette with it (``mode_of``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from textual.theme import BUILTIN_THEMES, Theme

from ..render.palette import color_allowed, light_background

ANSI_TERMS = ("screen", "linux", "vt100", "vt220", "ansi", "xterm", "tmux", "rxvt", "putty", "cygwin")


@dataclass(frozen=True)
class Look:
    mode: str  # a palette mode of briefing.render.palette
    theme: str  # a Textual theme name
    ansi: bool  # the theme uses the terminal's own colours


def ansi_terminal() -> bool:
    """A terminal with only the 16 ANSI colours (or none): use the terminal's own palette."""
    term = os.environ.get("TERM", "")
    if not color_allowed():
        return True
    if os.environ.get("COLORTERM") in ("truecolor", "24bit") or "256color" in term:
        return False
    return term.split("-")[0] in ANSI_TERMS


def choose() -> Look:
    """The look for this environment (see the module docstring)."""
    light = light_background()
    if not color_allowed():
        return Look("mono", "briefing-mono", True)
    if ansi_terminal():
        return Look("ansi", "briefing-ansi-light" if light else "briefing-ansi", True)
    return Look("light", "textual-light", False) if light else Look("dark", "textual-dark", False)


def mode_of(theme: Theme, look: Look) -> str:
    """The palette mode for ``theme`` (a theme chosen in the command palette may differ)."""
    if look.mode == "mono":
        return "mono"
    if theme.ansi:
        return "ansi"
    return "dark" if theme.dark else "light"


_ANSI_READABLE = {
    # text on the terminal's own background: never ansi_black (invisible on a dark one)
    "border-blurred": "ansi_default",
    "block-cursor-blurred-text-style": "underline",
    "footer-key-foreground": "ansi_default",
    "footer-description-foreground": "ansi_default",
    "scrollbar-background": "ansi_default",
    "scrollbar-background-hover": "ansi_default",
    "scrollbar-background-active": "ansi_default",
}
_MONO = {
    **_ANSI_READABLE,
    "block-cursor-foreground": "ansi_default",
    "block-cursor-background": "ansi_default",
    "block-cursor-text-style": "reverse bold",
    "block-cursor-blurred-foreground": "ansi_default",
    "block-cursor-blurred-background": "ansi_default",
    "block-cursor-blurred-text-style": "underline",
    "block-hover-background": "ansi_default",
    "input-cursor-text-style": "reverse",
    "input-selection-background": "ansi_default",
    "footer-key-background": "ansi_default",
}


def for_terminal(theme: Theme, look: Look) -> str | None:
    """The theme to draw instead of ``theme`` in this terminal, None to keep it: in 16 colours
    (not under NO_COLOR) a truecolor theme from the palette is its ANSI twin, dark or light.
    Textual cut textual-light down to 16 colours as a mix: the article on the terminal's own
    background with black titles (invisible on a dark terminal), yellow names on white (1.7:1),
    the footer's keys cyan on grey (1.6:1)."""
    if not look.ansi or look.mode == "mono" or theme.ansi:
        return None
    return "briefing-ansi" if theme.dark else "briefing-ansi-light"


def themes() -> list[Theme]:
    """The themes the reader registers (built from Textual's ANSI themes)."""
    dark, light = BUILTIN_THEMES["ansi-dark"], BUILTIN_THEMES["ansi-light"]
    return [
        replace(dark, name="briefing-ansi", variables={**dark.variables, **_ANSI_READABLE}),
        replace(
            light,
            name="briefing-ansi-light",
            variables={**light.variables, **_ANSI_READABLE, "border-blurred": "ansi_default"},
        ),
        replace(dark, name="briefing-mono", variables={**dark.variables, **_MONO}),
    ]
