"""Emoji variation selectors: the reader and the terminal must agree on a line's width."""

from __future__ import annotations

from rich.cells import cell_len

from briefing.core.sanitize import for_terminal, one_line


def test_a_variation_selector_becomes_a_zero_width_space_of_the_same_length():
    text = "Storm 🌪️ warning ⚠️ issued"
    shown = for_terminal(text)
    assert len(shown) == len(text)  # offsets into the article stay valid
    assert "\ufe0f" not in shown and shown.count("\u200b") == 2
    # tmux and xterm draw "🌪️" one cell wide; Rich now counts it so too
    assert cell_len(shown) == cell_len("Storm 🌪 warning ⚠ issued")
    assert one_line("❤️ Love") == "❤\u200b Love"


def test_other_emoji_are_left_as_they_are():
    for text in ("😀 grin", "🇬🇧 flag", "👩\u200d👩\u200d👧 family"):
        assert for_terminal(text) == text
