"""North American sports copy: franchises by nickname, college teams by their cues, the front office.

Every fixture is written for these tests (invented players, coaches and games; the franchises are
the leagues' real ones, which is the list under test); none is copied from an evaluation set.
"""

from __future__ import annotations

from briefing.core.entities.tables import table_line
from tests.entity_helpers import typed_pairs

GAME = "The pitcher threw a shutout in the ninth inning of the game, and the manager praised the bullpen. "


def test_franchise_nicknames_are_clubs_in_a_sports_report():
    got = typed_pairs(GAME + "The Braves beat the Padres 4-1, and the Blue Jays swept the Phillies at home.")
    assert {("Braves", "ORG"), ("Padres", "ORG"), ("Blue Jays", "ORG"), ("Phillies", "ORG")} <= got


def test_a_full_franchise_name_is_an_organisation_anywhere():
    got = typed_pairs(
        "Shares of the broadcaster rose after it renewed its deal with the Tampa Bay Lightning."
    )
    assert ("Tampa Bay Lightning", "ORG") in got
    assert ("Tampa", "GPE") not in got


def test_a_singular_nickname_is_a_club_only_after_the():
    got = typed_pairs(
        GAME + "The guard scored 30 as the Heat won again. Heat and humidity slowed the players."
    )
    heat = [t for t, k in got if t == "Heat"]
    assert ("Heat", "ORG") in got and len(heat) == 1


def test_a_nickname_outside_sport_is_left_alone():
    got = typed_pairs("The Pirates of the old port were hanged, the historian Ada Moore wrote.")
    assert ("Pirates", "ORG") not in got


def test_the_plural_of_a_persons_surname_is_the_family_not_a_team():
    got = typed_pairs(
        GAME + "Team owner Walter Quade watched from his box. The Quades bought the club in 1990, and "
        "the Quades still run it."
    )
    assert ("Quades", "PERSON") in got and ("Quades", "ORG") not in got


def test_college_team_cues_at_a_school_and_a_record():
    got = typed_pairs(
        "The quarterback threw for 300 yards in the fourth quarter of the game. Ed Loomis spent four "
        "seasons as an assistant coach at Nebraska before the move. Fresno (9-3) plays Boise State "
        "(10-3) in the bowl game, and Fresno State won last year."
    )
    assert ("Nebraska", "ORG") in got and ("Fresno", "ORG") in got
    assert ("Boise State", "ORG") in got and ("Fresno State", "ORG") in got


def test_a_city_typed_a_team_stays_a_place_where_the_words_say_so():
    got = typed_pairs(
        "Denver beat Oakland 24-10 on Sunday, and the quarterback threw for 300 yards in the fourth quarter. "
        "Denver has won nine straight games. The new offices sit ten miles from downtown Denver, and the "
        "Denver skyline fills the windows. His father sold shoes in a chain of shops—in Denver."
    )
    denver = sorted(k for t, k in got if t == "Denver")
    assert "ORG" in denver and "GPE" in denver


def test_a_citys_possessive_player_or_season_is_its_team():
    got = typed_pairs(
        GAME + "Tulsa’s Jo Marsh hit two home runs. Tulsa’s dismal 2019 season ended in September."
    )
    assert ("Tulsa", "ORG") in got and ("Tulsa", "GPE") not in got


def test_gm_is_the_general_manager_in_a_sports_report():
    got = typed_pairs(GAME + "Padres GM Cal Hewitt traded the prospect, and an assistant GM agreed.")
    assert ("GM", "ORG") not in got
    assert ("Cal Hewitt", "PERSON") in got


def test_gm_stays_the_carmaker_where_the_article_names_it():
    got = typed_pairs(GAME + "General Motors sponsors the stadium, and GM renewed the deal on Friday.")
    assert ("GM", "ORG") in got


def test_positions_written_short_and_coaching_roles_introduce_a_player():
    got = typed_pairs(
        GAME + "Rookie QB Tavon Rusk threw three touchdowns. The school promoted offensive coordinator "
        "Corey Blandwick to head coach, and Blandwick accepted."
    )
    assert ("Tavon Rusk", "PERSON") in got and ("QB Tavon Rusk", "PERSON") not in got
    assert ("Corey Blandwick", "PERSON") in got and ("Blandwick", "PERSON") in got


def test_a_sentence_with_a_verb_is_no_table_row():
    assert not table_line("The Mets in 2016: We have Chris Mill and Jose Quintano. You don't.")
    assert not table_line("The Reds in 2017: Al Wente is 5-2.")
    assert table_line("3. Al Wente (Kenya) 1:48.91")


def test_a_state_and_a_and_m_is_one_university():
    got = typed_pairs("The Heisman-winning Texas A&M quarterback met the coach of Florida A&M.")
    assert ("Texas A&M", "ORG") in got and ("Florida A&M", "ORG") in got
