"""Football clubs by name (``briefing.core.entities.clubs``, openfootball/clubs' list).

Fixtures are written for these tests: real clubs' names in invented sentences (no article of an
evaluation set), and invented names where the list must not matter.
"""

from __future__ import annotations

from briefing.core.entities import clubs, extract
from briefing.core.entities.gazetteer import builtin
from briefing.core.ingest import parse

from .entity_helpers import types_by_text as typed
from .entity_helpers import whole_pairs


def test_the_list_is_loaded_with_short_names_apart():
    gaz = builtin()
    assert gaz.phrases["Boca Juniors"].type == "ORG"
    assert "Boca Juniors" in gaz.club_orgs
    assert {"Juventus", "Arsenal", "Chelsea", "Liverpool"} <= gaz.clubs
    assert not {"Real", "United", "City", "Brazil"} & gaz.clubs  # shared words and countries


def test_a_longer_club_name_is_an_organisation_anywhere():
    got = typed("Shares in Borussia Dortmund rose after the annual meeting on Tuesday.\n")
    assert got["Borussia Dortmund"] == {"ORG"}


def test_two_clubs_named_make_a_transfer_story_a_sports_report():
    text = (
        "Kestrel to leave for Juventus\n\n"
        "Paulo Kestrel will leave Boca Juniors for Juventus next month, his agent said. "
        "Juventus offered a four-year deal, and Chelsea had asked about him in the summer. "
        "Liverpool are also interested.\n"
    )
    got = typed(text)
    assert got["Juventus"] == {"ORG"}
    assert got["Chelsea"] == {"ORG"}  # no given name here
    assert got["Liverpool"] == {"ORG"}
    assert got["Paulo Kestrel"] == {"PERSON"}


def test_a_club_name_after_in_stays_the_place():
    text = (
        "Arsenal sign Dutch defender\n\n"
        "Arsenal have signed the defender from Ajax Amsterdam. Arsenal manager Tom Vale said the "
        "player had trained with the squad. Liverpool were also keen, and the deal was agreed in "
        "Liverpool on Monday, where the player lives.\n"
    )
    got = typed(text)
    assert got["Arsenal"] == {"ORG"}
    assert got["Liverpool"] == {"ORG", "GPE"}  # the club, and the city after "in"


def test_outside_sport_one_word_club_names_are_not_clubs():
    text = (
        "The council met in Liverpool on Monday to discuss the port.\n\n"
        "Chelsea Moran, who chairs the housing committee, said the arsenal of measures was ready.\n"
    )
    got = typed(text)
    assert got["Liverpool"] == {"GPE"}
    assert got["Chelsea Moran"] == {"PERSON"}


def test_a_person_of_the_article_keeps_a_club_name_as_surname():
    gaz = builtin()
    content = "Adam Everton scored twice. Everton said the goals came late."
    found = [(0, 11, "PERSON", "Adam Everton"), (27, 34, "PERSON", "Adam Everton")]
    got = clubs.retype(found, content, gaz, [(0, len(content))])
    assert [k for _, _, k, _ in got] == ["PERSON", "PERSON"]


def test_a_clubs_first_or_last_word_alone_is_the_club_named_in_full():
    text = (
        "Kestrel joins Real Sociedad\n\n"
        "Paulo Kestrel has joined Real Sociedad from Boca Juniors on a three-year deal. The striker "
        "scored twice in the league last season. Real paid a fee, and Juniors said the player "
        "had asked to leave.\n"
    )
    got = {(m.text, m.type, m.canonical) for m in extract(parse("t.txt", text, "txt"))}
    assert ("Real", "ORG", "Real Sociedad") in got
    assert any(t == "Juniors" and k == "ORG" for t, k, _ in got)


def test_a_college_team_before_a_position_and_a_player_is_an_organisation():
    text = (
        "Wildcats edge Hornets\n\nQuorvale State quarterback Dane Ostrik threw for 300 yards, and "
        "Tarnwell athletic director Mia Fenske said coach Ron Iddle would stay. The Wildcats "
        "(8-2, 5-1 Big Ten) beat the Hornets 24-17. Former quarterback Lee Varga watched."
    )
    got = whole_pairs(text)
    assert ("Quorvale State", "ORG") in got
    assert ("Tarnwell", "ORG") in got
    assert ("Big Ten", "ORG") in got
    assert not any(t.startswith("Former") for t, _ in got)


def test_a_players_yards_make_a_person_of_an_unknown_name():
    text = (
        "Wildcats edge Hornets\n\nTrevon Axby rushed for 112 yards on 30 carries, and Jaquan Quarles "
        "caught 7 passes as the Wildcats beat the Hornets 24-17."
    )
    got = whole_pairs(text)
    assert ("Trevon Axby", "PERSON") in got
    assert ("Jaquan Quarles", "PERSON") in got


def test_a_player_with_a_plural_shaped_surname_is_no_team():
    got = whole_pairs(
        "Quorvale Bulldogs edge Bruins\n\nThe Quorvale Bulldogs beat the Bruins 79-76 on Thursday in "
        "the NCAA tournament. Two years after Jarvon Tuggs hit a 40-footer, Deshawn Pitts scored 36 "
        "points, and the Bulldogs (31-5) face Connecticut."
    )
    assert ("Jarvon Tuggs", "PERSON") in got
    assert ("Quorvale Bulldogs", "ORG") in got


def test_team_and_a_country_are_one_side():
    got = whole_pairs(
        "Japan edge USA\n\nJapan defeated Team USA 3-2 on Tuesday to win the final, and Team USA's "
        "lead did not stand for long after two home runs."
    )
    assert ("Team USA", "ORG") in got
    assert not any(text == "Team" for text, _ in got)


def test_a_town_in_capitals_opens_a_dateline_with_a_dash():
    got = whole_pairs("GRAND FORKS — Tyler Kleven won't have to wait long for his first NHL game.")
    assert ("GRAND FORKS", "GPE") in got


def test_a_plural_after_the_is_a_side_in_a_match_report():
    got = whole_pairs(
        "Bruins out\n\nThe Bruins lost 79-76 on Thursday in the NCAA tournament. Jarvon Tuggs scored 36 "
        "points and 13 rebounds, submitting to the equally tough and veteran Quags. Then the Quags’ "
        "Jalen Suggs hit a 40-footer."
    )
    quags = {kind for text, kind in got if text == "Quags"}
    assert quags == {"ORG"}
