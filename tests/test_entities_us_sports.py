"""American sports copy: positions written short, college teams by compass and state, records.

Every fixture is written for these tests (invented teams, players and games); none is copied from
an evaluation set.
"""

from __future__ import annotations

from tests.entity_helpers import typed_pairs


def test_league_names_and_kickoff_make_a_report_of_sport():
    got = typed_pairs(
        "The NFL moved the rematch to an earlier kickoff on Sunday. Denver quarterback Jo Vance was "
        "fined, and Tulsa DL Ray Okafor also received a one-game ban from the NFL."
    )
    assert ("Denver", "ORG") in got and ("Tulsa", "ORG") in got
    assert {("Jo Vance", "PERSON"), ("Ray Okafor", "PERSON")} <= got


def test_a_state_after_a_compass_adjective_is_a_college_team_in_sport():
    got = typed_pairs(
        "Quarterback Sam Toller threw for two touchdowns and Western Kentucky rolled past Central Ohio, "
        "31-10, on Friday night. Lee Park rushed for 90 yards for Western Kentucky, and the coach praised "
        "the season's defense."
    )
    assert ("Western Kentucky", "ORG") in got and ("Central Ohio", "ORG") in got
    assert not any(t in ("Kentucky", "Ohio") for t, _ in got)


def test_outside_sport_a_compass_and_a_state_is_left_as_it_was():
    got = typed_pairs("Flooding closed schools across Western Kentucky on Tuesday, the governor said.")
    assert ("Western Kentucky", "ORG") not in got


def test_the_and_a_plural_before_a_win_loss_record_is_a_team():
    got = typed_pairs(
        "The Falcons (7-3, 4-2) ended a six-game losing streak against the Bulldogs on Saturday in the "
        "fourth quarter. The Falcons led 21-7 at halftime after two touchdowns by the quarterback.",
        headline="College football",
    )
    assert ("Falcons", "ORG") in got


def test_a_pitchers_record_after_his_name_keeps_him_a_person():
    got = typed_pairs(
        "Jo Perkins pitched seven innings for the win. Perkins (5-2) struck out nine and the closer "
        "saved the game in the ninth inning of the season's home stand."
    )
    assert ("Perkins", "ORG") not in got


def test_the_leagues_conferences_and_divisions_are_organisations():
    got = typed_pairs(
        "They host the Packers in the NFC divisional round, and the AL East race is still open."
    )
    assert {("NFC", "ORG"), ("AL East", "ORG")} <= got
