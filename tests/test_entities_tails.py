"""A name that goes on after a known organisation's ("Zentrix Pay", "Zentrix Maps") is one name,
even when another maker's product shares its last word or that word is also a given name.

Every fixture is written for these tests (invented firms and products); none is copied from an
evaluation set.
"""

from __future__ import annotations

from briefing.core.entities.gazetteer import builtin
from tests.entity_helpers import typed_pairs

from .entity_helpers import whole_pairs


def test_two_makers_products_with_the_same_last_word_are_two_whole_names():
    got = typed_pairs("Shops now take Samsung Wave and Nokia Wave at the till. Sales doubled.")
    assert ("Samsung Wave", "ORG") in got
    assert ("Nokia Wave", "ORG") in got


def test_a_product_word_that_is_also_a_given_name_completes_the_name():
    gaz = builtin()
    assert "Maps" in gaz.given_names  # the word the test turns on
    got = typed_pairs("Users of Google Maps rose sharply last year. Analysts said so.")
    assert ("Google Maps", "ORG") in got


def test_a_persons_full_name_after_the_firm_stays_a_person():
    got = typed_pairs("Critics of Apple Tim Cook dismissed the claim on Monday.")
    assert ("Apple", "ORG") in got
    assert ("Tim Cook", "PERSON") in got


def test_a_product_the_article_also_names_alone_stays_two_names():
    text = "Games\n\nThe Google Vireo service opened. Gamers said Vireo was slow.\n"
    got = whole_pairs(text)
    assert ("Google Vireo", "ORG") not in got


def test_a_dictionary_word_after_its_maker_is_one_name_even_where_it_stands_alone():
    """A product named by an ordinary word is named by it with its maker: "the Lantern 2" does
    not make "Nintendo Lantern" two names, as "Vireo" alone does "Google Vireo"."""
    text = (
        "Games\n\nNintendo may ship a second Nintendo Lantern this year. Buyers liked the first "
        "Nintendo Lantern, and the Lantern 2 could follow.\n"
    )
    got = whole_pairs(text)
    assert ("Nintendo Lantern", "ORG") in got
    assert ("Nintendo", "ORG") in got  # the maker alone, at the sentence's start
