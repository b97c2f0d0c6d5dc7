"""People the other passes gave away: a firm named by a family name's possessive ("Tesco's" aside),
and a role's compound opening a sentence ("Singer-keyboardist Jo Doe").

Every fixture is written for these tests (invented people and sentences); none is copied from an
evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import extract
from briefing.core.ingest import parse


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(parse("t.txt", "Band news\n\n" + text + "\n", "txt"))]


def test_a_possessive_firm_whose_stem_is_a_named_persons_family_name_is_that_person():
    got = mentions(
        "The band will tour with former frontman Dale McDonald next year. McDonald joined the band "
        "in 1975, and the singer teed up McDonald’s cameo."
    )
    assert got.count(("McDonald", "PERSON")) == 2  # the bare use and the possessive's stem
    assert not any(kind == "ORG" and text.startswith("McDonald") for text, kind in got)


def test_the_firm_stays_when_the_article_never_writes_the_bare_stem():
    got = mentions(
        "McDonald’s opened 50 shops, chief executive Ann McDonald said. Shares in McDonald’s rose."
    )
    assert got.count(("McDonald’s", "ORG")) == 2
    assert ("Ann McDonald", "PERSON") in got


def test_a_role_compound_opening_a_sentence_stays_out_of_the_name():
    got = mentions("The band will tour with Dale McDonald. Singer-keyboardist McDonald will play.")
    assert ("McDonald", "PERSON") in got
    assert not any(text.startswith("Singer") for text, _ in got)


def test_a_generational_suffix_leaves_the_family_name_to_the_short_form():
    got = mentions(
        "Attorney Dale Ashford Jr., 58, said the case was grave. Later Ashford said in a statement "
        "that it would go on."
    )
    assert ("Dale Ashford Jr.", "PERSON") in got
    assert ("Ashford", "PERSON") in got and ("Ashford", "GPE") not in got
