"""Sports copy of wire services and other outlets: AP datelines, a city before a player's position,
a league's sponsor, cricket's "Test", nationality nouns and class-year roles.

Fixtures are written for these tests (invented towns, clubs and players).
"""

from __future__ import annotations

from .entity_helpers import types_by_text as typed


def test_an_all_caps_dateline_town_and_its_state_abbreviation():
    text = (
        "Hawks beat Owls 70-61\n\n"
        "BRIMLEY FALLS, Conn.: Jo Quandle scored 20 points as the Hawks beat the Owls 70-61 in the "
        "basketball game on Tuesday.\n"
    )
    got = typed(text)
    assert got["BRIMLEY FALLS"] == {"GPE"}
    assert got["Conn."] == {"GPE"}
    assert "Conn" not in got


def test_a_city_before_a_position_and_a_player_is_the_team():
    text = (
        "Hawks guard out\n\n"
        "The guard was hurt in the basketball game when Denver rookie Bo Marlowe knocked him over in "
        "the third quarter of a 98-95 defeat. He played his college basketball in Denver.\n"
    )
    got = typed(text)
    assert "ORG" in got["Denver"]
    assert got["Bo Marlowe"] == {"PERSON"}


def test_a_sponsor_before_a_league_is_part_of_its_name():
    text = (
        "The Zentra Premiership leaders fell to a 32-15 defeat at home on Saturday, and the rugby side "
        "had three players sin-binned by the referee.\n"
    )
    got = typed(text)
    assert got["Zentra Premiership"] == {"ORG"}
    assert "Premiership" not in got


def test_cricket_writes_a_test_with_a_capital_no_organisation():
    text = (
        "The tourists won the first Test by 128 runs, their first Test win in three years, after the "
        "cricket side bowled the hosts out for 260. The second Test starts on Friday.\n"
    )
    assert "Test" not in typed(text)


def test_a_nationality_noun_is_a_group_not_a_person():
    got = typed("The Welshman is tempted by the job, and two Irishmen are on the shortlist.\n")
    assert got["Welshman"] == {"NORP"}
    assert got["Irishmen"] == {"NORP"}


def test_a_class_year_before_a_name_is_a_role():
    text = "Freshman Tam Ruddock led the Owls with 17 points in the basketball game on Tuesday.\n"
    got = typed(text)
    assert got["Tam Ruddock"] == {"PERSON"}
    assert not any(k.startswith("Freshman") for k in got)
