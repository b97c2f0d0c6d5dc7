"""Halls of fame, US towns before a state's postal code, kin appositions, interjections.

Every fixture is written for these tests; none is copied from an evaluation set.
"""

from __future__ import annotations

from tests.entity_helpers import typed_pairs


def test_a_hall_of_fame_is_one_organisation_with_its_field():
    got = typed_pairs(
        "She was inducted into the Pro Curling Hall of Fame in 2010, and the band joined the Rock and "
        "Roll Hall of Fame's class. Canton's Bowling Hall of Fame opens today."
    )
    assert {("Pro Curling Hall of Fame", "ORG"), ("Rock and Roll Hall of Fame", "ORG")} <= got
    assert ("Bowling Hall of Fame", "ORG") in got
    assert not any(t in ("Rock", "Roll", "Hall") for t, _ in got)


def test_the_hall_of_fame_alone_and_a_hall_of_famer():
    got = typed_pairs("The Hall of Fame said so. Hall of Famer Dwight Oyelaran threw the first pitch.")
    assert ("Hall of Fame", "ORG") in got
    assert not any("Famer" in t for t, _ in got)


def test_a_town_before_a_postal_code_and_a_lower_case_word():
    got = typed_pairs("The tour stops at Mountain View, CA for a hometown show and at Cedar Rapids, IA.")
    assert ("Mountain View", "GPE") in got
    assert ("Mountain View", "ORG") not in got


def test_a_word_codes_with_a_lower_case_word_after_are_left_alone():
    got = typed_pairs("Shares of Brightline, OR and Vexa, IN were flat.")
    assert not any(t in ("OR", "IN") for t, _ in got)


def test_a_towns_pattern_wins_over_a_name_read_inside_it():
    got = typed_pairs(
        "July 26 -- Lakeside Arts Center, Saratoga Springs, NY\nJuly 27 -- Civic Hall, Palm Falls, FL"
    )
    assert ("Saratoga Springs", "GPE") in got and ("Springs", "GPE") not in got


def test_a_kin_noun_and_a_comma_name_a_person_even_a_towns_name():
    got = typed_pairs(
        "The owner's sister, Charlotte, runs the firm, and his wife, Florence, keeps the books."
    )
    assert ("Charlotte", "PERSON") in got and ("Florence", "PERSON") in got


def test_an_interjection_before_an_appositive_is_no_person():
    got = typed_pairs("Yes, the father of the bride paid. Rose, the mother of two, spoke.")
    assert ("Yes", "PERSON") not in got
    assert ("Rose", "PERSON") in got


def test_a_title_and_a_person_end_a_bodys_name_after_of():
    got = typed_pairs(
        "Federation of Tin Workers President J. Dalton Pruitt warned, and the Office of the Inspector "
        "General agreed. The Court of Human Justice ruled."
    )
    assert ("Federation of Tin Workers", "ORG") in got and ("J. Dalton Pruitt", "PERSON") in got
    assert ("Office of the Inspector General", "ORG") in got and ("Court of Human Justice", "ORG") in got


def test_initials_before_a_given_name_are_the_persons():
    got = typed_pairs("President J. Dalton Pruitt spoke, and F. Scott Merriman wrote the report.")
    assert ("J. Dalton Pruitt", "PERSON") in got and ("F. Scott Merriman", "PERSON") in got
    assert ("J.", "PERSON") not in got
