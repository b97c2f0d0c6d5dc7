"""Acronyms of generic technologies are no organisations: "XKTP handsets", "ZRVL and 4G networks".

Every fixture is written for these tests (invented acronyms and sentences); none is copied from an
evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import technologies
from briefing.core.entities.user import gazetteer_for
from tests.entity_helpers import typed_pairs


def texts(pairs: set[tuple[str, str]]) -> set[str]:
    return {text for text, _ in pairs}


def test_an_acronym_before_a_technology_noun_is_a_term_throughout():
    got = typed_pairs("Carriers are selling XKTP handsets this winter. Analysts expect XKTP to spread.")
    assert "XKTP" not in texts(got)


def test_an_acronym_listed_with_a_generic_technology_is_a_term_and_its_partners_too():
    got = typed_pairs(
        "Phones will offer ZRVL, 4G and Bluetooth. The firm said QMBX and ZRVL would come later, "
        "and the watchdog Ofcom agreed."
    )
    assert "ZRVL" not in texts(got)
    assert "QMBX" not in texts(got)  # listed with ZRVL once ZRVL is a term
    assert ("Ofcom", "ORG") in got


def test_a_known_generic_technology_is_never_a_name():
    got = typed_pairs("Data moves much faster than with older networks like GSM. Operators said so.")
    assert "GSM" not in texts(got)


def test_an_organisation_acronym_stays_one():
    got = typed_pairs(
        "The Ruritanian Broadcasting Council (RBCX) met on Monday. RBCX technology director Ann Lowe "
        "said the KVOR, which regulates phones, would rule. Later KVOR officials left."
    )
    assert ("RBCX", "ORG") in got  # a name's own abbreviation, a role after "technology"
    assert ("KVOR", "ORG") in got


def test_a_comma_before_a_clause_joins_no_list():
    gaz = gazetteer_for(None)
    assert technologies.terms("According to the KVOR, broadband is popular.", gaz) == {"broadband"}
    assert "KVOR" in technologies.terms("Phones with KVOR, broadband and 3G sold well.", gaz)
