"""Scientific names of living things ("Candida auris, or C. auris") are no people or organisations.

Every fixture is written for these tests (invented sentences); none is copied from an evaluation set.
"""

from __future__ import annotations

from .entity_helpers import typed_pairs


def test_a_genus_the_article_abbreviates_and_its_initial_are_no_names():
    got = typed_pairs(
        "Candida auris, or C. auris, was found at a clinic in Leeds. Doctors said the P. aeruginosa "
        "strain resisted drugs, and Candida auris cases rose, Dr. Jo Marsh told the Tarrow Herald."
    )
    assert not any(text in ("Candida", "C.", "P.", "Candida auris") for text, _ in got)
    assert {("Leeds", "GPE"), ("Jo Marsh", "PERSON"), ("Tarrow Herald", "ORG")} <= got


def test_a_given_name_before_a_lower_case_word_stays_without_the_abbreviation():
    got = typed_pairs("The singer Candida spoke at length about the tour, and J. Smith agreed.")
    assert ("J. Smith", "PERSON") in got
