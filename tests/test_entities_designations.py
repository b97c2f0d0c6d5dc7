"""Model designations of letters and digits after a maker or before a class noun ("A350-900", "RAV4").

Every fixture is written for these tests (invented makers' orders and sentences); none is copied
from an evaluation set.
"""

from __future__ import annotations

from tests.entity_helpers import typed_pairs


def test_a_code_after_a_maker_is_its_product_and_the_maker_stays():
    got = typed_pairs(
        "The carrier ordered 40 Airbus A321-200 jets on Tuesday, and its older A321 fleet will be sold. "
        "Later it took Boeing's 757-300 Freighter planes too."
    )
    assert {("Airbus", "ORG"), ("A321-200", "ORG"), ("A321", "ORG"), ("Boeing", "ORG")} <= got
    assert ("757-300 Freighter", "ORG") in got
    assert not any(t == "Freighter" for t, _ in got)


def test_digits_before_a_capitalised_word_and_a_singular_class_noun():
    got = typed_pairs(
        "Regulators grounded the 747 Jumbo jet after a fault. The makers said the 767 program was late. "
        "Some 300 jets and 250 aircraft were parked, and its 747 Jumbo fleet stayed home."
    )
    assert ("747 Jumbo", "ORG") in got and ("767", "ORG") in got
    assert not any(t in ("300", "250") for t, _ in got)  # counts: a plural after them
    assert not any(t == "Jumbo" for t, _ in got)


def test_a_car_code_cued_once_is_the_product_in_every_use():
    got = typed_pairs(
        "Honda is showing a plug-in version of the popular ZRX3 compact SUV. The 2022 ZRX3 Sport "
        "goes faster than the ZRX3 Hybrid, which sold well.",
        headline="HONDA ZRX3 SPORT",
    )
    assert {("ZRX3 Sport", "ORG"), ("ZRX3 Hybrid", "ORG"), ("ZRX3", "ORG")} <= got
    assert ("ZRX3 SPORT", "ORG") in got


def test_scores_periods_and_ratings_are_no_products():
    got = typed_pairs(
        "Kent 412-6 declared against Essex, and Acme Holdings H1 profit rose while Acme Q2 sales fell. "
        "Moody's rates the bank A1 and Fitch gives it BA1. The Lakers' 104-99 win was their third."
    )
    assert not any(t[:1].isdigit() for t, _ in got)
    assert ("H1", "ORG") not in got and ("Q2", "ORG") not in got and ("BA1", "ORG") not in got
