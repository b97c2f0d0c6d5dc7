"""Where a name starts and ends: institution heads, names that go on after a known one, signs and
numbers that end a name, acronyms in title case.

Every fixture is written for these tests (invented institutions, companies and products beside
a few household names); none is copied from an evaluation set.
"""

from __future__ import annotations

from .entity_helpers import typed_pairs as typed


def test_institution_heads_claim_the_words_before_them():
    got = typed(
        "The soloist joined the Harrowfield Philharmonic Orchestra after years at the Dunmore "
        "Royal Infirmary, and the Quillon Brotherhood praised the Tarsk State Library."
    )
    assert ("Harrowfield Philharmonic Orchestra", "ORG") in got
    assert ("Dunmore Royal Infirmary", "ORG") in got
    assert ("Quillon Brotherhood", "ORG") in got
    assert ("Tarsk State Library", "ORG") in got


def test_and_joins_ordinary_words_not_two_companies():
    got = typed(
        "Velmora and Tarsen Lighting Technologies will supply the screens, the Ministry of Food and "
        "Rural Affairs said, and the Office of Fair and Open Markets agreed."
    )
    assert ("Tarsen Lighting Technologies", "ORG") in got
    assert ("Velmora and Tarsen Lighting Technologies", "ORG") not in got
    assert ("Ministry of Food and Rural Affairs", "ORG") in got


def test_a_head_before_a_title_ends_the_organisation():
    got = typed("Harbour Planning Committee Chair Nadia Okonjo-Reyes said the plan was ready.")
    assert ("Harbour Planning Committee", "ORG") in got
    assert ("Nadia Okonjo-Reyes", "PERSON") in got


def test_words_after_a_known_organisation_complete_its_name():
    got = typed(
        "The film will air on BBC Three before it streams on Netflix Kids, and sources said the "
        "Scottish Government had paid for it."
    )
    assert ("BBC Three", "ORG") in got
    assert ("Netflix Kids", "ORG") in got
    assert ("Scottish Government", "ORG") in got


def test_a_product_named_on_its_own_elsewhere_stays_apart_from_its_maker():
    got = typed("Sony Walkman sales doubled. Fans said the Walkman was back, and Sony agreed.")
    assert ("Sony", "ORG") in got
    assert ("Sony Walkman", "ORG") not in got


def test_signs_and_numbers_that_end_a_name():
    got = typed(
        "The match is on BBC Radio 2 and on the streaming firm Crevix+ tonight, and the iPad 9 sold "
        "4 million units while Netflix gained 3 points."
    )
    assert ("BBC Radio 2", "ORG") in got
    assert ("Crevix+", "ORG") in got
    assert ("iPad 9", "ORG") in got
    assert not any(t.startswith("Netflix ") for t, _ in got)


def test_title_case_acronyms_are_the_known_bodies():
    got = typed("Fifa and Unicef signed the deal, and Nato officials welcomed it.")
    assert ("Fifa", "ORG") in got
    assert ("Unicef", "ORG") in got
    assert ("Nato", "ORG") in got


def test_a_body_meeting_on_a_place_ends_before_on():
    got = typed("Envoys raised it at a session of the Tarsk Security Council on Kashmir, which ended late.")
    assert ("Tarsk Security Council", "ORG") in got
    assert ("Kashmir", "GPE") in got
    got = typed("She joined the Tarsk Council on Foreign Relations as a fellow in May.")
    assert ("Tarsk Council on Foreign Relations", "ORG") in got


def test_military_and_company_titles_without_a_full_stop_are_no_part_of_the_name():
    got = typed("Army chief Gen Hamid Qorvan met Lt Col Asif Renmark, said Velora executive VP Marni Tesk.")
    assert {("Hamid Qorvan", "PERSON"), ("Asif Renmark", "PERSON"), ("Marni Tesk", "PERSON")} <= got
    assert not any(text.startswith(("Gen ", "Lt ", "VP ", "Col ")) for text, _ in got)


def test_a_single_letter_is_no_person():
    got = typed("Gen Z voters and Gen X parents disagree, Senator Jo Pike said on Tuesday.")
    assert ("Jo Pike", "PERSON") in got
    assert not any(kind == "PERSON" and len(text) == 1 for text, kind in got)
    got = typed("In the thought experiment, President X vetoes the bill and Senator Y resigns.")
    assert not any(kind == "PERSON" for _, kind in got)


def test_a_title_after_a_body_before_a_person_is_no_part_of_the_body():
    got = typed("The row was about FBI Director Mary Vossel and her handling of the case.")
    assert ("Mary Vossel", "PERSON") in got
    assert not any(text.endswith("Director") for text, _ in got)
    got = typed("It said Velorian Sister Maura Tesk, 52, was held, and the Velorian Executive agreed.")
    assert ("Maura Tesk", "PERSON") in got
    assert not any(text.endswith("Sister") for text, _ in got)


def test_an_acronym_before_a_hyphen_and_a_lower_case_word_is_the_name_alone():
    got = typed("An EU-wide ban, a BBC-commissioned poll and an NFL-worst defence, Senator Jo Pike said.")
    assert {("EU", "ORG"), ("BBC", "ORG"), ("NFL", "ORG")} <= got
    assert not any("-" in text for text, _ in got)


def test_a_title_of_two_abbreviations_leads_a_person():
    got = typed(
        "The assembly mourned the former Speaker of the Regional Assembly Rt. Hon. Ade Okorafor and "
        "Hon. Funke Bellamy-Ude."
    )
    assert ("Regional Assembly", "ORG") in got
    assert ("Ade Okorafor", "PERSON") in got and ("Funke Bellamy-Ude", "PERSON") in got
    assert not any("Rt" in text.split() for text, _ in got)


def test_a_member_of_a_body_in_apposition_is_a_person():
    got = typed("According to Barney Quell, a former member of the Tarsk Assembly, the rules failed.")
    assert ("Barney Quell", "PERSON") in got
    assert ("Tarsk Assembly", "ORG") in got
