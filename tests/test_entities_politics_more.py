"""More politics and sport copy: a state and "State", a member of Congress's state between
commas, the Cabinet, a possessive after "in", line-ups' last names, the referee's line and a
headline's place the report's text makes a team.

Every fixture is written for these tests (invented people, clubs and matches); none is copied
from an evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import clubs, extract
from briefing.core.ingest import parse


def typed(text: str) -> list[tuple[str, str]]:
    article = parse("t.txt", text, "txt")
    return [(m.text, m.type) for m in extract(article) if m.type in ("PERSON", "ORG", "GPE", "LOC", "NORP")]


def test_a_state_and_state_after_it_is_one_place_outside_sports():
    got = typed(
        "Poll delayed\n\nVoters in Ogun State waited, and the Kaduna State governorship poll was delayed."
    )
    assert ("Ogun State", "GPE") in got and ("Kaduna State", "GPE") in got
    assert ("Ogun", "GPE") not in got


def test_a_members_state_between_commas_is_a_state():
    got = typed("Threat case\n\nA man threatened Rep. Dana Voss, D-Minn., in March, prosecutors said.")
    assert ("Minn.", "GPE") in got and ("Dana Voss", "PERSON") in got


def test_the_cabinet_capitalised_is_an_organisation():
    got = typed(
        "Reshuffle\n\nShe left the Cabinet in May, and two Cabinet ministers followed. The cabinet met."
    )
    assert got.count(("Cabinet", "ORG")) == 2


def test_a_possessive_after_in_is_no_place():
    got = typed(
        "Race report\n\nIt was not the best run of Marta's career. But as a test of character it was "
        "hard. There was never any doubt in Marta's mind. Marta will race again in May."
    )
    assert ("Marta", "GPE") not in got
    assert got.count(("Marta", "PERSON")) == 3


REPORT = (
    "Tarnby dip worries Lowe\n\n"
    "Tarnby are languishing near the bottom of the league table after a 2-0 defeat by Carlisle on "
    "Saturday, and manager Kit Lowe said his side must improve. Tarnby boss Lowe has lost five games.\n\n"
    "Keeper Tom Hollis made two saves, but striker Ed Pike missed a penalty and midfielder Sam Mercer "
    "was booked. Defender Joe Dray scored an own goal before the break.\n\n"
    "Hollis, Dray, Pike, Mercer, Stone (Finch 76), Oduya, Brand.\n\n"
    "Subs Not Used: Vann, Bridge.\n\n"
    "Hollis 12, Pike 80.\n\n"
    "J Wren (Lancashire)."
)


def test_line_ups_end_without_the_full_stop_and_an_ordinary_word_alone_is_a_name():
    got = typed(REPORT)
    assert ("Bridge", "PERSON") in got and ("Bridge.", "PERSON") not in got
    assert ("Stone", "PERSON") in got


def test_the_referees_line_is_a_person_and_a_county():
    got = typed(REPORT)
    assert ("J Wren", "PERSON") in got and ("Lancashire", "GPE") in got


def test_a_headlines_place_that_the_text_only_types_a_team_is_the_team():
    content = "Shock at Tarnby dip\n\nTarnby are low, and Tarnby lost. Police in Brenlow said little.\n"
    body = [(21, len(content))]
    found = [
        (9, 15, "GPE", "Tarnby"),
        (21, 27, "ORG", "Tarnby"),
        (41, 47, "ORG", "Tarnby"),
        (64, 71, "GPE", "Brenlow"),
    ]
    assert [content[s:e] for s, e, _, _ in found] == ["Tarnby", "Tarnby", "Tarnby", "Brenlow"]
    got = clubs._headline_teams(found, content, body)
    assert got[0] == (9, 15, "ORG", "Tarnby")
    assert got[3][2] == "GPE"  # a place in the text stays one
    assert (
        clubs._headline_teams([(9, 15, "GPE", "Tarnby"), (21, 27, "GPE", "Tarnby")], content, body)[0][2]
        == "GPE"
    )
