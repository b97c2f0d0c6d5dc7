"""Figures written as words count as figures when a claim's numbers are compared."""

from __future__ import annotations

from briefing.core.facts import claims


def test_a_figure_in_words_differs_from_another_in_digits():
    found = claims.relation(
        "Officials said 45 million people were affected by the floods.",
        "Officials said two million people were affected by the floods.",
        0.5,
        0.33,
    )
    assert found is not None and found.kind == "differs"
    assert found.differences == [("number", "45 million vs two million")]


def test_the_same_figure_in_words_and_in_digits_is_the_same_claim():
    found = claims.relation(
        "Officials said 2 million people were affected.",
        "Officials said Two million people were affected.",
        0.5,
        0.33,
    )
    assert found is not None and found.kind == "same"
    assert [v.value for v in claims.values("Profits rose ten per cent.")] == ["10%"]


def test_a_number_word_without_a_scale_is_no_figure():
    assert claims.values("One of the two firms said the talks would go on.") == ()
