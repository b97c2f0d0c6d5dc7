"""Institutions named by their town in a list before their class ("Leeds and Tarrow universities").

Every fixture is written for these tests (invented lists and sentences); none is copied from an
evaluation set.
"""

from __future__ import annotations

from tests.entity_helpers import typed_pairs


def test_towns_listed_before_a_plural_class_noun_are_the_institutions():
    got = typed_pairs(
        "Scholars from Leeds and Glasgow universities met on Monday. Both Bristol, York and Hull "
        "colleges agreed, and the mayor of Leeds welcomed them."
    )
    assert {("Leeds", "ORG"), ("Glasgow", "ORG"), ("Bristol", "ORG"), ("York", "ORG"), ("Hull", "ORG")} <= got
    assert ("Leeds", "GPE") in got  # "the mayor of Leeds": the town
    assert not any(t.startswith("Both") for t, _ in got)


def test_a_singular_or_capitalised_class_noun_is_left_to_the_other_rules():
    got = typed_pairs("He studied at Leeds and Glasgow before moving to York University.")
    assert ("Leeds", "ORG") not in got and ("Glasgow", "ORG") not in got


def test_a_town_listed_among_organisations_is_the_institution():
    got = typed_pairs(
        "Archives at Harvard, Glasgow and the Tarrow Public Library are included. Offices in London, "
        "Paris and Glasgow shut, and shares in Barclays, Credit Suisse First Boston and HSBC fell."
    )
    assert ("Glasgow", "ORG") in got and ("Glasgow", "GPE") in got  # the list of bodies, then the towns'
    assert ("London", "GPE") in got and ("Paris", "GPE") in got
    assert ("Boston", "ORG") not in got  # a piece of a longer name


def test_a_couples_foundation_is_one_name():
    got = typed_pairs(
        "She and her husband set up the Ronan and Edith Vasquez Foundation in 2006. Grants from "
        "the Laura and Peter Holloway Institute rose, and Ceres Robotics and Tyvak Systems Inc won."
    )
    assert ("Ronan and Edith Vasquez Foundation", "ORG") in got
    assert ("Laura and Peter Holloway Institute", "ORG") in got
    assert ("Ceres Robotics", "ORG") in got and ("Tyvak Systems Inc", "ORG") in got
