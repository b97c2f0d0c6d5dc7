"""Market indices named with a number are one organisation ("the Stoxx Europe 600 Index").

Every fixture is written for these tests; none is copied from an evaluation set.
"""

from __future__ import annotations

from tests.entity_helpers import typed_pairs


def test_a_numbered_index_is_one_organisation():
    got = typed_pairs(
        "The Q&R 300 Index rose 1.2 percent, while the Vantor Nordic 150 Index slipped 0.3 percent "
        "as banks fell."
    )
    assert ("Q&R 300 Index", "ORG") in got and ("Vantor Nordic 150 Index", "ORG") in got
    assert not {t for t, _ in got if t in ("150 Index", "300 Index", "Nordic")}


def test_an_article_opening_the_sentence_is_not_part_of_the_index():
    got = typed_pairs("The Q&R 300 Index rose 1.2 percent on Monday.")
    assert ("Q&R 300 Index", "ORG") in got
