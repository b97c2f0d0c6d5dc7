"""Entities named by their context in modern news: class nouns, honorifics, roles, lists, short
forms and team nicknames.

Every fixture is written for these tests (invented companies, bands, clubs and people); none
is copied from an evaluation set.
"""

from __future__ import annotations

from .entity_helpers import typed_pairs


def typed(text: str) -> set[tuple[str, str]]:
    return typed_pairs(text, "Headline for the test")


def test_a_class_noun_before_a_name_makes_an_organisation_even_of_an_ordinary_word():
    got = typed(
        "The findings were first reported by the newspaper Harbinger on Monday. The indie band "
        "Quellwater will tour in spring, said its label Brightmoor Records. Growth is expected by analysts "
        "Tarnview, and the firm bought US rival Pellmark Global last year."
    )
    assert {("Harbinger", "ORG"), ("Quellwater", "ORG"), ("Brightmoor Records", "ORG")} <= got
    assert {("Tarnview", "ORG"), ("Pellmark Global", "ORG"), ("US", "GPE")} <= got


def test_a_possessive_pronoun_keeps_a_rival_a_person():
    got = typed("In the final round his rival Oskarsson took the lead.")
    assert ("Oskarsson", "ORG") not in got


def test_a_product_word_after_an_unknown_name_makes_it_an_organisation():
    got = typed(
        "Vantrix said its new CopyLock technology would ship. PCs running the operating system Oberix."
    )
    assert ("CopyLock", "ORG") in got
    assert ("Oberix", "ORG") in got


def test_honorifics_before_title_words_are_surnames_but_an_address_is_no_name():
    got = typed(
        "Ms King said she was pleased. Mr Justice Harwell dismissed the claim. "
        '"Thank you, Mr President," the delegate said.'
    )
    assert ("King", "PERSON") in got
    assert ("Harwell", "PERSON") in got
    assert not any(t == "President" for t, _ in got)


def test_a_role_starting_a_sentence_introduces_the_name_after_it():
    got = typed("Rapper Zanquo is to play a small gig in Leeds. Comedian Petra Valosky joins him.")
    assert ("Zanquo", "PERSON") in got
    assert ("Petra Valosky", "PERSON") in got


def test_a_given_name_that_is_an_ordinary_word_before_a_family_name_is_a_person():
    got = typed("The squad is without the injured Rod Johnson, and second place went to Jade Wilson.")
    assert ("Rod Johnson", "PERSON") in got
    assert ("Jade Wilson", "PERSON") in got
    got = typed("Fans gathered in St Louis, and the All Blacks won.")
    assert ("St Louis", "PERSON") not in got
    assert ("All Blacks", "PERSON") not in got


def test_media_and_company_heads_type_names_a_weekday_or_place_starts():
    got = typed(
        "He told the Sunday Telegraph the plan was sound. The film will be released by Harlow "
        "Pictures, and Dovetail Electronics makes the screens. Orvin Records signed the band."
    )
    assert {("Sunday Telegraph", "ORG"), ("Harlow Pictures", "ORG"), ("Dovetail Electronics", "ORG")} <= got
    assert ("Orvin Records", "ORG") in got


def test_names_listed_with_typed_names_share_their_type():
    got = typed(
        "Support came from firms such as Samsung, Dellworth, Sony and Quarrix. "
        "The chart was led by Zelmira and Elton John."
    )
    assert {("Dellworth", "ORG"), ("Quarrix", "ORG")} <= got
    assert ("Zelmira", "PERSON") in got


def test_a_list_of_two_joined_by_a_comma_alone_is_an_apposition_not_a_list():
    got = typed("The new ambassador to Portugal, Wystan Corle, arrived on Monday.")
    assert ("Wystan", "GPE") not in got
    assert ("Wystan Corle", "GPE") not in got


def test_list_items_after_a_possessive_keep_their_own_type():
    got = typed("They were without Brazil's Zicardo and Peru's Hernan Tovalos, both called up.")
    assert ("Zicardo", "GPE") not in got


def test_short_forms_of_an_organisation_name_are_the_organisation():
    got = typed(
        "Calvora Universal shares rose. Later Calvora agreed to the terms. "
        "The Morning Herald said the deal was close, and the Herald was right."
    )
    assert ("Calvora", "ORG") in got
    assert ("Herald", "ORG") in got


def test_team_nicknames_in_a_sports_report_are_teams_and_a_city_starts_the_name():
    got = typed(
        "Harlow beat Kessingley 2-1 on Saturday. The Hornets scored twice before the Kessingley "
        "Badgers replied, and coach Tom Evers said the Hornets deserved the win."
    )
    assert ("Hornets", "ORG") in got


def test_a_plural_the_article_writes_in_lower_case_is_no_team():
    got = typed(
        "The team beat the Rovers 2-0 on Saturday. Both goals came from Alan Smith. The Results were good."
    )
    assert ("Results", "ORG") not in got


def test_partners_joined_by_an_ampersand_are_one_organisation():
    got = typed("The agency bought firms such as Harwick & Dunmore and Belcastle Communications last year.")
    assert ("Harwick & Dunmore", "ORG") in got
    assert ("Belcastle Communications", "ORG") in got


def test_a_technology_abbreviation_before_a_product_word_is_no_organisation():
    got = typed("The next-generation DVD format war is over, and Pre-tax profits rose.")
    assert not any(t in ("DVD", "Pre-tax") for t, _ in got)


def test_the_words_around_a_phrase_make_it_a_place():
    got = typed(
        "He will contest Holmbury Vale, in London, at the election. Her party came first in "
        "Quarry Marsh borough and in the constituency of Ellerby. A boat sank on the River "
        "Wendle, and the Corrigan-based coach stayed home."
    )
    assert {("Holmbury Vale", "GPE"), ("Quarry Marsh", "GPE"), ("Ellerby", "GPE")} <= got
    assert ("River Wendle", "LOC") in got


def test_a_capitalised_the_inside_a_sentence_starts_a_title_but_not_in_quotes_or_at_a_venue():
    got = typed('The deal was reported by The Clarion on Monday. His novel "The Drowned Mill" sold well.')
    assert ("The Clarion", "ORG") in got
    assert not any("Drowned" in t for t, _ in got)


def test_sports_words_make_unknown_names_and_regions_teams():
    got = typed(
        "Harlow beat Kessingley 2-1 in the league on Saturday, the striker scoring both goals. "
        "Dalriada finished second in the league, and Kessingley are again favourites for the "
        "cup. The visitors then had to defeat Brevant in the final."
    )
    assert ("Dalriada", "ORG") in got
    assert ("Brevant", "ORG") in got


def test_a_title_word_that_is_a_family_name_ends_a_full_name():
    got = typed("Labour MP Oona King spoke first, and Prince Charles spoke last.")
    assert ("Oona King", "PERSON") in got
    assert ("Charles", "PERSON") in got


def test_product_names_are_typed_like_their_makers():
    got = typed(
        "Vantrix said its next generation of TuneBoxes would ship in May. Orbicom's Zephra "
        "handsets sold well, and Orbicom's Paul Denner said the iGlide was next."
    )
    assert ("TuneBoxes", "ORG") in got
    assert ("Zephra", "ORG") in got
    assert ("iGlide", "ORG") in got
    assert ("Paul Denner", "PERSON") in got


def test_a_technology_after_a_product_stays_untyped():
    got = typed("Studios backed the StreamDisc DVD format, and DVD sales rose.")
    assert ("StreamDisc", "ORG") in got
    assert not any(t == "DVD" for t, _ in got)


def test_a_surname_ending_in_s_is_no_team_nickname():
    got = typed(
        "Harlow beat Kessingley 2-1 in the league on Saturday, the striker scoring both goals. "
        '"It was a hard game," said Ravells after the match.'
    )
    assert ("Ravells", "ORG") not in got


def test_a_product_named_by_its_class_or_its_codename_is_an_organisation_even_of_an_ordinary_word():
    assert ("Longbow", "ORG") in typed("The next version of its software, codenamed Longbow, ships in 2027.")
    assert ("Lantern", "ORG") in typed("It sells a search tool called Lantern that finds files on a PC.")
    assert ("Harbinger", "ORG") in typed("Fans queued for the video game Harbinger on Friday.")


def test_a_city_before_a_rugby_position_and_a_player_is_the_club():
    got = typed(
        "Harrogate wing Sam Pell scored two tries as the rugby season opened. The fly-half kicked well, "
        "and the referee praised both packs. Pell said Harrogate would improve."
    )
    assert ("Harrogate", "ORG") in got
    assert ("Harrogate", "GPE") not in got


def test_the_pronoun_i_is_no_name():
    got = typed_pairs(
        "The system I use now is my own, said Maria Quennell. \"I've only played here twice and I'm happy,\" "
        "she added, before a talk on World War I."
    )
    assert not any(text in ("I", "I've", "I'm") for text, _ in got)
    assert ("Maria Quennell", "PERSON") in got
