"""Acronyms that are terms, not organisations; companies known from the listed-company data;
people named after places ("Florence Welch").

Every fixture is written for these tests (invented sentences); none is copied from an evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import canonical, extract, knowledge
from briefing.core.ingest import parse


def typed(text: str) -> set[tuple[str, str]]:
    article = parse("t.txt", "A headline\n\n" + text + "\n", "txt")
    return {(m.text, m.type) for m in extract(article)}


def test_an_acronym_spelled_out_in_lower_case_is_a_term():
    got = typed(
        "Shops want to fit low power tag (LPTG) readers. The LPTG chips are cheap, "
        "and suppliers said LPTG would spread."
    )
    assert not any(text == "LPTG" for text, _ in got)


def test_an_acronym_followed_by_its_lower_case_expansion_is_a_term():
    got = typed("Handsets that use QXNP (quick exchange network protocol) are rare. QXNP is slow.")
    assert not any(text == "QXNP" for text, _ in got)


def test_an_acronym_of_a_named_body_stays_an_organisation():
    got = typed("The Ruritanian Fisheries Board (RFB) met. Later RFB officials left the meeting.")
    assert ("Ruritanian Fisheries Board", "ORG") in got
    assert ("RFB", "ORG") in got


def test_terms_reads_both_orders_and_skips_names():
    content = "the rapid update link (RUL) and KVT (key value transfer) beside the Zorvan Trust (ZT)"
    found = [(content.index("Zorvan"), content.index(" (ZT"), "ORG", "Zorvan Trust")]
    definitions = canonical.acronym_definitions(content, 0, len(content))
    assert canonical.terms(found, definitions, content) == {"RUL", "KVT"}


def test_a_plural_acronym_is_a_class_of_things():
    got = typed("Many SMEs and NGOs in the region asked Vornak Holdings for help.")
    assert not any(text in ("SMEs", "NGOs") for text, _ in got)


def test_listed_companies_come_from_the_data_package_without_their_legal_form():
    companies = set(knowledge.load()["companies"])
    assert len(companies) > 1000
    assert not any(name.endswith((" Inc", " Inc.", " plc", " AG", " Corporation")) for name in companies)


def test_a_listed_company_is_an_organisation_without_any_cue():
    got = typed("Analysts expect Capgemini to hire more staff while Swisscom waits.")
    assert ("Capgemini", "ORG") in got
    assert ("Swisscom", "ORG") in got


def test_a_place_that_is_a_given_name_before_a_family_name_is_a_person():
    assert ("Florence Welch", "PERSON") in typed("Fans cheered Florence Welch at the festival.")
    assert ("Carolina Kluvik", "PERSON") in typed("Olympic champion Carolina Kluvik was full of praise.")
    got = typed("Midfielder praised Jordan Henderson after the win.")
    assert ("Jordan Henderson", "PERSON") in got and ("Jordan", "GPE") not in got


def test_a_place_before_a_dictionary_word_a_plural_or_a_longer_name_stays_a_company_or_club():
    assert ("Washington Post", "ORG") in typed("The Washington Post said so on Monday.")
    assert ("Florence Varnek", "PERSON") not in typed("The Florence Varnek Trust said so.")
    assert ("Denver Broncos", "PERSON") not in typed("The Denver Broncos won again.")
    assert ("Jordan", "GPE") in typed("Fighting in Jordan Tuesday ended.")
