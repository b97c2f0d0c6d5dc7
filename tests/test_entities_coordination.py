"""Names typed by the company they keep and by their shape: lists that a class of organisations
introduces, an ordinary word listed beside a one-word company, brands written with a letter and
a hyphen or ending in capitals, and a side named after a result in a sports report.

Every fixture is written for these tests (invented companies, teams and people beside a few
household names); none is copied from an evaluation set.
"""

from __future__ import annotations

from tests.entity_helpers import typed_pairs


def test_a_plural_class_of_organisations_types_every_item_of_its_list():
    got = typed_pairs(
        "The agency awarded lander contracts to companies Velmorix, Tarsk Dynamics and Quillon Beyond. "
        "Carriers such as Brindlejet, Norvane and Quellfly cut their fares."
    )
    assert {("Velmorix", "ORG"), ("Tarsk Dynamics", "ORG"), ("Quillon Beyond", "ORG")} <= got
    assert {("Brindlejet", "ORG"), ("Norvane", "ORG"), ("Quellfly", "ORG")} <= got
    got = typed_pairs("The car mimics newer Drossel models like the Varlo and Quenta in its lights.")
    assert ("Varlo", "ORG") in got and ("Quenta", "ORG") in got


def test_a_list_of_people_after_a_class_word_stays_people():
    got = typed_pairs(
        "Rival groups met on Monday. Their leaders, Ana Lopez and Jo Reed, said the talks went well."
    )
    assert {("Ana Lopez", "PERSON"), ("Jo Reed", "PERSON")} <= got
    assert not any(kind == "ORG" for text, kind in got if text in ("Ana Lopez", "Jo Reed"))


def test_an_ordinary_word_before_and_and_a_one_word_company_is_a_company():
    got = typed_pairs("Customers of Lantern and Verizon complained about the new prices.")
    assert ("Lantern", "ORG") in got and ("Verizon", "ORG") in got


def test_an_ordinary_word_before_and_and_a_longer_name_is_part_of_that_name():
    got = typed_pairs("Officials of the Lantern and Signal Commission met on Monday.")
    assert ("Lantern", "ORG") not in got


def test_a_capital_letter_and_a_hyphen_before_a_word_is_a_brand():
    got = typed_pairs("Yesterday K-Vellum and Drossel offered cheaper plans, and K-Vellum lost customers.")
    assert ("K-Vellum", "ORG") in got


def test_a_name_typed_by_its_shape_types_the_word_listed_with_it():
    got = typed_pairs("Yesterday K-Vellum and Lantern offered cheaper plans to their customers.")
    assert ("K-Vellum", "ORG") in got and ("Lantern", "ORG") in got


def test_a_letter_and_a_hyphen_is_no_brand_in_lower_case_nor_a_party_and_state():
    got = typed_pairs(
        "The X-Ray showed a break, although an x-ray costs little. Sen. Jo Reed (D-Conn.) said the "
        "clinic would open, and Rep. Al Moss (R-Ky.) agreed."
    )
    assert not any(text.startswith(("X-Ray", "D-Conn", "R-Ky")) for text, _ in got)
    assert ("Conn.", "PLACE") in got or ("Conn.", "GPE") in got


def test_a_name_that_is_also_a_word_is_a_side_after_a_result():
    # "Summit" is a common word the gazetteer knows: only the result before it makes it a side
    got = typed_pairs(
        "Hartwell scored twice in a 21-14 victory over Summit on Friday. After the win over Summit, "
        "the coach praised the quarterback, who threw for 200 yards in the second half of the season."
    )
    assert ("Summit", "ORG") in got


def test_a_word_after_over_without_a_result_is_no_side():
    got = typed_pairs(
        "Hartwell scored twice on Friday and the coach praised the quarterback, who threw for 200 yards. "
        "The team bus later drove over Summit on the way home for the rest of the season."
    )
    assert ("Summit", "ORG") not in got


def test_a_word_ending_in_capitals_is_no_person_whatever_speaks_after_it():
    got = typed_pairs("Then QuorvexAI told them to build a shop, and Tarlow told them to wait.")
    assert ("QuorvexAI", "PERSON") not in got and ("QuorvexAI", "ORG") in got
    assert ("Tarlow", "PERSON") in got


def test_brands_of_a_lower_case_first_letter_are_names():
    got = typed_pairs(
        "The Quillon app now runs on iOS and Android, and on macOS since Monday; the tvOS version "
        "waits for spring, the chaos of launches aside."
    )
    assert {("iOS", "ORG"), ("macOS", "ORG"), ("tvOS", "ORG")} <= got
    assert not any(text == "chaos" for text, _ in got)
