"""Sport copy: clubs named like a place, newspapers named by their town, state universities'
teams, and cities a report writes as places.

Every fixture is written for these tests (invented clubs' rivals, people and matches); none is
copied from an evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import extract
from briefing.core.ingest import parse


def typed(text: str) -> list[tuple[str, str]]:
    article = parse("t.txt", text, "txt")
    return [(m.text, m.type) for m in extract(article) if m.type in ("PERSON", "ORG", "GPE", "LOC", "NORP")]


MATCH = (
    "Rovers hold on at the Lawn\n\n"
    "Forest Green beat Tarnby Athletic 2-1 on Saturday to climb to third in the league table.\n\n"
    "Forest Green boss Mel Darrow said his side had defended well after the break. The striker Jon "
    "Pask scored twice before the visitors pulled one back in the 80th minute. Fans of Forest Green "
    "sang throughout the second half, and the Stroud Echo said the club would sign a new keeper.\n\n"
    "Tarnby manager Lee Walsh said his players were tired. Carlisle beat Tarnby last month, and "
    "police in Carlisle said the fans had behaved."
)


def test_a_club_named_like_a_place_is_one_club_in_a_sports_report():
    got = typed(MATCH)
    assert got.count(("Forest Green", "ORG")) == 3
    assert not any(t in ("Forest", "Green") for t, _ in got)


def test_a_newspaper_named_by_its_town_is_one_organisation():
    got = typed(MATCH)
    assert ("Stroud Echo", "ORG") in got and ("Stroud", "GPE") not in got
    got = typed("Paper backs plan\n\nThe Hallam Courier and the Dunmore Argus backed the plan on Monday.")
    assert ("Hallam Courier", "ORG") in got and ("Dunmore Argus", "ORG") in got


def test_a_clubs_town_after_a_strong_place_word_is_the_town():
    got = typed(MATCH)
    assert ("Carlisle", "ORG") in got  # "Carlisle beat Tarnby"
    assert ("Carlisle", "GPE") in got  # "police in Carlisle"


GAME = (
    "Late kick seals title\n\n"
    "Ohio State beat Michigan 30-27 in double overtime on Saturday to win the conference title.\n\n"
    "The quarterback threw three touchdowns, and coach Ray Dunn said his team had shown character. "
    "Michigan coach Al Brice said his players were devastated by the defeat. Florida State lost 21-14 "
    "to Miami. The Raiders, who moved from Oakland to Las Vegas, said they would rather play at home "
    "than Las Vegas in the playoffs. Las Vegas has hosted the final once, and fans in Las Vegas "
    "bought every ticket."
)


def test_a_state_and_state_after_it_is_the_universitys_team():
    got = typed(GAME)
    assert ("Ohio State", "ORG") in got and ("Florida State", "ORG") in got
    assert ("Ohio", "GPE") not in got and ("Ohio", "ORG") not in got


def test_a_city_the_report_writes_as_a_place_stays_a_place_without_a_team_word():
    got = typed(GAME)
    assert ("Michigan", "ORG") in got  # "beat Michigan": a team
    assert ("Las Vegas", "ORG") not in got
    assert got.count(("Las Vegas", "GPE")) == 4


def test_a_teams_city_at_a_journeys_end_is_the_city():
    got = typed(
        "Saskatoon planning to use Jo Pask in the NHL this season\n\n"
        "Saskatoon Lynx head coach Mel Darrow said Friday he plans to use the former college defenseman "
        "this season.\nPask signed a three-year deal with Saskatoon on Thursday after three years in "
        "college.\nPask flew to Regina and drove to Saskatoon on Thursday night.\n"
    )
    assert ("Saskatoon", "ORG") in got  # "a deal with Saskatoon": the team
    assert ("Saskatoon", "GPE") in got  # "drove to Saskatoon"


def test_party_brands_and_party_offices():
    got = typed(
        "Party funds row\n\n"
        "Former Tory Treasurer Lord Pellow gave the party money, and New Labour lost its way, "
        "said the Labour peer."
    )
    assert ("Pellow", "PERSON") in got
    assert ("New Labour", "ORG") in got
    assert not any(t.endswith("Treasurer") for t, _ in got)
