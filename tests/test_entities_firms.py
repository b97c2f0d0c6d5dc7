"""Bands, firms and products the article's own words show, whatever their names look like
(entities/firms.py, entities/products.py).

Every fixture is written for these tests (invented bands, firms and people); none is copied from an
evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import extract
from briefing.core.ingest import parse
from tests.entity_helpers import whole_pairs


def typed(text: str, headline: str = "A headline") -> set[tuple[str, str]]:
    article = parse("t.txt", headline + "\n\n" + text + "\n", "txt")
    return {(m.text, m.type) for m in extract(article)}


def test_a_band_with_a_persons_name_is_an_organisation_by_its_members_roles():
    got = typed("Clara Venn frontman Tod Ashby said the new songs were darker. Clara Venn will tour in May.")
    assert ("Clara Venn", "ORG") in got
    assert ("Clara Venn", "PERSON") not in got
    assert ("Tod Ashby", "PERSON") in got


def test_a_full_name_with_a_plural_verb_is_a_band_unless_joined_to_another():
    got = typed("Chart stars Clara Venn are to play three nights at the arena next spring.")
    assert ("Clara Venn", "ORG") in got
    got = typed("Anna Pike and her partner Clara Venn are to marry in the spring, friends said.")
    assert ("Clara Venn", "PERSON") in got
    got = typed("The fans of Clara Venn were queueing outside the hall on Friday night.")
    assert ("Clara Venn", "ORG") not in got


def test_the_members_of_a_duo_stay_people():
    got = typed("The act is the stage name of the duo Clara Venn and Tod Ashby, two producers from Leeds.")
    assert ("Clara Venn", "PERSON") in got
    assert ("Tod Ashby", "PERSON") in got


def test_a_firm_named_like_a_person_by_its_class_noun_or_possessive():
    got = typed("Shares in US mortgage giant Clara Venn fell 4%. Clara Venn said it would appeal.")
    assert ("Clara Venn", "ORG") in got
    got = typed("Clara Venn's senior executives resigned on Monday after the audit.")
    assert ("Clara Venn", "ORG") in got


def test_one_word_before_a_firms_office_and_a_full_name_is_the_firm():
    got = typed("Vessmark said prices would rise. Vessmark president Hans-Otto Brill said growth was slow.")
    assert ("Vessmark", "ORG") in got
    assert ("Hans-Otto Brill", "PERSON") in got


def test_a_persons_adviser_keeps_the_person():
    got = typed("Tom Ulvane arrived late. Ulvane adviser Peta Morrow said the talks had gone well.")
    assert ("Ulvane", "ORG") not in got


def test_two_words_joined_by_and_that_trade_as_one_firm_are_one_organisation():
    got = typed("Shares in Pellow and Danner rose 3% on Monday. Pellow and Danner said sales were strong.")
    assert ("Pellow and Danner", "ORG") in got
    assert ("Pellow", "ORG") not in got
    got = typed("Pellow and Danner has opened forty stores this year, it said.")
    assert ("Pellow and Danner", "ORG") in got


def test_two_people_or_two_places_joined_by_and_stay_two():
    got = typed("Tom Pellow met Ann Danner on Friday. Pellow and Danner's relationship has cooled since.")
    assert ("Pellow and Danner", "ORG") not in got
    got = typed("Passengers flew from Paris and Berlin, which was closed on Monday.")
    assert not any(" and " in name for name, _ in got)


def test_a_product_named_by_its_class_noun_after_it_is_an_organisation():
    got = typed("The flaw affects the Quillon operating system and the Marrow browser, the firm said.")
    assert ("Quillon", "ORG") in got
    assert ("Marrow", "ORG") in got
    got = typed("Three firms have spent four years on the Lantern processor for consoles.")
    assert ("Lantern", "ORG") in got


def test_a_product_named_by_its_class_noun_before_it_keeps_its_version():
    got = typed("Sales of the video game Fernbrook 2 beat every forecast this winter.")
    assert ("Fernbrook 2", "ORG") in got


def test_the_maker_before_its_product_stays_its_own_mention():
    got = typed("Critics said Vessmark's Quillon Pro software was slow to start.")
    assert ("Quillon Pro", "ORG") in got
    assert not any(name.startswith("s ") or name.startswith("'s") for name, _ in got)


def test_a_generic_technology_or_a_sentence_start_is_no_product():
    got = typed("The laptop plays films in the DVD format and has an MP3 player. Cheaper chips are coming.")
    assert ("DVD", "ORG") not in got
    assert ("MP3", "ORG") not in got
    got = typed("Bright software is everywhere now, analysts said.")
    assert ("Bright", "ORG") not in got


def test_an_untyped_name_before_a_band_members_role_is_the_band():
    got = typed("Fans cheered when K9 Static guitarist Ned Orrin walked on stage in Leeds.")
    assert ("K9 Static", "ORG") in got
    got = typed("The remaining members of rock band Quorn Lantern are to tour next year.")
    assert ("Quorn Lantern", "ORG") in got


def test_a_channels_number_belongs_to_its_name():
    got = typed("The drama moves to Channel 7 in May, the producers said.")
    assert ("Channel 7", "ORG") in got
    got = typed("Only 3 of the 12 channels showed it, and Channel 4,000 viewers is no name.")
    assert ("Channel 4,000", "ORG") not in got


def test_a_known_firm_and_the_country_after_it_are_its_national_arm():
    got = typed("Shares in Sony Japan rose, while the boss of Sony UK said sales were flat.")
    assert ("Sony Japan", "ORG") in got
    assert ("Sony UK", "ORG") in got
    got = typed("Sony said that in Japan's market, prices fell.")
    assert ("Sony", "ORG") in got
    assert ("Japan", "GPE") in got


def test_well_known_products_are_highlighted_like_organisations():
    got = typed("The flaw lets attackers into computers running Firefox on Linux, experts said.")
    assert ("Firefox", "ORG") in got
    assert ("Linux", "ORG") in got


def test_an_exchange_traded_fund_is_named_with_its_etf():
    got = typed(
        "The manager bought shares for its Corvane Frontier ETF and sold the Halden Total Market ETF."
    )
    assert ("Corvane Frontier ETF", "ORG") in got
    assert ("Halden Total Market ETF", "ORG") in got


def test_a_lower_case_suffix_after_a_hyphen_is_no_part_of_the_name():
    got = typed(
        "So-called Wi-Fi-first networks grew, and the Sony-compatible hub and the Apple-only "
        "feature sold well, with a Google-powered laptop and a Vera Lindqvist-ish tune."
    )
    assert ("Sony", "ORG") in got and ("Apple", "ORG") in got and ("Google", "ORG") in got
    assert ("Vera Lindqvist", "PERSON") in got
    assert not any("-" in name and name.split("-")[-1].islower() for name, _ in got)


def test_a_market_index_is_named_with_its_index():
    got = typed(
        "Shares rose as the Corvane Asia Pacific Index added 0.4 percent and the Halden Dollar Index fell."
    )
    assert ("Corvane Asia Pacific Index", "ORG") in got
    assert ("Halden Dollar Index", "ORG") in got


def test_a_kind_of_thing_spelt_like_a_brand_is_no_organisation():
    got = typed(
        "Halden is the streaming and eSports platform leader, and the eSports market will grow, "
        "while eBooks and eLearning sell. The eBay site sold iPods."
    )
    assert not any(name in ("eSports", "eBooks", "eLearning") for name, _ in got)
    assert ("eBay", "ORG") in got and ("iPods", "ORG") in got


def test_a_known_firms_legal_form_after_it_is_part_of_its_name():
    got = typed(
        "Credit Suisse Group AG gained 6.4 percent, and Vodafone KK fell, while Apple Inc said nothing."
    )
    assert ("Credit Suisse Group AG", "ORG") in got and ("Vodafone KK", "ORG") in got
    assert ("Apple Inc", "ORG") in got


def test_bros_keeps_its_full_stop_where_no_sentence_ends():
    got = typed(
        "Kellan said he pitched Harrow Bros. on the series. Harrow Bros., the studio, agreed. "
        "The series went to Harrow Bros."
    )
    assert ("Harrow Bros.", "ORG") in got  # inside a sentence: the abbreviation's stop
    assert ("Harrow Bros", "ORG") in got  # at the sentence's end the stop is the sentence's


def test_a_plural_or_short_head_word_ends_an_organisations_name():
    got = typed(
        "Researchers at the Tarrow Institutes of Marine Science and the Centers for Rural Water "
        "Safety said on Monday that drops sold by Quendel Pharma and tested at Harwick Laboratories "
        "were safe."
    )
    assert {
        ("Tarrow Institutes of Marine Science", "ORG"),
        ("Centers for Rural Water Safety", "ORG"),
        ("Quendel Pharma", "ORG"),
        ("Harwick Laboratories", "ORG"),
    } <= got


def test_a_market_leader_is_a_company_not_a_persons_role():
    got = typed(
        "The group bought streaming leader Quillcast in 2014. Quillcast estimates its reach at half of "
        "all viewers, and party leader Jo Penrose said so too."
    )
    assert ("Quillcast", "ORG") in got and ("Quillcast", "PERSON") not in got
    assert ("Jo Penrose", "PERSON") in got


def test_a_continental_firm_joined_by_particles_and_closed_by_a_legal_form_is_one_name():
    got = whole_pairs(
        "Bank shares\n\nBanca Rovere dei Colli di Sorano SpA rose 8.7 percent, Banco de Valmira SA "
        "fell, and Cassa Fondi e Prestanze SpA was flat. Jo Marlow of Quillmark Inc said so.\n"
    )
    for name in (
        "Banca Rovere dei Colli di Sorano SpA",
        "Banco de Valmira SA",
        "Cassa Fondi e Prestanze SpA",
    ):
        assert (name, "ORG") in got
    assert ("Jo Marlow", "PERSON") in got and ("Quillmark Inc", "ORG") in got
