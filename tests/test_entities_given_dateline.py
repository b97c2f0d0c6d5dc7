"""A given name alone after the full name, Gaelic family names, and datelines with a dash ("MADRID — ").

Fixtures are written for these tests (invented people; real place names only as datelines).
"""

from __future__ import annotations

from briefing.core.entities import extract, tables
from briefing.core.entities.gazetteer import builtin
from briefing.core.ingest import parse

from .entity_helpers import typed_pairs, whole_pairs


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.canonical) for m in extract(parse("t.txt", text, "txt"))]


def test_a_given_name_alone_names_the_one_person_who_bears_it():
    text = (
        "Brant into the final\n\n"
        'Susan Brant beat Ellen Vatt in two sets on Friday. Her coach said: "Susan will be ready '
        'for the final." Vatt said she was tired.\n'
    )
    got = mentions(text)
    assert ("Susan", "PERSON", "Susan Brant") in got
    assert ("Vatt", "PERSON", "Ellen Vatt") in got


def test_a_given_name_two_people_share_names_neither():
    text = (
        "Susan Brant and Susan Kolder met the press on Friday. Both were tired after the match.\n\n"
        '"We played well," said Kolder. Later Susan left the hall.\n'
    )
    got = mentions(text)
    assert not [m for m in got if m[0] == "Susan" and m[2] != "Susan"]  # no one person chosen


def test_a_dash_dateline_opens_with_a_known_place():
    gaz = builtin()
    assert tables.dateline("MADRID — Tomas Varga kept his side's hopes alive.", gaz) == [(0, 6, "GPE")]
    assert tables.dateline("LOS ANGELES -- The visitors won in overtime.", gaz) == [(0, 11, "GPE")]


def test_an_all_caps_word_before_a_dash_is_no_dateline_unless_a_place():
    gaz = builtin()
    assert tables.dateline("BREAKING — The council has voted.", gaz) == []
    assert tables.dateline("UPDATE -- The figures were revised.", gaz) == []


def test_a_gaelic_family_name_makes_a_person_even_at_a_sentence_start():
    text = (
        "Harwick held at home\n\n"
        "Harwick were held on Saturday. Tam McVarish was unhappy with the referee, and later Kev "
        "O'Dorran said so too.\n"
    )
    got = whole_pairs(text)
    assert ("Tam McVarish", "PERSON") in got
    assert ("Kev O'Dorran", "PERSON") in got


def test_an_unknown_town_before_its_state_opens_a_dateline():
    got = typed_pairs(
        "QUENDALE, Calif. — The governor ended some water limits on Friday.\n\n"
        "He spoke at a farm in the community of Quendale, off the highway."
    )
    assert ("QUENDALE", "GPE") in got and ("Quendale", "GPE") in got
    assert ("Quendale", "ORG") not in got


def test_a_month_abbreviation_is_a_whole_word():
    text = (
        "Track results\n\n"
        "Results of the women's pursuit on Saturday:\n"
        "1. Oriana Velluti (Italy) 3:31.526\n"
        "2. Maelle Corbet (France) 3:31.674\n"
        "7 Jane Whitcliffe (Canada) 3:46.493\n"
        "8. Rasa Domeikyte (Lithuania) 3:46.834\n"
    )
    got = whole_pairs(text)
    assert ("Jane Whitcliffe", "PERSON") in got
    assert not {t for t, k in got if k == "DATE" and "Jan" in t}
    assert ("7 Jan 1997", "DATE") in typed_pairs("The deal closed on 7 Jan 1997.")
