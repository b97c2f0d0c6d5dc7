"""Works, products and peoples (entertainment, tech and world copy): what each is named like.

Every fixture is written for these tests (invented shows, products, companies and peoples);
none is copied from an evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import extract
from briefing.core.entities.user import gazetteer_for
from briefing.core.entities.works import titles
from briefing.core.ingest import parse

SCORED = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT")


def typed(text: str) -> list[tuple[str, str]]:
    article = parse("t.txt", text, "txt")
    return [(m.text, m.type) for m in extract(article) if m.type in SCORED]


def test_a_show_named_as_such_is_no_person_nor_place_wherever_the_article_writes_it():
    got = typed(
        "Channel news\n\n"
        "Fans of the hit show Brisket Farm will be pleased. Mara Quill returns in Doc Halloran, "
        "which airs on ITV on Sunday. Doc Halloran was filmed in Cornwall."
    )
    assert ("Mara Quill", "PERSON") in got and ("ITV", "ORG") in got and ("Cornwall", "GPE") in got
    names = {t for t, _ in got}
    assert not names & {"Doc Halloran", "Halloran", "Brisket Farm", "Brisket"}


def test_a_known_place_inside_a_works_title_is_not_cut_out_of_it():
    got = typed(
        "Comedy awards\n\n"
        "The comedy Tiny Britain won two awards. Omar Vesk said Tiny Britain would tour Wales next year."
    )
    assert ("Britain", "GPE") not in got
    assert ("Wales", "GPE") in got and ("Omar Vesk", "PERSON") in got


def test_a_place_after_capitalised_dictionary_words_stays_in_the_longer_name():
    got = typed("Funding\n\nThe grant from Cycling Scotland was welcome, and rural Wales gained too.")
    assert ("Scotland", "GPE") not in got
    assert ("Wales", "GPE") in got
    got = typed("Transport\n\nTrains to Inner London and Northern France were cut.")
    # a position word, no name of another type; a compass word names the region (``places``)
    assert ("London", "GPE") in got and ("Northern France", "LOC") in got
    assert not any(kind == "ORG" for _, kind in got)


def test_work_titles_come_from_a_class_noun_or_a_broadcast_not_from_acronyms_or_other_lines():
    gaz = gazetteer_for(None)
    text = (
        "She starred in the BBC sitcom Gravel Lane.\n\n"
        "Tomorrow Is Late, which premiered in Berlin, won.\n\n"
        "You could watch live TV or a downloaded movie\n\nKelso Bright spoke."
    )
    got = titles(text, gaz)
    assert "Gravel Lane" in got and "Tomorrow Is Late" in got
    assert not any("Kelso" in t for t in got)  # a title never runs over a line break
    assert titles("the new movie NXT is showing", gaz) == set()


def test_a_product_with_a_model_number_is_one_name_everywhere():
    got = typed(
        "Console launch\n\n"
        "Jorvik said its Zentra console goes on sale, and the Zentra 520 goes on sale in March. "
        "Shops expect the Zentra 520. "
        "Jorvik shares rose 4 percent."
    )
    assert got.count(("Zentra 520", "ORG")) == 2
    assert got.count(("Zentra", "ORG")) == 1  # "its Zentra console": the name alone


def test_a_number_after_a_name_that_counts_something_is_not_a_model_number():
    got = typed(
        "Results\n\nThe firm Paxwell said its 20 years of trading ended. Paxwell 20 years ago was small."
    )
    assert ("Paxwell 20", "ORG") not in got


def test_users_and_versions_make_an_unknown_name_a_product():
    got = typed(
        "Browser update\n\n"
        "Quillfox users can download a new version of Quillfox today, and Bramblenet customers "
        "were told to wait."
    )
    assert got.count(("Quillfox", "ORG")) == 2
    assert ("Bramblenet", "ORG") in got


def test_the_adjective_of_a_known_event_is_the_event_not_a_team():
    got = typed("Medals\n\nHe won an Olympic gold medal, and the Olympic team flew home.")
    assert got.count(("Olympic", "EVENT")) == 2
    assert ("Olympic", "ORG") not in got


def test_a_name_the_model_calls_misc_is_typed_by_its_shape():
    from briefing.core.entities.fallback import misc_kind

    gaz = gazetteer_for(None)
    assert misc_kind("Vantoris", gaz) == "NORP"  # a people's plural
    assert misc_kind("Olympic", gaz) == "EVENT"  # beside the known "Olympics"
    assert misc_kind("Vantori", gaz) == "ORG"  # a brand
    assert misc_kind("ZentraPad", gaz) == "ORG"
    assert misc_kind("Oscars", gaz) == "ORG"  # a given name's plural: an award, no people
    assert misc_kind("Vantoris's", gaz) == "ORG"
