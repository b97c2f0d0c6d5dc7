"""A family name that is a title word ("King") is a person's, in full and alone.

Every fixture is written for these tests (invented people); none is copied from an evaluation set.
"""

from __future__ import annotations

from tests.entity_helpers import typed_pairs


def test_a_title_word_ends_a_full_name_of_two_given_names():
    got = typed_pairs("Team captain Mary Ellen King said at the draw that the side was ready.")
    assert ("Mary Ellen King", "PERSON") in got


def test_the_title_word_alone_is_that_person_where_it_is_no_title():
    got = typed_pairs(
        "Councillor Tomas King said the plan was wrong. King said he would vote against it. "
        "Asked again, King added that the King of Estavia had written to him."
    )
    assert ("King", "PERSON") in got and ("Tomas King", "PERSON") in got


def test_no_person_is_read_into_a_royal_title():
    got = typed_pairs("Singer Dana King met the King of Estavia. King Orvald and the King spoke for an hour.")
    assert ("Dana King", "PERSON") in got
    assert ("King", "PERSON") not in got
