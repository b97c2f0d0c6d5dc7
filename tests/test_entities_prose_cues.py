"""Small cues of prose from other outlets: a sentence-case dek, contractions, chat slang, friends.

Every fixture is written for these tests; none is copied from an evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import extract
from briefing.core.entities.guess import _contracted
from briefing.core.ingest import parse
from tests.entity_helpers import typed_pairs, whole_pairs


def test_a_dek_written_as_a_sentence_is_read_as_prose():
    text = (
        "Energy Department rejects Trump's request to name the workers, who remain worried\n"
        'Global warming - "it\'s a hoax."\n'
        "Donald Trump has said that more than once.\n"
        "So it's understandable that the request by the transition team for the names of workers "
        "alarmed them, officials said on Friday.\n"
    )
    article = parse("t.txt", text, "txt")
    assert [b.kind for b in article.blocks][:3] == ["title", "body", "dek"]
    got = {(m.text, m.type) for m in extract(article)}
    assert ("Donald Trump", "PERSON") in got


def test_i_contracted_is_no_name():
    assert _contracted("I'm", set()) and _contracted("I’ve", set())
    assert not _contracted("Ian", set())


def test_chat_slang_and_a_list_are_no_organisations():
    got = typed_pairs("Perfect dimensions IMHO. The brands lend their clothes to A-list stars, LOL.")
    assert not got


def test_a_friend_before_a_name_makes_a_person():
    got = typed_pairs("I was with my friend Ondine, we were walking home.")
    assert ("Ondine", "PERSON") in got


def test_the_country_before_the_state_department_is_a_place_of_its_own():
    got = typed_pairs("With the support of the U.S. State Department they began work.")
    assert ("U.S.", "GPE") in got and ("State Department", "ORG") in got


def test_a_source_named_by_how_it_reported_is_an_organisation():
    got = typed_pairs(
        "The fund sold its stake, according to a filing seen by Coinrelay. The crash was slow, as noted "
        "in a Bramwell report, and the driver was fine (via Herald). The quote was reported by Tally "
        "Daily. A memo seen by Margaret Vance said so."
    )
    for name in ("Coinrelay", "Bramwell", "Herald", "Tally Daily"):
        assert (name, "ORG") in got, name
    assert ("Margaret Vance", "PERSON") in got


def test_a_role_at_a_name_makes_an_organisation_not_a_place():
    got = typed_pairs(
        "The figures were checked, said Ilse Varga, senior editor at Quillmark, on Monday. "
        "Her brother works at Zendaro. The medal was given by the Queen at Tarrowmere."
    )
    assert ("Quillmark", "ORG") in got and ("Zendaro", "ORG") in got
    assert ("Tarrowmere", "ORG") not in got


def test_a_name_the_clause_calls_herself_or_his_father_is_a_person():
    got = typed_pairs(
        "Sobbing, Marisela locks herself in the cabin. Later, Marisela calls the lawyer. "
        "Pettigrew gets an odd visit from his father. Orlan Dyer kept Whitcombe and her father's papers."
    )
    assert ("Marisela", "PERSON") in got and ("Pettigrew", "PERSON") in got
    assert ("Whitcombe", "PERSON") not in got


def test_a_counter_and_its_number_are_no_name():
    text = (
        "Tonight on television\n\n"
        "Hollowmere (Brightcast at 9) Season 4.\n"
        "Duneview Road (Brightcast at 10) Season 2.\n"
        "Kettle Street (Brightcast at 11) Season 3.\n"
    )
    got = whole_pairs(text)
    assert not {t for t, _ in got if t.startswith("Season")}


def test_a_religion_is_a_group_and_an_honorific_makes_any_known_word_a_surname():
    got = typed_pairs(
        "The series portrays Islam unfairly, the council said; converts to Buddhism disagreed. "
        "Mr Irish and Mr Islam deny the charge, and Dr Christian said so too."
    )
    assert ("Islam", "NORP") in got and ("Buddhism", "NORP") in got
    assert {("Irish", "PERSON"), ("Islam", "PERSON"), ("Christian", "PERSON")} <= got


def test_a_firms_officer_of_a_name_makes_an_organisation_not_a_place():
    got = typed_pairs(
        "Jim Sorrel, managing director of Quillmark, said the deal was done. Ana Ruiz, co-founder "
        "of Zendaro, agreed, and a spokeswoman for Pellora declined to comment."
    )
    assert {("Quillmark", "ORG"), ("Zendaro", "ORG"), ("Pellora", "ORG")} <= got


def test_an_abbreviation_a_number_counts_is_a_statistic_not_the_body_it_spells():
    text = (
        "Ortega added two hits and three RBI as the starters hit well, and had six RBI in one game. "
        "Two UK banks fell, and the RBI raised rates."
    )
    got = [(m.text, m.type) for m in extract(parse("t.txt", "A headline\n\n" + text + "\n", "txt"))]
    assert got.count(("RBI", "ORG")) == 1 and ("UK", "GPE") in got
