"""Players in statistics rows, rankings and box-score lines of American sports copy.

Every fixture is written for these tests (invented players and games); none is copied from an
evaluation set.
"""

from __future__ import annotations

from tests.entity_helpers import typed_pairs, whole_pairs


def test_a_column_of_players_is_all_people():
    got = typed_pairs(
        "The Rams beat the Bears 21-7 on Thursday night. Here are the defensive snap counts, with two "
        "sacks and nine tackles from the front.\n"
        "Myles Garrison - 60 snaps (100%)\n"
        "Larry Okonjo - 45 snaps (75%)\n"
        "Sheldon Richter - 41 snaps (68%)\n"
        "Mack Wilsonne - 52 snaps (87%)\n"
        "Sione Takitaki-Lolo - 8 snaps (13%)"
    )
    assert ("Mack Wilsonne", "PERSON") in got and ("Sione Takitaki-Lolo", "PERSON") in got


def test_a_league_tables_rows_stay_teams():
    got = typed_pairs(
        "Results and the table after the weekend's matches in the league.\n"
        "Hartwell Rovers 17 9 3 5 30 21 30\n"
        "Dunmore Athletic 17 8 4 5 28 22 28\n"
        "Kesby United 17 8 3 6 25 24 27\n"
    )
    assert not any(k == "PERSON" for _, k in got)


def test_a_position_after_a_name_in_a_ranking_makes_a_player():
    got = typed_pairs(
        "Our experts ranked every running back for Week 12 of the NFL season.\n"
        "1. Tavion Merriweather, RB, Saints\n"
        "2. Jalen Pettaway, RB, Vikings\n"
        "Quinby has scored in five straight games."
    )
    assert ("Tavion Merriweather", "PERSON") in got and ("Jalen Pettaway", "PERSON") in got
    assert ("Saints", "ORG") in got


def test_a_players_own_line_makes_a_lone_surname_or_dictionary_words_a_person():
    got = typed_pairs(
        "The quarterback threw three touchdowns in the fourth quarter of the game. Merriweather rushed for "
        "140 yards, Okonjo went 3-for-4 and Carter Hale stopped 28 shots."
    )
    assert {("Merriweather", "PERSON"), ("Okonjo", "PERSON"), ("Carter Hale", "PERSON")} <= got


def test_a_wires_up_next_names_the_opponents():
    got = typed_pairs(
        "The goalie made 31 saves, Jo Korva scored two goals and the Wild beat the Sabres 4-1 on Tuesday "
        "night. The Sabres have lost six of seven games this season.\n"
        "UP NEXT\n"
        "Sabres: At Pittsburgh on Thursday.\n"
        "Wild: Host Detroit on Saturday."
    )
    assert ("Pittsburgh", "ORG") in got and ("Detroit", "ORG") in got


def test_a_mock_drafts_position_is_no_state_and_its_college_no_person():
    got = typed_pairs(
        "With the NFL draft two weeks away, the quarterback and the coach are the story of the first round.\n"
        "2. Hawks: Nick Bosa-Reed, DE, Ohio State\n"
        "3. Owls: Quinn Willard, DT, Alabama"
    )
    assert ("Nick Bosa-Reed", "PERSON") in got and ("Ohio State", "ORG") in got
    assert ("DE", "GPE") not in got and ("Ohio State", "PERSON") not in got


def test_a_transactions_line_opens_with_a_verb_no_team():
    got = typed_pairs(
        "The coach praised the defense after the game, and the quarterback threw two touchdowns.\n"
        "TRANSACTIONS\n"
        "Signed WR Tavon Austell to the practice squad. Waived CB Dre Kirkland."
    )
    assert ("Tavon Austell", "PERSON") in got and ("Dre Kirkland", "PERSON") in got
    assert not any(k == "ORG" for _, k in got)
    assert not any("\n" in t for t, _ in got)


def test_rows_of_a_dropped_line_get_no_names():
    from briefing.core.entities import rows
    from briefing.core.entities.gazetteer import builtin
    from briefing.core.model import Block

    lines = ["Jo Marsh - 60 snaps (100%)", "Al Reyes - 45 snaps (75%)", "Tiva Okon - 41 snaps (68%)"]
    content = "\n".join(lines) + "\n"
    at = content.index
    found = [(0, 8, "PERSON", "Jo Marsh"), (at("Al"), at("Al") + 8, "PERSON", "Al Reyes")]
    kept = [Block("body", 0, len(content), content)]
    assert (at("Tiva"), at("Tiva") + 9, "PERSON", "Tiva Okon") in rows.apply(found, content, builtin(), kept)
    assert rows.apply(found, content, builtin(), []) == found  # every row on a dropped line


def test_words_of_a_capitals_score_line_the_article_writes_in_lower_case_are_no_names():
    got = whole_pairs(
        "SOCCER - NORWAY BEAT CHILE 2-1 IN WORLD CUP QUALIFIER.\nOSLO 1996-08-31\nNorway beat Chile 2-1\n"
        "(halftime 2-0) in a World Cup group seven soccer qualifier on\nSaturday:\nScorers:\n"
        "Norway - Per Tarrow (13th), Ola Quenby (38th)\nAttendance: 30,000\n"
    )
    texts = {text for text, _ in got}
    assert not texts & {"BEAT", "QUALIFIER"}
    assert {("NORWAY", "GPE"), ("CHILE", "GPE"), ("Per Tarrow", "PERSON")} <= got


def test_a_sides_score_is_no_model_number_of_its_name():
    got = whole_pairs(
        "CRICKET - COUNTY SCORES.\nLONDON 1996-08-30\nClose of play on the final day:\n"
        "At Hove: Sussex 363 and 144, Lancashire 218 and 53-0.\n"
        "Portsmouth: Middlesex 199 and 426 (J. Tarrow 111), Hampshire 232 and 109-5.\n"
    )
    assert not any(text[-1].isdigit() for text, kind in got if kind == "ORG")
