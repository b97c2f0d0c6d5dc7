"""Offices, seats, name suffixes and clubs named by a town or a prefix (politics and sport copy).

Every fixture is written for these tests (invented people, seats and clubs); none is copied
from an evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import extract, tables
from briefing.core.ingest import parse


def typed(text: str) -> set[tuple[str, str]]:
    article = parse("t.txt", text, "txt")
    return {(m.text, m.type) for m in extract(article) if m.type in ("PERSON", "ORG", "GPE", "LOC", "NORP")}


def test_ordinary_words_before_an_office_are_its_portfolio_not_a_person_or_a_party():
    got = typed(
        "Ministers back the plan\n\n"
        "Transport Secretary Alan Pell and Farming and Labour Minister Rosa Kell opened the bridge. "
        "Later the Work and Pensions Secretary spoke, and a Labour spokesman welcomed it."
    )
    assert ("Alan Pell", "PERSON") in got and ("Rosa Kell", "PERSON") in got
    assert not {t for t, _ in got} & {"Transport", "Farming", "Work", "Pensions", "Work and Pensions"}
    assert ("Labour", "ORG") in got  # the party itself, before a lower-case word
    assert sum(1 for t, _ in got if t == "Labour") == 1


def test_a_seat_named_by_its_cue_is_one_place_with_and_inside():
    got = typed(
        "Seat contest\n\n"
        "She will stand in the constituency of Harwick and Selby Vale next year. "
        "The MP for Tarrow North disagreed, and the Dundee Ferry MP said little. "
        "A council seat in Brenlow and Carr ward fell to the party."
    )
    assert ("Harwick and Selby Vale", "GPE") in got
    assert ("Tarrow North", "GPE") in got
    assert ("Dundee Ferry", "GPE") in got
    assert ("Brenlow and Carr", "GPE") in got


def test_postnominals_stay_outside_and_initials_and_suffixes_inside_a_name():
    got = typed(
        "Court hears case\n\n"
        "The chairman of the bar, Lina Hart QC, warned of delays. "
        "Tomas J. Kennedy Jr., the prosecutor, agreed, and Officer Dan Rusk took notes. "
        "Boston District Attorney Meg Olin spoke."
    )
    assert ("Lina Hart", "PERSON") in got
    assert ("Tomas J. Kennedy Jr.", "PERSON") in got
    assert ("Dan Rusk", "PERSON") in got and ("Officer", "PERSON") not in got
    assert ("Boston", "GPE") in got and ("Meg Olin", "PERSON") in got


def test_a_known_town_and_city_or_town_is_its_club_but_known_cities_stay_places():
    got = typed(
        "Cup tie\n\n"
        "Exeter Town beat Lincoln City 2-1 on Saturday. Fans flew home via Mexico City and Kansas City. "
        "The Exeter City Council approved the parade."
    )
    assert ("Exeter Town", "ORG") in got and ("Lincoln City", "ORG") in got
    assert ("Mexico City", "GPE") in got and ("Kansas City", "GPE") in got
    assert ("Exeter City Council", "ORG") in got


def test_a_club_prefix_before_a_place_or_an_unknown_word_makes_one_club():
    got = typed(
        "Derby\n\n"
        "Real Tarvena drew with Sporting Lisbon in the cup, and Inter Harwick lost at home. "
        "Real Estate Investment Trusts rose on the news."
    )
    assert ("Real Tarvena", "ORG") in got and ("Sporting Lisbon", "ORG") in got
    assert ("Inter Harwick", "ORG") in got
    assert not any(t.startswith("Real Estate") for t, _ in got)


def test_sports_cues_a_signing_a_heavy_defeat_and_the_club_before_a_position():
    got = typed(
        "Pell signs new deal\n\n"
        "Midfielder Jon Pell joined City from Sevilla in 2003 and scored a goal in the 2-1 win. "
        "Last week his side lost 3-2 to Chelsea, a defeat at the hands of Lyon that hurt. "
        '"We have to bounce back," said the Chelsea striker Ivo Marr, who scored twice.'
    )
    assert ("Sevilla", "ORG") in got and ("Lyon", "ORG") in got
    assert ("Chelsea", "ORG") in got and ("Chelsea", "PERSON") not in got
    assert ("Ivo Marr", "PERSON") in got


def test_a_team_and_its_nickname_in_a_photo_caption_name_the_team_in_the_report():
    text = (
        "Hornets advance\n\n"
        "Sam Teller carries Tolvane on his shoulders again in the regional semifinal, where the Hornets "
        "won 71-64.\n\n"
        "Tolvane Hornets forward Sam Teller (4) shoots against the Harwick Owls guard Leo Park (11) during "
        "the first half of a regional semifinal game on Thursday. (Photo/Staff) @staffphoto\n\n"
        "The Hornets won 71-64 and face the Owls again in the final, their coach Ed Marsh said."
    )
    assert tables.sports_article(text)  # "semifinal": the American spelling counts too
    got = typed(text)
    assert ("Harwick Owls", "ORG") in got and ("Owls", "ORG") in got
    assert ("Hornets", "ORG") in got and ("Sam Teller", "PERSON") in got


def test_a_seat_after_a_members_title_a_county_and_compass_districts_are_places():
    got = typed(
        "Candidates named\n\n"
        "The Labour MP for Tarrow North will stand again, and Ann Vell, 54, was chosen for the "
        "Brenlow Carr seat. She first stood for Edinburgh South and later lived in Maltonshire. "
        "The Edinburgh MSP Ian Dorr agreed."
    )
    assert ("Tarrow North", "GPE") in got and ("Labour", "ORG") in got
    assert ("Brenlow Carr", "GPE") in got
    assert ("Edinburgh South", "GPE") in got and ("Maltonshire", "GPE") in got
    assert ("Ian Dorr", "PERSON") in got and not any(t == "MSP" for t, _ in got)


def test_an_honorific_before_a_place_name_makes_it_a_surname_and_shadow_is_part_of_a_title():
    got = typed(
        "Candidate suspended\n\n"
        "Party officials suspended Tom Houston on Monday. Mr Houston said little. "
        "Conservative Shadow chancellor Ed Brell replied."
    )
    assert ("Houston", "PERSON") in got and ("Houston", "GPE") not in got
    assert ("Conservative", "NORP") in got and ("Ed Brell", "PERSON") in got
    assert not any("Shadow" in t for t, _ in got)


def test_a_plural_members_cue_names_one_seat_too():
    got = typed("Party picks\n\nThe party has chosen candidates for Tarrow Green and Mill from the town.")
    assert ("Tarrow Green and Mill", "GPE") in got
    assert ("Tarrow Green", "GPE") not in got
