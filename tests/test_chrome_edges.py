"""A story copied with a little around it: the byline and date block under the headline, the
credits, buttons and link lists set in it, the promos and contact lines after it.

Every line here was written for these tests (no benchmark page is copied). The story's
paragraphs must all stay; the site's lines must go, each with its reason.
"""

from __future__ import annotations

import pytest

from briefing.core.chrome.edges import date_reason, edge_reason

from .chrome_helpers import kept_text as _kept
from .chrome_helpers import parse_lines as _parse

TITLE = "Valley Orchards Brace for a Late Frost"
STORY = [
    "Fruit growers across the valley spent Tuesday night lighting heaters between the rows, "
    "as forecasters warned that temperatures could fall to four degrees below freezing.",
    "The blossom on the early apple varieties opened a week ago, and a hard frost now could "
    "cost the orchards most of this year's crop, the growers' cooperative said.",
    "Marta Okafor, who farms forty hectares near the river, said she had not slept since "
    "Sunday and would keep the heaters burning until the sun was well up.",
    "The cooperative has asked the regional council for help with the cost of fuel, which it "
    "puts at several thousand euros a night for the larger farms.",
]


def _assert_story_whole(article) -> None:
    kept = [b.text for b in article.blocks]
    for paragraph in STORY:
        assert paragraph in kept


@pytest.mark.parametrize(
    "line",
    [
        "By Tomas Berg - Staff Writer",
        "by Tomas Berg — March 3, 2026",
        "By Tomas Berg on Monday, March 2nd, 2026 at 9:04 a.m.",
        "By: Valley Wire",
        "Edited by: Ines Moreau",
        "Researched by: Ines Moreau, Tomas Berg",
        "Subjects: Farming, Weather",
        "Von Jana Berg",
        "Por Ana Lima",
    ],
)
def test_bylines_in_their_many_shapes(line: str) -> None:
    assert edge_reason(line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "March 3, 2026 Tomas Berg",
        "Tomas Berg 2026-03-03 14:35:08",
        "03/03/2026 Tomas Berg",
        "Posted on Oktober 27, 2025 by Admin",
        "By admin - 2026-03-16",
    ],
)
def test_a_date_with_a_name_is_a_byline(line: str) -> None:
    assert date_reason(line) == "byline"


@pytest.mark.parametrize(
    "line", ["13.03.2026, 23:06", "2026-03-03T12:48:14Z", "terça-feira, 3 de março de 2026"]
)
def test_a_date_alone_is_the_lines_date(line: str) -> None:
    assert date_reason(line) in ("dateline metadata", "byline")


@pytest.mark.parametrize(
    "line",
    [
        "Year to December 31, 2025",  # a report's period
        "Delivery Date: 08/29/2026",  # a form's field
        "Six months to September 30, 2025",
        "OFFICIAL RESULTS OF THE MARCH 3, 2026 ELECTION:",
        "Frost Hits Orchards on March 3, 2026 as Growers Fight Back",
        "Lessons From The March 3, 2026 Frost",  # a headline in title case with its date inside
        "Remembering The 03/03/2026 Frost Victims",
    ],
)
def test_a_period_a_field_or_a_headline_with_a_date_is_not_a_byline(line: str) -> None:
    assert date_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Lena Park, Associated Press",
        "A grower checks a heater near the river. The Valley Times via AP",
        "Tomas Berg Submitted photo",
        "Courtesy of the growers' cooperative",
        "Image copyright Reuters",
        "Media captionHow the heaters work",
        "Heaters glow between the rows.Credit...Lena Park/The Valley Times",
        "Photo illustration by Lena Park",
    ],
)
def test_photo_credits_set_in_the_story(line: str) -> None:
    assert edge_reason(line) == "photo caption/credit"


@pytest.mark.parametrize(
    "line",
    [
        "Shares",
        "Copied!",
        "X Share via",
        "Tweet on Twitter",
    ],
)
def test_share_bars_and_buttons(line: str) -> None:
    assert edge_reason(line) == "share/follow widget"


@pytest.mark.parametrize("line", ["258 Shares", "View all (23)", "New, 6 comments", "(42) Comments"])
def test_share_and_comment_counts_go_though_their_figures_look_like_a_table_row(line: str) -> None:
    assert edge_reason(line) == "share count"
    article = _parse([TITLE, STORY[0], line, *STORY[1:]])
    _assert_story_whole(article)
    assert line not in _kept(article)


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to The Valley Times and never miss a harvest story.",
        "Join our Farming Forums to keep talking about the season!",
        "Like this story? Share it with a friend!",
        "Want more stories like this?",
        "Have a view on this story? Send us your feedback!",
        "GET THE VALLEY APP BY CLICKING HERE",
    ],
)
def test_the_sites_promos(line: str) -> None:
    assert edge_reason(line) == "site promo"


@pytest.mark.parametrize(
    "line",
    [
        "Write to Tomas Berg at tomas.berg@example.com",
        "Tomas Berg can be reached at tberg@example.com or 555-0100.",
        "Follow Valley Times Farming on Facebook, Twitter and Instagram.",
        "About Tomas Berg",
    ],
)
def test_the_authors_contact_lines(line: str) -> None:
    assert edge_reason(line) == "author box"


@pytest.mark.parametrize(
    "line",
    [
        "On valleytimes.example.com: Heaters sell out across the region",
        "SEE MORE: Why the blossom came early this year",
        "[Related: Cooperative asks council for fuel money]",
        "Explore further",
    ],
)
def test_links_set_in_the_story(line: str) -> None:
    assert edge_reason(line) == "related links"


@pytest.mark.parametrize(
    "line",
    [
        # a bio's sentence stays: a page may print it as the story's last paragraph
        "Tomas Berg is a staff writer for The Valley Times covering farming.",
        # a sentence that says "click here" stays
        "Click here for the second part of the story.",
        "The growers said they would follow the forecast on the radio through the night.",
        "Members can email the cooperative at help@example.com, and many already have, she said.",
    ],
)
def test_sentences_of_the_story_are_no_edge(line: str) -> None:
    assert edge_reason(line) is None


def test_a_copied_region_loses_its_byline_block_and_its_promos() -> None:
    lines = [
        "Farming",
        TITLE,
        "By Tomas Berg - Staff Writer",
        "March 3, 2026 14:05",
        "258 Shares",
        *STORY[:2],
        "Heaters glow between the rows.Credit...Lena Park/The Valley Times",
        *STORY[2:],
        "Write to Tomas Berg at tomas.berg@example.com",
        "Like this story? Share it with a friend!",
    ]
    article = _parse(lines)
    _assert_story_whole(article)
    assert article.title == TITLE
    kept = _kept(article)
    for chrome in ("Staff Writer", "14:05", "Shares", "Credit...", "tomas.berg@", "Like this story"):
        assert chrome not in kept
    reasons = {d.text: d.reason for d in article.dropped}
    assert reasons["258 Shares"] == "share count"


RELATED = [
    "Heater Sales Soar as Frost Nears",
    "Why the Blossom Came Early This Year",
    "Council to Debate Fuel Aid for Growers",
]


def test_other_stories_headlines_set_in_the_story_go() -> None:
    lines = [TITLE, *STORY[:2], "More on Valley Farming", *RELATED, *STORY[2:]]
    article = _parse(lines)
    _assert_story_whole(article)
    kept = _kept(article)
    for headline in RELATED:
        assert headline not in kept
    assert {d.reason for d in article.dropped if d.text in RELATED} == {"related links"}


def test_a_list_the_story_gives_stays() -> None:
    plain = ["Early Gold apples", "Red Mountain pears", "Late Summer plums"]
    introduced = [TITLE, *STORY[:2], "The varieties most at risk are:", *plain, *STORY[2:]]
    article = _parse(introduced)
    for item in plain:
        assert item in _kept(article)
    # a list of dates and places carries its separators: not a list of links
    dates = [
        "March 9 – Riverside Hall, North Valley",
        "March 12 – Old Mill, Eastbank",
        "March 15 – Town Hall",
    ]
    article = _parse([TITLE, *STORY[:2], "Advertisement", *dates, *STORY[2:]])
    for item in dates:
        assert item in _kept(article)


def test_a_name_printed_twice_is_the_byline_and_the_author_box() -> None:
    lines = [TITLE, "Tomas Berg", *STORY, "Tomas Berg", "Share this article"]
    article = _parse(lines)
    _assert_story_whole(article)
    assert "Tomas Berg" not in [b.text for b in article.blocks]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Copyright © 2026 Valley Media Inc.", "copyright notice"),
        ("(c) Copyright valleytimes.example 2026 Contact Us", "copyright notice"),
        ("Disclaimer: This story is copyrighted by Valley Wire and republished here.", "site legal notice"),
        ("Lena Park © Reuters", "photo caption/credit"),
        ("Send a Letter to the Editor", "site promo"),
        ("FREE Newsletter. Sign Up Now!", "site promo"),
        ("Save on the cover price. Subscribe to The Valley Times now!", "site promo"),
        ("Click for the Orchard Gallery", "site promo"),
        ("Share this article What is this?", "share/follow widget"),
        ("1 | 2 | 3 Next", "site pager"),
        ("valleytimes.example.com", "site chrome"),
        ("Go to the Farming Blog »", "related links"),
        ("Previously on Valley Farming", "related links"),
        ("Map: Where the frost will bite", "related links"),
        ("R E A D E R C O M M E N T S", "site chrome"),
        ("Valley News Service", "byline"),
    ],
)
def test_the_sites_lines_about_itself(line: str, reason: str) -> None:
    from briefing.core.chrome import chrome_reason

    assert (chrome_reason(line) or edge_reason(line)) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Disclaimer: the views of the experts quoted here are their own, the cooperative said.",
        "The growers said they would subscribe to the new frost warning service.",
        "Jul-18.Jul",  # a futures month, not an address
    ],
)
def test_lines_of_a_story_that_look_like_the_sites(line: str) -> None:
    assert edge_reason(line) is None


def test_the_headline_is_the_line_over_the_byline_block_not_a_caption_above_the_lede() -> None:
    lines = [
        "Farming",
        TITLE,
        "By Tomas Berg",
        "March 3, 2026 9:04 am",
        "Share",
        "A grower lights a heater between the rows near the river",
        *STORY,
    ]
    article = _parse(lines)
    _assert_story_whole(article)
    assert article.title == TITLE


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Need more orchards? Subscribe to our sister title Fruit Monthly for the latest news.",
            "site promo",
        ),
        ("If you enjoyed this article, we have a proposition for you: join our club.", "site promo"),
        ("Author:", "byline"),
        ("This document is subject to copyright.", "site chrome"),
        ("An error has occurred, please try again later.", "site chrome"),
        ("I agree that The Valley Times can send me its newsletter.", "site promo"),
        ("We'd like to hear what you think about this story.", "site promo"),
        ("As you comment, please be respectful of other commenters.", "comment form"),
        ("Lascia un commento", "comment form"),
        ("If you buy something through this post, we may get a share of the sale.", "affiliate notice"),
    ],
)
def test_promos_notices_and_forms_in_the_sites_voice(line: str, reason: str) -> None:
    assert edge_reason(line) == reason


def test_a_story_sentence_about_commissions_or_comments_stays() -> None:
    for line in [
        "The broker said it may receive a commission from the council for the fuel contract.",
        "Growers commented on the plan at a meeting on Tuesday, the council said.",
    ]:
        assert edge_reason(line) is None


def test_a_long_line_of_dotted_words_after_a_contact_word_is_read_in_one_pass():
    # "\b[\w.+-]+@" tried every dot of the run, each scan to the line's end: minutes at 1 MB
    hostile = "Email " + "a." * 150_000
    assert edge_reason(hostile) is None
    assert edge_reason("Write to Jane Doe at jane.doe@valleytimes.example") == "author box"


def test_a_page_of_many_link_lists_counts_its_lines_once(monkeypatch):
    # each run of headlines counted every line of the page again: quadratic in a long page
    from briefing.core.chrome import inserts

    texts: list[str] = []
    reasons: dict[int, str] = {}
    for i in range(200):
        texts.append(STORY[0])
        reasons[len(texts)] = "share/follow widget"
        texts += [
            "Share",
            f"Harbour Bridge Opens Again {i}",
            f"Council Plans Road Works {i}",
            f"Frost Hits Farms {i}",
        ]
    calls = []
    real = inserts.normalise
    monkeypatch.setattr(inserts, "normalise", lambda t: calls.append(t) or real(t))
    found = inserts.headline_runs(texts, reasons, set(), (0, len(texts) - 1))
    assert len(found) == 600 and set(found.values()) == {"related links"}
    assert len(calls) <= 3 * len(texts)


def test_a_headline_with_a_date_inside_stays_the_title() -> None:
    title = "Lessons From The March 3, 2026 Frost"
    article = _parse([title, "By Tomas Berg", *STORY])
    _assert_story_whole(article)
    assert article.title == title
