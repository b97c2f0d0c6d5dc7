"""Products named with their model, and products named after their maker
(entities/models.py, entities/products.py).

Every fixture is written for these tests (invented makers, product lines and people); none is
copied from an evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import extract
from briefing.core.ingest import parse


def typed(text: str, headline: str = "A headline") -> set[tuple[str, str]]:
    article = parse("t.txt", headline + "\n\n" + text + "\n", "txt")
    return {(m.text, m.type) for m in extract(article)}


def test_a_camel_case_line_takes_its_number_and_model_words():
    got = typed("Vantor said the new iVane 7 Pro would ship in May, beside the iVane 6 mini.")
    assert {("iVane 7 Pro", "ORG"), ("iVane 6 mini", "ORG")} <= got
    assert not {t for t, _ in got} & {"iVane 7", "iVane 6", "Pro"}


def test_models_listed_alone_after_a_product_are_products_not_people():
    got = typed("The update reaches the iVane 11 Pro and Pro Max, XS and XS Max, the firm said.")
    assert {("iVane 11 Pro", "ORG"), ("Pro Max", "ORG"), ("XS", "ORG"), ("XS Max", "ORG")} <= got
    assert not any(kind == "PERSON" for _, kind in got)


def test_a_name_ending_in_series_takes_its_number_and_a_model_its_fraction():
    got = typed("The Qorvi SkyTab Series 3 and the SkyTab 12/13 Air are the company's best sellers.")
    assert ("SkyTab 12/13 Air", "ORG") in got
    assert any(text.endswith("SkyTab Series 3") and kind == "ORG" for text, kind in got)


def test_a_code_opens_a_model_but_a_year_after_it_stays_a_date():
    got = typed("Loxley said the Zeta G4 Plus beat the Zeta G4 and every Zeta X 2014 handset sold.")
    assert ("Zeta G4 Plus", "ORG") in got
    assert ("2014", "DATE") in got
    assert not any("2014" in text and kind == "ORG" for text, kind in got)


def test_a_count_or_a_measure_after_a_product_is_no_model():
    got = typed("The Renmark F40 set the 170 laps record; the iVane 5 sold for 12 years, Vantor said.")
    assert not any(text.endswith((" 170", " 12")) for text, _ in got)


def test_a_quarter_after_a_company_is_no_model():
    got = typed("Halvern Industries Q2 profit rose, the company said on Tuesday.")
    assert not any("Q2" in text and kind == "ORG" for text, kind in got)


def test_a_given_name_right_after_a_known_maker_is_its_product_in_every_use():
    got = typed(
        "Shoppers can talk to Amazon Alexa in the kitchen. Amazon's Alexa now reads recipes, "
        "and Alexa can set a timer too, the reviewer said."
    )
    assert ("Alexa", "ORG") in got
    assert ("Alexa", "PERSON") not in got


def test_a_person_the_article_names_in_full_keeps_the_name():
    got = typed("Hena Ward said she met Alexa Brandt at Amazon. Alexa said the team was small.")
    assert ("Alexa Brandt", "PERSON") in got
    assert ("Alexa", "ORG") not in got
    got = typed("Apple's Cook said the quarter was strong. Tim Cook spoke in Cupertino on Tuesday.")
    assert ("Cook", "PERSON") in got


def test_a_model_keeps_its_possessive_outside():
    got = typed("Overall, the iVane 14 and iVane 14 Pro's colours are new, Vantor said.")
    assert ("iVane 14 Pro", "ORG") in got


def test_a_dictionary_word_capitalised_inside_sentences_and_never_lower_case_is_a_name():
    text = (
        "Most players who log in to Lantern each night use a laptop, the survey found. "
        "The share of users running older machines on Lantern rose again this month."
    )
    assert ("Lantern", "ORG") in typed(text)
    # written in lower case too, or only after "the": an ordinary word the article capitalises
    assert not any(t == "Lantern" for t, _ in typed(text + " A lantern hung by the door of the shop."))
    once = "The survey found that users of Lantern rose again this month, and a rival gained users too."
    assert not any(t == "Lantern" for t, _ in typed(once))


def test_a_dictionary_word_that_also_opens_longer_names_is_still_a_name():
    text = (
        "Most players who log in to Lantern each night use a laptop, the survey found. "
        "The share of users running older machines on Lantern rose, and the Lantern Linux usage "
        "and the Lantern Survey both grew."
    )
    assert ("Lantern", "ORG") in typed(text)
    film = (
        "He stars in the comedy Harbour the Pelicans, his agent said. Fans queued for Harbour the "
        "Pelicans in the rain, and critics praised Harbour the Pelicans too."
    )
    assert not any(t == "Harbour" for t, _ in typed(film))


def test_a_given_name_before_a_devices_class_noun_is_a_product_with_its_model():
    got = typed(
        "Reviews of the Juno speakers are mixed, and a Juno device costs less. The Juno Dot is "
        "smaller, the reviewer said, and Juno sold well."
    )
    assert {("Juno", "ORG"), ("Juno Dot", "ORG")} <= got
    assert not any(kind == "PERSON" for _, kind in got)
    got = typed("Juno Brandt said the Juno app users were happy, and Juno Brandt left.")
    assert ("Juno Brandt", "PERSON") in got


def test_a_lone_word_that_speaks_of_itself_as_he_or_she_is_a_person():
    got = typed(
        "Marrow said on Tuesday that he would veto the bill. Democrats fear that between Marrow "
        "and the Senate there is little room, and Quill told reporters she agreed."
    )
    assert {("Marrow", "PERSON"), ("Quill", "PERSON")} <= got
    assert not any(kind == "ORG" and text in ("Marrow", "Quill") for text, kind in got)


def test_a_common_noun_or_a_firm_that_speaks_is_no_person():
    got = typed(
        "Police said he was arrested on Monday, and police said he had a knife. Acme said it would appeal."
    )
    assert not any(text == "Police" for text, _ in got)
    assert ("Acme", "PERSON") not in got


def test_a_lone_word_leading_an_administration_is_a_person():
    got = typed("Regulators fear the incoming Marrow administration, and the Marrow White House agreed.")
    assert ("Marrow", "PERSON") in got
    assert ("Marrow", "ORG") not in got
