"""Entities in news text that is not prose: tables, result lists, datelines, sports and business.

Every fixture is written for these tests (invented clubs, companies and people); none is
copied from an evaluation set.
"""

from __future__ import annotations

import subprocess

from briefing.core.entities import extract
from briefing.core.entities.dates import is_relative
from briefing.core.entities.summary import summarise
from briefing.core.ingest import parse
from briefing.core.library import Library
from briefing.core.model import Article, Block

from .conftest import briefing_cmd


def lines(*text: str, kind: str = "body") -> Article:
    """An article whose every line is one block of ``kind`` (a table keeps its rows)."""
    content = "\n".join(text)
    blocks = []
    pos = 0
    for line in text:
        blocks.append(Block(kind, pos, pos + len(line), line))
        pos += len(line) + 1
    return Article(path="t.txt", content=content, title="", blocks=blocks)


def typed(article: Article) -> set[tuple[str, str]]:
    mentions = extract(article)
    for m in mentions:
        assert article.content[m.start : m.end] == m.text
    return {(m.text, m.type) for m in mentions}


def test_result_lines_yield_the_athletes_and_their_countries():
    got = typed(
        lines(
            "Results of the men's 800 metres at the indoor meeting on Sunday:",
            "1. Tomas Vrbensky (Czech Republic) 1:46.02",
            "2. Kwame Osei (Ghana) 1:46.55",
            "3. Lars Pettersen (Norway) 1:47.10",
        )
    )
    for name in ("Tomas Vrbensky", "Kwame Osei", "Lars Pettersen"):
        assert (name, "PERSON") in got
    for country in ("Czech Republic", "Ghana", "Norway"):
        assert (country, "GPE") in got


def test_score_lines_and_league_rows_make_teams_of_cities_but_countries_stay_places():
    got = typed(
        lines(
            "Results of Saturday's northern league matches:",
            "Leeds 0 Norwich 3",
            "Harrowgate Athletic 2 Kessingley Town 1",
            "Standings (tabulate under played, won, drawn, lost, goals for, against, points):",
            "Norwich 5 4 1 0 11 3 13",
            "Leeds 5 1 1 3 4 9 4",
            "In the women's international, Norway beat Ghana 2-1.",
        )
    )
    for club in ("Leeds", "Norwich", "Harrowgate Athletic", "Kessingley Town"):
        assert (club, "ORG") in got
    assert ("Leeds", "GPE") not in got and ("Norwich", "GPE") not in got
    assert ("Norway", "GPE") in got and ("Ghana", "GPE") in got


def test_a_city_that_is_a_team_in_a_table_is_the_team_in_prose_but_not_after_in():
    article = lines(
        "Leeds 0 Norwich 3",
        "Leeds manager Sam Orwell said the defeat hurt, and Norwich now lead the table.",
        "The fans who live in Leeds were quiet.",
    )
    mentions = extract(article)
    kinds = [(m.text, m.type, m.start > article.content.index("live in")) for m in mentions]
    assert ("Leeds", "ORG", False) in kinds and ("Norwich", "ORG", False) in kinds
    assert ("Leeds", "GPE", True) in kinds  # "in Leeds": the city
    assert ("Sam Orwell", "PERSON", False) in kinds


def test_scorecards_and_squad_lists_are_people():
    got = typed(
        lines(
            "Northshire first innings",
            "P. Hallworth c Mabena b Rutherford 42",
            "D. Okafor lbw b Rutherford 7",
            "Squad: Daniel Whitcombe, Rohan Pillai, Matthew Ashdown, Kieran Boyle (captain), Imran Qadir",
        )
    )
    for name in ("P. Hallworth", "D. Okafor", "Rutherford"):
        assert (name, "PERSON") in got
    for name in ("Daniel Whitcombe", "Rohan Pillai", "Matthew Ashdown", "Kieran Boyle", "Imran Qadir"):
        assert (name, "PERSON") in got


def test_scorecard_names_of_words_unknown_or_ordinary_are_people():
    got = typed(
        lines(
            "CRICKET - NORTHSHIRE BEAT EASTMOOR BY 40 RUNS",
            "Scores: Northshire 250-8 innings closed (T. Baker 88), Eastmoor 210 (Jo Pell 4-23)",
            "Eastmoor innings",
            "Vaskor Zamanlu b Pell 12",
            "Bowling: Pell 8-0-39-3, Vaskor Zamanlu 10-0-59-1, Orwell 6-1-23-0",
        )
    )
    for name in ("T. Baker", "Vaskor Zamanlu"):
        assert (name, "PERSON") in got and (name, "ORG") not in got


def test_non_sports_tables_do_not_invent_teams():
    got = typed(lines("Wheat futures closed at 612.50 cents a bushel.", "Corn 451.25 up 2.00"))
    assert not any(kind == "ORG" for _, kind in got)


def test_datelines_open_with_a_place_and_a_date():
    got = typed(
        lines(
            "OSLO 2024-03-14",
            "SPRINGVALE, Ohio 2024-03-14",
            "LYON (Reuters) - Grain traders met on Tuesday.",
        )
    )
    assert ("OSLO", "GPE") in got and ("SPRINGVALE", "GPE") in got and ("Ohio", "GPE") in got
    assert ("LYON", "GPE") in got
    assert ("2024-03-14", "DATE") in got


def test_datelines_survive_ingest_as_text():
    text = (
        "Grain exports fall\nOSLO 2024-03-14\nExports of grain fell sharply, the ministry said on Thursday.\n"
    )
    article = parse("t.txt", text, "txt")
    assert ("OSLO", "GPE") in typed(article) or any(d.text.startswith("OSLO") for d in article.dropped)


def test_companies_named_like_people_or_places_are_organisations():
    got = typed(
        lines(
            "Shares of Fenwick Marsh rose 4 percent after Fenwick Marsh said in a statement it would cut"
            " costs.",
            "Denver Analytics shares fell, and Toronto-based Quellmark agreed a merger.",
            "Grantham Holdings Plc reported a loss; Grantham Holdings chief executive Ana Ruiz resigned.",
        )
    )
    assert ("Fenwick Marsh", "ORG") in got and ("Fenwick Marsh", "PERSON") not in got
    assert ("Denver Analytics", "ORG") in got
    assert ("Quellmark", "ORG") in got
    assert ("Grantham Holdings Plc", "ORG") in got and ("Grantham Holdings", "ORG") in got
    assert ("Ana Ruiz", "PERSON") in got


def test_unknown_acronyms_are_organisations_and_expansions_tie_both_forms():
    article = lines(
        "The Northern Grain Board (NGB) said prices would rise.",
        "Officials at the FSRA declined to comment before 0900 GMT, the CEO said.",
        "The NGB will meet again in June.",
    )
    mentions = extract(article)
    got = {(m.text, m.type, m.canonical) for m in mentions}
    assert ("Northern Grain Board", "ORG", "Northern Grain Board") in got
    assert ("NGB", "ORG", "Northern Grain Board") in got
    assert ("FSRA", "ORG", "FSRA") in got
    assert not any(m.text in ("GMT", "CEO") for m in mentions)


def test_a_month_as_a_surname_is_the_person_and_a_month_after_in_is_a_date():
    got = {
        (m.text, m.type, m.canonical)
        for m in extract(
            lines(
                "Theresa May said the plan was ready. May added that she would stay. In May the vote failed."
            )
        )
    }
    assert ("Theresa May", "PERSON", "Theresa May") in got
    assert ("May", "PERSON", "Theresa May") in got
    assert ("May", "DATE", "May") in got


def test_document_consistency_overrules_a_weak_guess_and_types_headlines():
    article = lines("HALVORSEN CUTS 300 JOBS", kind="title")
    body = "Halvorsen Ltd reported a second loss. Halvorsen said the market for ferries was weak."
    article.content += "\n" + body
    start = len(article.content) - len(body)
    article.blocks.append(Block("body", start, len(article.content), body))
    mentions = extract(article)
    got = {(m.text, m.type) for m in mentions}
    assert ("Halvorsen Ltd", "ORG") in got
    assert ("Halvorsen", "ORG") in got and ("Halvorsen", "PERSON") not in got
    assert ("HALVORSEN", "ORG") in got


def test_titles_that_name_a_domain_give_no_person_and_non_us_names_no_country():
    got = typed(
        lines(
            "Tim Halloway, Shadow Secretary of State for the Family, said non-U.S. buyers had left.",
            "The Liberal Democrats and Labour disagreed.",
        )
    )
    assert ("Tim Halloway", "PERSON") in got
    assert not any(text == "Family" for text, _ in got)
    assert not any("U.S." in text for text, _ in got)
    assert ("Liberal Democrats", "ORG") in got and ("Labour", "ORG") in got


def test_relative_dates_are_highlighted_but_not_listed_unless_asked(tmp_path):
    article = lines("Exports rose this week and in recent years, the ministry said on 3 March 2024.")
    mentions = extract(article)
    assert {"this week", "recent years", "3 March 2024"} <= {m.text for m in mentions if m.type == "DATE"}
    assert is_relative("this week") and not is_relative("3 March 2024") and not is_relative("Canada Day")
    listed = {r.canonical for r in summarise([(article, mentions)])}
    assert "3 March 2024" in listed and "this week" not in listed and "recent years" not in listed
    everything = {r.canonical for r in summarise([(article, mentions)], relative_dates=True)}
    assert {"this week", "recent years"} <= everything
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ferry fares\n\n" + article.content + "\n", encoding="utf-8")
    with Library.open(corpus) as lib:
        names = {e.canonical for e in lib.entities()}
        assert "this week" not in names and "3 March 2024" in names
        assert "this week" in {e.canonical for e in lib.entities(relative_dates=True)}
        assert lib.entity_count() < lib.entity_count(relative_dates=True)
    table = subprocess.run(
        briefing_cmd() + ["entities", str(corpus)], capture_output=True, text=True, timeout=120
    ).stdout
    assert "3 March 2024" in table and "this week" not in table
    table = subprocess.run(
        briefing_cmd() + ["entities", "--relative-dates", str(corpus)],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "this week" in table


def test_club_names_end_at_their_suffix_and_keep_their_city():
    got = typed(
        lines(
            "Kessingley have rejected a bid from Harrowgate Rovers for Norway captain Lars Pettersen.",
            "Manchester United drew 0-0 with Leeds United, and PSV Eindhoven beat Ajax 2-1.",
            "It was the first match of the season for all four clubs.",
        )
    )
    assert ("Harrowgate Rovers", "ORG") in got and ("Norway", "GPE") in got
    assert ("Lars Pettersen", "PERSON") in got
    assert ("Manchester United", "ORG") in got and ("Leeds United", "ORG") in got
    assert ("PSV Eindhoven", "ORG") in got
