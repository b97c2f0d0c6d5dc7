"""US towns and states as American copy writes them (``briefing.core.entities.places``).

Fixtures are written for these tests (invented towns beside real state codes).
"""

from __future__ import annotations

from briefing.core.entities import extract
from briefing.core.ingest import parse

from .entity_helpers import typed_pairs


def typed(text: str) -> set[tuple[str, str, str]]:
    article = parse("t.txt", "A headline\n\n" + text + "\n", "txt")
    return {(m.text, m.type, m.canonical) for m in extract(article)}


def test_a_tour_list_names_each_town_and_its_state():
    got = typed(
        "The band will play these dates.\n\n"
        "May 3 – Quillbrook Falls, OH @ Harbor Pavilion\n"
        "May 5 – Marrowdale, NJ @ Civic Arena\n"
    )
    assert ("Quillbrook Falls", "GPE", "Quillbrook Falls") in got
    assert ("OH", "GPE", "Ohio") in got
    assert ("Marrowdale", "GPE", "Marrowdale") in got
    assert ("NJ", "GPE", "New Jersey") in got


def test_ap_abbreviations_and_party_states():
    got = typed("She moved to Dunmoor, Tenn., last year, said Sen. Alma Voss (D-Conn.) on Friday.")
    assert ("Dunmoor", "GPE", "Dunmoor") in got
    assert ("Tenn.", "GPE", "Tennessee") in got
    assert ("Conn.", "GPE", "Connecticut") in got


def test_a_code_followed_by_a_lower_case_word_is_no_state():
    got = typed("He drove to Pellham, OR something like it, and stayed.")
    assert not any(text == "OR" for text, _, _ in got)


def test_a_long_line_of_capitalised_words_without_a_comma_names_no_town():
    # an unbounded town pattern scanned the rest of the line from each of its words (quadratic)
    from briefing.core.entities import places

    assert places.find("By " + "Quill " * 150_000) == []
    long_name = "Rancho Santa Quillbrook Falls, CA"
    assert [(s[3]) for s in places.find(f"The fair opens in {long_name}, on Monday.")] == [
        "Rancho Santa Quillbrook Falls",
        "California",
    ]


def test_a_settlement_named_by_an_apposition_or_a_predicate_is_a_place():
    got = typed_pairs(
        "Shells hit Quorvani, a village near the border, on Monday. Marvesk is a small town in "
        "the north of the province, and the mayor of Tulvenka said Marvesk had no water."
    )
    assert ("Quorvani", "GPE") in got
    assert ("Marvesk", "GPE") in got
    assert ("Tulvenka", "GPE") in got


def test_a_place_noun_before_a_role_is_no_place_cue():
    got = typed_pairs("Ilsa Varnholt, a city councillor, met Oskar Brevnik, a village elder, on Friday.")
    assert ("Ilsa Varnholt", "PERSON") in got
    assert ("Oskar Brevnik", "PERSON") in got


def test_a_city_before_area_is_the_city():
    got = typed_pairs("Houston-area car sales fell in May, and Chicago-area dealers said so too.")
    assert {("Houston", "GPE"), ("Chicago", "GPE")} <= got


def test_a_compass_word_before_a_place_names_its_region():
    got = typed_pairs(
        "Farmers in West Texas and South Wales saw rain on Monday, while Central Ohio stayed dry. "
        "Officers of the South Wales Police said the roads were closed."
    )
    assert {("West Texas", "LOC"), ("South Wales", "LOC"), ("Central Ohio", "LOC")} <= got
    assert not any(text in ("Texas", "Wales", "Ohio") for text, _ in got)
    assert ("South Wales Police", "ORG") in got


def test_la_is_the_city_it_abbreviates_and_dc_stays_an_acronym():
    got = typed_pairs(
        "She spent a season in LA, where the LA Galaxy play, and said DC's films were too dark."
    )
    assert ("LA", "GPE") in got and ("LA Galaxy", "ORG") in got
    assert ("DC", "GPE") not in got  # "DC's films": the publisher as often as the city


def test_a_known_town_shaped_like_a_persons_name_is_a_place():
    got = typed_pairs("The service runs in Austin, Denver, Santa Monica and the metro area of Boise.")
    assert ("Santa Monica", "GPE") in got and ("Santa Monica", "PERSON") not in got


def test_the_older_spelling_moslem_is_the_group():
    got = typed_pairs("Moslem leaders met in Tarrow, and the Moslems there welcomed the plan.")
    assert {("Moslem", "NORP"), ("Moslems", "NORP")} <= got
