"""The headline and standfirst over a story's masthead, when a caption or a button in a wording
no rule knows stands right above the lede.

Every page here was written for these tests (no benchmark page is copied).
"""

from __future__ import annotations

from briefing.core.chrome.standfirst import headline_over_standfirst

from .chrome_helpers import kept_blocks, parse_lines

HEADLINE = "Island ferry back in service after a long winter in dry dock"
STANDFIRST = (
    "The island ferry carried its first passengers of the year on Saturday, two weeks late after "
    "repairs to its hull."
)
STORY = [
    "The ferry left the harbour at eight in the morning with about ninety passengers, most of them "
    "residents who had relied on a smaller water taxi since January.",
    "A crack found in its hull during the winter refit had kept it in dry dock for two weeks longer "
    "than planned, the harbour authority said.",
    "The repairs cost more than the authority had set aside, and its board will meet on Monday to "
    "decide whether fares should rise in the summer.",
]
MENU = ["Home", "News", "Local", "Weather"]
# the masthead, a photo's caption and credit and a row of buttons in wording no rule knows
MASTHEAD = ["Local", "March 3, 2026 at 9:15 am", "Passengers queue at the pier", "Jane Hill", "Pass it along"]


def test_the_headline_over_the_standfirst_is_the_title_and_the_standfirst_stays():
    article = parse_lines([*MENU, HEADLINE, STANDFIRST, *MASTHEAD, *STORY])
    kept = kept_blocks(article)
    assert article.title == HEADLINE
    assert STANDFIRST in kept
    assert all(p in kept for p in STORY)
    assert "Pass it along" not in kept
    assert "March 3, 2026 at 9:15 am" not in kept


def test_a_teaser_above_a_headline_with_its_own_byline_stays_out():
    teaser_head = "Council budget vote put off until next week"
    teaser = "The council's vote on next year's budget was delayed again on Friday after a long debate."
    title = "Ferry Returns After Winter Repairs"
    article = parse_lines([*MENU, teaser_head, teaser, "2 hours ago", title, "By Jane Hill", *STORY])
    assert article.title == title
    assert teaser not in kept_blocks(article)


def test_a_paragraph_that_shares_nothing_with_the_story_is_no_standfirst():
    texts = [
        "Weekend markets draw crowds to the old town square",
        "Stalls selling cheese, bread and flowers filled the cobbled streets all afternoon long.",
        "April 2, 2026",
        "Pass it along",
        *STORY,
    ]
    reasons = {2: "dateline metadata"}
    assert headline_over_standfirst(texts, reasons, set(), 3, 4) is None
    texts[1] = STANDFIRST
    assert headline_over_standfirst(texts, reasons, set(), 3, 4) == (0, 1, 4)


def test_a_short_pages_byline_is_not_its_title():
    for top in (["Jane Hill", "March 3, 2026"], ["Jane Hill"], ["JANE HILL", "Staff reporter"]):
        article = parse_lines([*top, *STORY[:2]])
        assert article.title not in top
        assert article.title_derived


def test_a_short_headline_that_names_the_storys_subject_stays_the_title():
    article = parse_lines(["Harbour Ferry Returns", "March 3, 2026", *STORY])
    assert article.title == "Harbour Ferry Returns"
