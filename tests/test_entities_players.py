"""Players in sports reports: initials before a surname, a lone surname that is also a firm's name,
and a result line's "Name of Country" / "Country's Name".

Fixtures are written for these tests (invented players and sentences).
"""

from __future__ import annotations

from .entity_helpers import types_by_text as typed


def test_two_initials_and_an_unknown_surname_are_a_person():
    got = typed("Then R.J. Quandle scored 20 points. Guard K.C. Brightwater said the team was tired.\n")
    assert got["R.J. Quandle"] == {"PERSON"}
    assert got["K.C. Brightwater"] == {"PERSON"}


def test_dotted_abbreviations_of_places_firms_and_clubs_are_not_initials():
    got = typed(
        "Analysts at R.B. Hollins & Sons were cautious. F.C. Dunmore won in the cup. "
        "The U.S. Open starts on Monday.\n"
    )
    assert got["R.B. Hollins & Sons"] == {"ORG"}
    assert "PERSON" not in set().union(*got.values())


def test_a_lone_surname_that_names_a_firm_is_the_player_in_a_sports_report():
    text = (
        "Brightwater guard T.J. Ford out for a month\n\n"
        "Guard T.J. Ford was injured in the second quarter of the basketball game on Tuesday. "
        "Ford scored 14 points before he hurt his wrist, and the team lost 98-95. "
        "Ford will miss the playoff series, the coach said.\n"
    )
    got = typed(text)
    assert got["T.J. Ford"] == {"PERSON"}
    assert got["Ford"] == {"PERSON"}


def test_the_firm_stays_a_firm_outside_sport():
    text = (
        "Ford recalls 10,000 cars\n\n"
        "Ford said on Monday it would recall 10,000 cars. Its chairman, T.J. Ford, said the fault was small. "
        "Shares in Ford fell 2%.\n"
    )
    assert typed(text)["Ford"] == {"ORG"}


def test_a_result_line_of_players_and_their_countries():
    text = (
        "Tennis: the quarter-finals\n\n"
        "Oskar Vandrelle of Sweden beat Mattias Krone of Norway 6-4, 6-2 and Norway's Pieter Halvorsk "
        "beat Sweden's Anders Tollmark 7-5, 6-3.\n"
    )
    got = typed(text)
    for name in ("Oskar Vandrelle", "Mattias Krone", "Pieter Halvorsk", "Anders Tollmark"):
        assert got[name] == {"PERSON"}, name
    assert got["Sweden"] == {"GPE"} and got["Norway"] == {"GPE"}
    assert not any(" of " in k or "'s " in k for k in got)


def test_a_possessive_inside_a_club_name_is_kept():
    got = typed("Dunmore 1 Queen's Park Rangers 2\nHarwick 0 Newell's Old Boys 3\n")
    assert got["Queen's Park Rangers"] == {"ORG"}
    assert got["Newell's Old Boys"] == {"ORG"}
