"""Which articles report sport (``tables.sports_article``): the games' own words, not only scores.

Fixtures are written for these tests (invented clubs and players).
"""

from __future__ import annotations

from briefing.core.entities import tables
from tests.entity_helpers import typed_pairs


def test_a_rugby_report_without_a_score_line_is_sport():
    text = (
        "Dunmore fly-half Alex Pell hopes to win back his place in the squad.\n\n"
        "Pell, who has 20 caps, moved to full-back after an injury-time try earned a draw. "
        '"Rugby at this level is hard," he said.'
    )
    assert tables.sports_article(text)


def test_a_tennis_or_athletics_piece_is_sport():
    assert tables.sports_article(
        "The world number three returns to tennis in January. She lost the semi-finals last year, "
        "and the Grand Slam season starts soon."
    )
    assert tables.sports_article("The sprinter set a world record; athletics officials praised the athletes.")


def test_a_score_with_its_result_word_counts():
    assert tables.sports_article("Harwick earned a 17-17 draw and then a 3-1 win. A 2-0 victory followed.")


def test_business_and_politics_words_that_games_share_are_not_enough():
    assert not tables.sports_article(
        "The regulator set price caps on energy bills. The promotion of the new tariff squad forwards "
        "the plan, and marathon talks went on."
    )
    assert not tables.sports_article(
        "Ministers met on Monday to discuss the budget and the stadium's tax bill."
    )


def test_a_competitions_stage_named_by_a_letter_is_no_name():
    got = typed_pairs(
        "Ruritania beat Tarrovia 3-0 in Group C, and the Pool B victory came later. Path D waits."
    )
    assert not any(t.startswith(("Group", "Pool", "Path")) for t, _ in got)
