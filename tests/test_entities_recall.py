"""Recall rules for modern news: bodies with "and" in their names, team nicknames, names made of
dictionary words that the fallback is sure of.

Every fixture is written for these tests (invented bodies, clubs and companies); none is copied
from an evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import extract, extractor, fallback, neighbours, sports
from briefing.core.ingest import parse


def typed(text: str) -> set[tuple[str, str]]:
    article = parse("t.txt", "A headline\n\n" + text + "\n", "txt")
    return {(m.text, m.type) for m in extract(article)}


def test_a_body_whose_remit_words_are_joined_by_and_is_one_name():
    got = typed("The Coastal Telecommunications and Post Company will sell the licences next year.")
    assert ("Coastal Telecommunications and Post Company", "ORG") in got
    got = typed("Officials of the Lunar Oceanographic and Seismic Administration said so on Friday.")
    assert ("Lunar Oceanographic and Seismic Administration", "ORG") in got


def test_a_demonym_before_such_a_body_belongs_to_it():
    got = typed("Regulators at the Danish Maritime and Harbour Authority agreed to the plan.")
    assert ("Danish Maritime and Harbour Authority", "ORG") in got
    assert ("Danish", "NORP") not in got


def test_two_companies_joined_by_and_stay_two():
    got = typed("The contract went to Ceres Robotics and Tyvak Systems Inc last week.")
    assert ("Ceres Robotics and Tyvak Systems Inc", "ORG") not in got
    assert ("Tyvak Systems Inc", "ORG") in got


def _found(content: str, *names: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    out = []
    pos = 0
    for name, kind in names:
        start = content.index(name, pos)
        out.append((start, start + len(name), kind, name))
        pos = start + len(name)
    return out


def test_a_club_and_its_plural_nickname_make_one_team_and_the_nickname_alone_is_the_team():
    content = (
        "Kestrel State Hornets guard Ana Silva scored 20 points in the semi-final on Friday night.\n"
        "The Hornets now meet the winners, and Hornets coach Ben Ode said the team was ready for it."
    )
    gaz = extractor().gaz
    found = _found(content, ("Kestrel State", "ORG"), ("Hornets", "PERSON"), ("Ana Silva", "PERSON"))
    found += _found(content, ("Ben Ode", "PERSON"))
    got = {(content[s:e], k) for s, e, k, _ in sports.nicknames(found, content, gaz)}
    assert ("Kestrel State Hornets", "ORG") in got
    assert ("Hornets", "ORG") in got and ("Hornets", "PERSON") not in got
    spans = [(s, e) for s, e, _, _ in sports.nicknames(found, content, gaz) if content[s:e] == "Hornets"]
    assert len(spans) == 2  # "The Hornets now meet", "Hornets coach"


def test_no_nickname_is_taken_from_a_title_case_line_or_a_country():
    gaz = extractor().gaz
    content = "Kestrel State Hornets Win Again"
    found = _found(content, ("Kestrel State", "ORG"), ("Hornets", "PERSON"))
    assert sports.nicknames(found, content, gaz) == found
    content = "The squad of Ruritania faced France Legends in a friendly match on Friday night."
    found = _found(content, ("Ruritania", "GPE"), ("France", "GPE"), ("Legends", "ORG"))
    assert ("France Legends", "ORG") not in {
        (content[s:e], k) for s, e, k, _ in sports.nicknames(found, content, gaz)
    }


def test_a_name_of_dictionary_words_is_typed_only_when_the_model_is_far_surer(monkeypatch):
    text = "Staff at Lantern met on Tuesday. Later Lantern denied it."
    article = parse("t.txt", "A headline\n\n" + text + "\n", "txt")
    assert fallback.CLASSES[:2] == ("PER", "ORG")

    def model(org: float) -> dict[str, str | tuple[float, ...]]:
        return {"f=lantern": f"0 {org} 0 0 0"}  # per mention: two mentions sum twice that

    monkeypatch.setattr(fallback, "weights", lambda: model(fallback.MARGIN + 1))  # enough for "Brantex"
    assert ("Lantern", "ORG") not in {(m.text, m.type) for m in extract(article)}
    monkeypatch.setattr(fallback, "weights", lambda: model(fallback.ORDINARY_MARGIN))
    assert ("Lantern", "ORG") in {(m.text, m.type) for m in extract(article)}


def test_a_studio_named_games_is_a_company_but_the_big_multi_sport_games_are_events():
    got = typed(
        "One of the largest game makers, Quillfire Games, is up for sale. Quillfire employs 90 people."
    )
    assert ("Quillfire Games", "ORG") in got and ("Quillfire", "ORG") in got
    got = typed("She won gold at the Commonwealth Games and silver at the Olympic Games.")
    assert ("Commonwealth Games", "EVENT") in got and ("Olympic Games", "EVENT") in got


def test_a_brand_made_of_a_name_prefix_and_a_word_is_a_product_but_a_prefixed_surname_is_not():
    got = typed("The new 14-inch MacLens Pro ships in May. Buyers of the MacLens range complained.")
    assert ("MacLens Pro", "ORG") in got and ("MacLens", "ORG") in got
    got = typed("In the ninth inning Delmar DeWitt hit a triple off the reliever.")
    assert ("DeWitt", "ORG") not in got and ("Delmar DeWitt", "ORG") not in got


def test_in_a_sports_report_a_conference_is_a_league():
    text = (
        "The Otters beat the Herons 88-80 on Friday and lead the Northern Conference by two games."
        " Their quarterback scored twice and the playoffs start next week."
    )
    assert ("Northern Conference", "ORG") in typed(text)


def _neighbours_found(content: str, *names: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    return sorted(_found(content, *names))


def test_a_lone_word_owning_a_persons_full_name_is_an_organisation_in_every_mention():
    content = "Kestrelford's Ana Silva scored twice. Kestrelford now lead the table."
    found = _neighbours_found(
        content, ("Kestrelford", "PERSON"), ("Ana Silva", "PERSON"), ("Kestrelford", "PERSON")
    )
    got = neighbours.owners(found, content, extractor().gaz)
    assert [k for s, e, k, _ in got if content[s:e] == "Kestrelford"] == ["ORG", "ORG"]
    content = "Mary's John Smith came too."  # a given name owns no one: a person's relative
    found = _neighbours_found(content, ("Mary", "PERSON"), ("John Smith", "PERSON"))
    assert neighbours.owners(found, content, extractor().gaz) == found


def test_cities_listed_with_clubs_are_clubs_but_not_after_in():
    gaz = extractor().gaz
    content = "Leeds, Norwich, Dunmore Rovers and other clubs used plastic pitches."
    found = _neighbours_found(content, ("Leeds", "GPE"), ("Norwich", "GPE"), ("Dunmore Rovers", "ORG"))
    got = neighbours.clubs_in_lists(found, content, gaz, set())
    assert [k for _, _, k, _ in got] == ["ORG", "ORG", "ORG"]
    content = "He has played in Leeds, Norwich and Dunmore Rovers."
    found = _neighbours_found(content, ("Leeds", "GPE"), ("Norwich", "GPE"), ("Dunmore Rovers", "ORG"))
    assert neighbours.clubs_in_lists(found, content, gaz, set()) == found
    content = "The pitches of Leeds and Dunmore Rovers were plastic."
    found = _neighbours_found(content, ("Leeds", "GPE"), ("Dunmore Rovers", "ORG"))
    assert neighbours.clubs_in_lists(found, content, gaz, set())[0][2] == "ORG"
    content = "Fans came from France and Dunmore Rovers."  # a country in the list: places stay
    found = _neighbours_found(content, ("France", "GPE"), ("Dunmore Rovers", "ORG"))
    assert neighbours.clubs_in_lists(found, content, gaz, set()) == found


def test_the_people_of_a_known_town_or_state_are_a_group():
    got = typed("Londoners and Ohioans queued for hours, and many Californians stayed home.")
    for group in ("Londoners", "Ohioans", "Californians"):
        assert (group, "NORP") in got
    assert not {t for t, k in got if k == "NORP"} & {"Walkers"}


def test_the_name_inside_an_anti_or_pro_compound_is_the_mention():
    got = typed("The pro-Ruritania rally and the anti-Brantex protest drew crowds near Paris.")
    assert ("Paris", "GPE") in got
    assert not [t for t, _ in got if t.startswith(("pro-", "anti-"))]
    assert ("Lib Dem", "NORP") in typed("The Lib Dem leader spoke to reporters on Monday.")


def test_sports_bodies_and_westminster_institutions_are_organisations():
    got = typed(
        "Uefa and the FA will meet the RFU on Friday. The bill goes to the Commons next week,"
        " and Whitehall says the Exchequer cannot pay for it. The midfielder joined a Premiership club."
    )
    for name in ("Uefa", "FA", "RFU", "Commons", "Whitehall", "Exchequer", "Premiership"):
        assert (name, "ORG") in got


def test_sports_cues_make_a_city_its_team():
    text = (
        "The Otters fell to Leeds 2-1 in the semi-final on Friday, their first defeat of the season."
        " A group led by Porto soccer player Ana Silva cheered the goals and the goalkeeper."
    )
    got = typed(text)
    assert ("Leeds", "ORG") in got and ("Porto", "ORG") in got


def test_a_name_with_a_web_domain_is_the_site_and_a_station_keeps_its_number_before_a_full_stop():
    got = typed(
        "The claim was checked by Factwise.com and quoted by Brantex.co.uk. She spoke on BBC Radio 4."
    )
    assert ("Factwise.com", "ORG") in got and ("Brantex.co.uk", "ORG") in got
    assert ("BBC Radio 4", "ORG") in got


def test_a_title_case_headline_does_not_lend_its_verbs_to_a_persons_name():
    article = parse(
        "t.txt",
        "Ana Silva Taps Producer Ben Ode for Club Remix\n\nAna Silva said the remix was Ben Ode's idea.\n",
        "txt",
    )
    got = {(m.text, m.type) for m in extract(article)}
    assert not [t for t, k in got if k == "PERSON" and t.startswith("Ana Silva ")]
    content = "Guests included Gene Wolfe, Jim P. Dole, Mike Jittlov and others"
    found = _found(content, ("Gene Wolfe", "PERSON"), ("Jim P. Dole", "PERSON"))
    assert neighbours.headline_people(found, content, [(0, len(content))], extractor().gaz) == found
