"""A country before a body the gazetteer knows on its own is two names ("US Congress": the US and
Congress), unless a class head makes the country part of a national body's name.

Every fixture is written for these tests (invented sentences); none is copied from an evaluation set.
"""

from __future__ import annotations

from tests.entity_helpers import typed_pairs


def test_a_country_and_a_known_body_are_two_names():
    got = typed_pairs(
        "The plan angered members of US Congress on Tuesday. The UK Parliament will vote, and the "
        "U.S. Securities and Exchange Commission is looking at it."
    )
    assert {("US", "GPE"), ("Congress", "ORG"), ("UK", "GPE"), ("Parliament", "ORG")} <= got
    assert ("Securities and Exchange Commission", "ORG") in got and ("U.S.", "GPE") in got
    assert not any(t.startswith(("US ", "UK ", "U.S. ")) for t, _ in got)


def test_a_seat_in_a_countrys_body_is_no_place():
    got = typed_pairs("She is running for a U.S. Senate seat next year, aides said.")
    assert ("Senate", "ORG") in got
    assert ("U.S. Senate", "GPE") not in got


def test_a_national_body_named_by_its_country_stays_one_name():
    got = typed_pairs("Officials of the Peru Football Association fined the club on Monday.")
    assert ("Peru Football Association", "ORG") in got


def test_a_country_of_two_words_before_a_national_body_is_the_country_and_the_body():
    got = typed_pairs(
        "The exchange faces a battle with the United States Securities and Exchange Commission."
    )
    assert ("United States", "GPE") in got and ("Securities and Exchange Commission", "ORG") in got
    assert not any(text.endswith("Securities") or text == "Exchange Commission" for text, _ in got)
