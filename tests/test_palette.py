"""The shared palette: one style per entity type in each mode, readable, and off types said in words."""

from __future__ import annotations

import itertools

import pytest
from rich.color import Color
from rich.style import Style
from rich.text import Text

from briefing.core.model import ENTITY_TYPES
from briefing.render import palette
from briefing.tui.screens.entity_types import TypeToggles
from briefing.tui.widgets.legend import Legend

from .screen_contrast import XTERM_16, contrast

BACKGROUNDS = {  # the theme's backgrounds behind article text, and the selection's
    "dark": [(18, 18, 18), (30, 30, 30)],
    "light": [(250, 250, 250), (224, 224, 224)],
}


def rgb(color: Color) -> tuple[int, int, int]:
    if color.triplet is not None:
        return tuple(color.triplet)
    return XTERM_16[color.number]


@pytest.mark.parametrize("mode", ["dark", "light", "ansi"])
def test_every_type_has_its_own_colour_and_person_is_not_norp(mode):
    styles = palette.palette(mode).entities
    assert set(ENTITY_TYPES) <= set(styles)
    assert Style.parse(styles["PERSON"]).color != Style.parse(styles["NORP"]).color
    assert len({styles[t] for t in ENTITY_TYPES}) == len(ENTITY_TYPES)
    if mode != "ansi":  # 16 colours cannot give ten hues readable on any background
        assert len({Style.parse(styles[t]).color for t in ENTITY_TYPES}) == len(ENTITY_TYPES)


@pytest.mark.parametrize("mode", ["dark", "light"])
def test_truecolor_types_are_readable_on_the_background_and_in_the_selection(mode):
    colors = palette.palette(mode)
    selection = rgb(Style.parse(colors.selected).bgcolor)
    for kind in ENTITY_TYPES:
        fg = rgb(Style.parse(colors.entity(kind)).color)
        for bg in [*BACKGROUNDS[mode], selection]:
            assert contrast(fg, bg) >= 3.5, (kind, fg, bg)
    for style in (colors.match, colors.current_match):
        parsed = Style.parse(style)
        assert contrast(rgb(parsed.color), rgb(parsed.bgcolor)) >= 7


def test_ansi_types_are_readable_on_black_and_on_white_terminals_and_reversed():
    colors = palette.palette("ansi")
    assert Style.parse(colors.selected).reverse  # the selection swaps to the terminal's colours
    for kind in ENTITY_TYPES:
        fg = rgb(Style.parse(colors.entity(kind)).color)
        for terminal_bg in [(0, 0, 0), (255, 255, 255)]:
            # as text on the background, and (reversed in the selection) as background under it
            assert contrast(fg, terminal_bg) >= 1.9, (kind, fg, terminal_bg)
    for style in (colors.match, colors.current_match):
        parsed = Style.parse(style)
        assert parsed.reverse is False  # drawn the same inside a reversed selection
        assert contrast(rgb(parsed.color), rgb(parsed.bgcolor)) >= 4.5


def test_no_color_styles_have_no_colour_and_tell_the_types_apart():
    colors = palette.palette("mono")
    assert palette.palette(False) is colors
    parsed = {kind: Style.parse(colors.entity(kind)) for kind in ENTITY_TYPES}
    for style in [*parsed.values(), Style.parse(colors.match), Style.parse(colors.selected)]:
        assert style.color is None and style.bgcolor is None
    attributes = {kind: (s.bold, s.italic, s.underline, s.dim) for kind, s in parsed.items()}
    assert len(set(attributes.values())) == len(ENTITY_TYPES)
    assert all(any(a) for a in attributes.values())
    current = Style.parse(colors.current_match)
    assert current.reverse is False and Style.parse(colors.selected).reverse  # stands out of the sentence


def test_named_types_are_in_the_palette_order():
    assert palette.ordered_types({"DATE", "PERSON", "ZZZ", "GPE"}) == ["PERSON", "GPE", "DATE", "ZZZ"]


def test_legend_says_which_types_are_off_in_plain_text():
    legend = Legend()
    captured: list[Text] = []
    legend.update = captured.append  # the text it would show
    legend.show_types(["PERSON", "GPE", "DATE"], {"DATE"}, True, "mono")
    plain = captured[-1].plain
    assert "person" in plain and "place" in plain
    assert "off: date" in plain
    legend.show_types(["PERSON"], set(), False, "mono")
    assert "entities off" in captured[-1].plain


def test_types_dialog_lines_say_on_and_off_without_colour():
    toggles = TypeToggles(["PERSON", "DATE"], {"DATE"}, "mono")
    assert toggles._prompt("PERSON").plain == "[x] person"
    assert toggles._prompt("DATE").plain == "[ ] date"


@pytest.mark.parametrize("a,b", list(itertools.combinations(["PERSON", "NORP", "ORG", "GPE"], 2)))
def test_frequent_types_differ_in_every_mode(a, b):
    for mode in palette.MODES:
        assert palette.entity_style(a, mode) != palette.entity_style(b, mode), (mode, a, b)


@pytest.mark.parametrize("mode", ["dark", "ansi"])
def test_a_widget_line_gets_the_same_colour_as_the_article(mode):
    """An entity list row (Textual content from a Text with its own style) and an article span
    (Rich segments) draw a type in the same colour: a style string there would be read as CSS."""
    from textual.content import Content

    for kind in ENTITY_TYPES:
        row = Content.from_rich_text(Text("Name", style=palette.entity_rich_style(kind, mode)))
        colour = row.spans[0].style.rich_style.color
        expected = Style.parse(palette.entity_style(kind, mode)).color
        assert (colour.number, colour.triplet) == (expected.number, expected.triplet), kind


async def test_a_light_theme_from_the_palette_brings_the_light_colours(monkeypatch):
    from briefing.tui.widgets.article_view import ArticleView

    from .tui_helpers import make_app, wait_for

    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLORTERM", "truecolor")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("COLORFGBG", raising=False)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.screen.article is not None)
        assert app.palette_mode == "dark"
        app.theme = "textual-light"
        await pilot.pause()
        assert app.palette_mode == "light"
        styles = {str(s.style) for s in app.screen.query_one(ArticleView).rendered.text.spans}
        assert styles & set(palette.palette("light").entities.values())
        assert not styles & set(palette.palette("dark").entities.values())


@pytest.mark.parametrize(
    "chosen, twin", [("textual-light", "briefing-ansi-light"), ("nord", "briefing-ansi")]
)
async def test_a_truecolor_theme_chosen_in_16_colours_is_drawn_as_its_ansi_twin(monkeypatch, chosen, twin):
    """TERM=screen: textual-light from the palette was cut to 16 colours as a mix (black titles on
    the terminal's own background, yellow names on white at 1.7:1, cyan keys on grey at 1.6:1)."""
    from .tui_helpers import make_app, wait_for

    monkeypatch.setenv("TERM", "screen")
    for name in ("COLORTERM", "NO_COLOR", "COLORFGBG"):
        monkeypatch.delenv(name, raising=False)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.screen.article is not None)
        assert app.theme == "briefing-ansi"
        app.theme = chosen
        await wait_for(pilot, lambda: app.theme == twin)
        assert app.palette_mode == "ansi"
