"""Names read from their shape: a quoted nickname inside a name, a middle initial after a given
name no list knows, a business named in the possessive.

Every fixture is written for these tests (invented people beside ordinary words); none is copied
from an evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import extract
from briefing.core.ingest import parse

from .entity_helpers import typed_pairs as typed


def test_a_quoted_nickname_is_part_of_the_name():
    got = typed('The promoter said Desmond "The Hammer" Okafor would fight in March.')
    assert ('Desmond "The Hammer" Okafor', "PERSON") in got
    assert ("Desmond", "PERSON") not in got and ("Okafor", "PERSON") not in got


def test_curly_quotes_and_a_month_as_the_surname():
    got = typed("The pitcher Walter “Lefty” May won 14 games that season.")
    assert ("Walter “Lefty” May", "PERSON") in got


def test_a_nicknamed_name_is_one_person_for_its_later_surname():
    article = parse(
        "t.txt",
        'Boxing\n\nFormer champion Desmond "The Hammer" Okafor retired on Friday. '
        "Okafor won 31 of his 35 fights.\n",
        "txt",
    )
    people = {m.text: m.canonical for m in extract(article) if m.type == "PERSON"}
    assert people['Desmond "The Hammer" Okafor'] == people["Okafor"]


def test_a_quoted_title_between_two_names_is_no_nickname():
    got = typed('Critics praised Brunhilde Vask in "Winter Light" Tuesday, when Ossian Rell sang.')
    assert not any('"' in text for text, _ in got)


def test_a_middle_initial_makes_a_name_of_an_unknown_given_name():
    got = typed("Ozwin T. Halvorsen built the first of his guitars in 1971. Halvorsen now makes banjos.")
    assert ("Ozwin T. Halvorsen", "PERSON") in got
    assert ("Halvorsen", "PERSON") in got


def test_a_middle_initial_does_not_make_a_person_of_places_or_firms():
    got = typed("The road from Springfield W. Virginia was closed, and Acme Q. Holdings fell.")
    assert not any(kind == "PERSON" and "Springfield" in text for text, kind in got)


def test_a_business_named_in_the_possessive_is_one_organisation_everywhere():
    got = typed(
        "Dravin’s casino removed a sign on Sunday. Dravin’s is one of 10 casinos on the street, "
        "and Tom Pell, Dravin’s general manager, said Dravin’s could call the police."
    )
    assert ("Dravin’s", "ORG") in got
    assert not any(text == "Dravin" for text, _ in got)


def test_a_persons_possessive_is_no_business():
    got = typed("Mara Dravin's house was sold. Dravin's is a story of luck, her lawyer said.")
    assert ("Dravin's", "ORG") not in got


def test_a_name_in_a_medical_term_is_no_business():
    got = typed("Kelter's is a disorder of the gut. Many patients with Kelter's disease recover.")
    assert ("Kelter's", "ORG") not in got


def test_a_contracted_pronoun_is_no_name():
    assert not typed("We're told the footage exists, and They're sure it does.")


def test_a_name_never_runs_over_a_sentences_end():
    got = typed("The game runs on the Xbox One X. So, it looks a little better than before.")
    assert ("Xbox One X", "ORG") in got
    assert not any(". So" in text for text, _ in got)
    kept = typed("Shares of Quillmoor Widgets Inc. The firm rose on Monday.")
    assert any(text == "Quillmoor Widgets Inc." for text, _ in kept)


def test_a_given_name_that_is_a_word_before_an_unknown_surname_is_a_person():
    got = typed(
        "Chase Oberlin threw four innings on Sunday, and the visitors sent Drew Kalvani to the bullpen. "
        "Kalvani has not pitched since."
    )
    assert ("Chase Oberlin", "PERSON") in got
    assert ("Drew Kalvani", "PERSON") in got
    assert ("Kalvani", "PERSON") in got


def test_a_given_name_that_is_a_word_before_a_known_place_a_head_or_capitals_stays_apart():
    got = typed("Players use Mac OS at home. Deep Purple toured, and Grant Industries hired staff in Kent.")
    assert not any(kind == "PERSON" for _, kind in got)


def test_a_royal_title_before_a_place_that_is_a_given_name_names_a_person():
    got = typed("The palace said Princess Victoria, 9, and Prince Austin, 6, would attend with their mother.")
    assert ("Victoria", "PERSON") in got and ("Austin", "PERSON") in got
    assert not any(kind == "GPE" for _, kind in got)


def test_a_place_name_starting_with_santa_is_no_person():
    got = typed("The gallery in Santa Barbara will reopen in May, and its staff will help.")
    assert ("Santa Barbara", "GPE") in got
    assert not any(kind == "PERSON" for _, kind in got)


def test_a_family_name_that_is_a_city_too_stays_in_a_headline_name():
    article = parse(
        "t.txt",
        "Why Marisol Rodriguez Left the Stage\n\nMarisol Rodriguez said on Friday that she was tired.\n",
        "txt",
    )
    headline = len(article.content.split("\n")[0])
    got = {(article.content[m.start : m.end], m.type) for m in extract(article) if m.start < headline}
    assert got == {("Marisol Rodriguez", "PERSON")}


def test_a_family_name_that_is_a_word_after_an_honorific_and_alone_later():
    got = typed(
        "The show was curated by Dr. Miriam Castle, who studies failure. According to Castle, "
        "fear holds firms back, and the team agreed, said Castle."
    )
    assert ("Miriam Castle", "PERSON") in got and ("Castle", "PERSON") in got
    # the word written in lower case or after an article: no one's name there
    got = typed(
        "The show was curated by Dr. Miriam Castle in a castle. According to Castle, fear holds back."
    )
    assert ("Miriam Castle", "PERSON") in got and ("Castle", "PERSON") not in got


def test_a_persons_initials_in_capitals_name_the_person():
    got = typed(
        'Tarrow forward Quentin Marlowe was hurt. "QM went down, it is sad, but QM will be back," '
        "the coach said. Jo Calder was the JC of the evening, the host said."
    )
    assert ("QM", "PERSON") in got
    assert ("JC", "PERSON") not in got  # "the JC": an abbreviation, not a name


def test_a_family_name_that_is_a_country_names_the_person_the_article_follows():
    got = typed(
        "The Irish director Neil Jordan defended his new film on Monday. Jordan said the film was "
        "fair, and Jordan added that he had spent years on research."
    )
    assert ("Jordan", "PERSON") in got and ("Jordan", "GPE") not in got
    got = typed(
        "Neil Jordan flew to Jordan on Monday. Jordan said the border would reopen, and Jordan agreed."
    )
    assert ("Jordan", "GPE") in got  # "to Jordan": the article names the country too
