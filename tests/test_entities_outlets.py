"""Cues seen in other outlets' copy: parliamentary honorifics, journals and missions, maker and product.

Every fixture is written for these tests (invented names, bodies and products); none is copied
from an evaluation set.
"""

from __future__ import annotations

from tests.entity_helpers import typed_pairs


def test_an_honorific_is_a_title_outside_the_name():
    got = typed_pairs("The chamber mourned Hon. Ada Okonkwo and the Rt Hon Tunde Bakare on Tuesday.")
    assert {("Ada Okonkwo", "PERSON"), ("Tunde Bakare", "PERSON")} <= got
    assert not any(t.startswith(("Hon", "Rt")) for t, _ in got)


def test_a_journal_before_a_name_is_a_publication():
    got = typed_pairs("The result appeared in the journal Ocean Letters on Monday, its authors said.")
    assert ("Ocean Letters", "ORG") in got


def test_a_mission_or_probe_after_an_unknown_name_is_a_project():
    got = typed_pairs(
        "The agency will launch its Kestrelwing mission in 2031. Kestrelwing is to reach the moon in "
        "2036, after the Orvane probe flies past it."
    )
    assert ("Kestrelwing", "ORG") in got and ("Orvane", "ORG") in got


def test_a_known_maker_and_a_camel_case_product_are_two_mentions():
    got = typed_pairs("Every model comes with Microsoft PowerDeck and a larger screen this year.")
    assert {("Microsoft", "ORG"), ("PowerDeck", "ORG")} <= got
    assert ("Microsoft PowerDeck", "ORG") not in got


def test_a_place_and_a_compass_word_or_its_river_is_one_place():
    got = typed_pairs(
        "The senator representing Kaduna Central spoke first. The house in Hanau am Main, near "
        "Germany's border, was sold, and Kaduna South Africa talks went on."
    )
    assert ("Kaduna Central", "GPE") in got and ("Hanau am Main", "GPE") in got
    assert ("Kaduna South", "GPE") not in got  # "South Africa" is a name of its own


def test_a_name_before_police_is_a_town_in_all_its_mentions():
    got = typed_pairs(
        "A tip led Marion Hill police officers to the motel on Friday. He had driven the car to Marion "
        "Hill's outskirts before they arrived."
    )
    assert ("Marion Hill", "PERSON") not in got
    assert ("Marion Hill", "GPE") in got


def test_news_outlets_cited_by_other_outlets_are_organisations():
    got = typed_pairs(
        "The coach told USA Today on Monday that he would stay, the Los Angeles Times and the "
        "Daily Mail reported, and Rolling Stone called him."
    )
    assert {("USA Today", "ORG"), ("Los Angeles Times", "ORG"), ("Daily Mail", "ORG")} <= got
    assert ("Rolling Stone", "ORG") in got
    assert ("Today", "DATE") not in got and ("USA", "GPE") not in got
    assert ("Monday", "DATE") in got


def test_a_word_before_a_known_place_is_no_persons_name():
    got = typed_pairs("Jet orders came from Air Malta and Air Zimbabwe on Tuesday.")
    assert not any(kind == "PERSON" for _, kind in got)


def test_a_dateline_with_a_colon_names_its_city_whole():
    got = typed_pairs("NEW DELHI: Nearly 150 people were flown home on Monday, officials said.")
    assert ("NEW DELHI", "GPE") in got
    assert ("DELHI", "GPE") not in got


def test_a_known_town_before_its_state_is_a_place():
    got = typed_pairs("The lander is built by Quarvex Robotics in Palo Alto, California, its makers said.")
    assert ("Palo Alto", "GPE") in got
    assert ("Quarvex Robotics", "ORG") in got


def test_the_article_before_a_known_name_is_no_name():
    got = typed_pairs("The label was bought by private equity giant The Carlyle Group on Monday.")
    assert ("The", "ORG") not in got
    assert any(text.endswith("Carlyle Group") for text, _ in got)


def test_a_term_spelled_out_before_or_and_its_acronym_is_no_organisation():
    got = typed_pairs("Doctors found chronic vortal lungitis, or CVL. CVL is rare, they said.")
    assert not any(text == "CVL" for text, _ in got)


def test_a_legal_form_after_a_comma_is_part_of_the_firm():
    got = typed_pairs("Quorvex Systems, Inc. said on Monday that it would cut 200 jobs.")
    assert ("Quorvex Systems, Inc.", "ORG") in got


def test_two_nationalities_joined_by_a_hyphen_are_one():
    got = typed_pairs("The Hungarian-American investor met African-American voters on Friday.")
    assert {("Hungarian-American", "NORP"), ("African-American", "NORP")} <= got
    assert ("American", "NORP") not in got


def test_one_unknown_word_someone_told_is_an_outlet():
    got = typed_pairs(
        "Network chief Marni Dalgety told Quillcast last year that prices would rise. Later the "
        "analyst Jo Penhallow said the plan was sound, and a spokesman told Penhallow so."
    )
    assert ("Quillcast", "ORG") in got
    assert ("Penhallow", "ORG") not in got  # a person the article names in full


def test_a_networks_local_station_is_one_name():
    got = typed_pairs(
        "A pilot told NBC 4 New York that the flight was planned, and CBS Chicago reported the same. "
        "The network NBC has offices in New York, and the NBC Chicago Bears deal was signed."
    )
    assert {("NBC 4 New York", "ORG"), ("CBS Chicago", "ORG")} <= got
    assert ("New York", "GPE") in got  # "offices in New York": the city
    assert ("NBC Chicago", "ORG") not in got  # more of a name follows
