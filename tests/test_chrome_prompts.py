"""The site's prompts to its reader, other stories' card streams and reader comments that outweigh
a short story, in a copied page.

Every line here was written for these tests (no benchmark page is copied). The story's
paragraphs must all stay; the site's lines must go, each with its reason.
"""

from __future__ import annotations

import pytest

from briefing.core.chrome.cards import before_comments
from briefing.core.chrome.prompts import prompt_reason

from .chrome_helpers import kept_blocks as _kept
from .chrome_helpers import parse_lines

TITLE = "Harbour Ferry Returns After Winter Repairs"
STORY = [
    "The island ferry made its first crossing of the year on Saturday morning, two weeks later "
    "than planned after a crack was found in its hull during the winter refit.",
    "About ninety passengers were on board, most of them residents who had relied on a smaller "
    "water taxi since January, the harbour authority said.",
    "The repairs cost more than the authority had set aside, and its board will meet on Monday "
    "to decide whether fares should rise in the summer.",
]


def _parse(lines: list[str]):
    return parse_lines(lines, "copy.txt")


def _assert_story_whole(article) -> None:
    kept = _kept(article)
    for paragraph in STORY:
        assert paragraph in kept


def _reason(article, line: str) -> str | None:
    start = article.content.index(line)
    return next((d.reason for d in article.dropped if d.start == start), None)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("« Back to Island News", "navigation"),
        ("Return to the homepage", "navigation"),
        ("Go to Harbour News", "navigation"),
        ("Next Chapter →", "navigation"),
        ("↑ Top", "navigation"),
        ("Main article: Harbour ferries", "cross-reference"),
        ("Further information: Island transport", "cross-reference"),
        ("Jump to navigation Jump to search", "navigation"),
        ("This page is about the ferry. For other uses, see Ferry (disambiguation).", "cross-reference"),
        ("Log in with your Harbour Times account to save stories and follow topics.", "sign-in prompt"),
        ("Register for a free account", "sign-in prompt"),
        ("Log in or register to post comments", "sign-in prompt"),
        ("NOT A MEMBER YET? JOIN TODAY! Sign up by clicking here.", "sign-in prompt"),
        ("Be the first to comment this story", "comment form"),
        ("Commenting is turned off for this post.", "comment form"),
        ("What do you think? Post your comment", "comment form"),
        ("Post a comment: Post a comment", "comment form"),
        ("17Comments. Tap to view comments", "share count"),
        ("3.2k reactions • Join the discussion", "share count"),
        ("When news happens: send photos and videos to 0400 123 456 or email us.", "site promo"),
        ("Share your news and pictures of the island with us.", "site promo"),
        ("Please support our local traders!", "site promo"),
        ("Search for: In section: Advanced search", "navigation"),
        ("this site the web", "navigation"),
        (
            "We use cookies to give you the best browsing experience and to show relevant ads.",
            "cookie notice",
        ),
        ("In this article: ferries, islands, harbours", "tags"),
        ("Story tags: Ferry, Harbour", "tags"),
        ("Passengers board the ferry on Saturday. | Foto: Lena Park", "photo caption/credit"),
        ("Read now", "navigation"),
        ("Single page view", "navigation"),
        ("Go to permalink", "navigation"),
        ("Reviewed by Lena Park, MD", "byline"),
        ("Lena Park 3 days ago", "byline"),
        ("Tomas Berg wrote on March 3rd, 2026 at 09:15:", "comment thread"),
        ("Supported by", "advertisement"),
        ("Like It, Share It!", "share/follow widget"),
        ("Retweet this story!", "share/follow widget"),
        ("Read next", "related links"),
        ("Other readers are reading", "related links"),
        ("Check out more stories on HarbourTimes.com!", "related links"),
        ("Sign in to post a reply.", "sign-in prompt"),
        ("Labels: ferries, islands", "tags"),
        ("(c) Harbour Wire Service", "copyright notice"),
        ("All content copyright HarbourTimes.com 2001 - 2026.", "copyright notice"),
        ("Start receiving our island headlines per email.", "newsletter promo"),
        ("Pick your topics. We email you the matching stories.", "newsletter promo"),
        ("If you see news happening: call 0400 123 456", "site promo"),
        ("Top 5 most read stories", "related links"),
        ("SAILING HEADLINES", "related links"),
    ],
)
def test_the_sites_prompts_by_their_wording(line: str, reason: str) -> None:
    assert prompt_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Go to the harbour early, the captain told passengers.",
        "Back to the Sea",  # a headline
        "Return to the island was slow.",
        "We use the ferry every day, and the cookies sold on board are the best part.",
        "Please support the fare freeze, the councillor said.",
        "Main street traders welcomed the ferry back.",
        "Tags on the luggage were checked twice.",
        "The captain said: Search the hold again.",
        "Jump to conclusions at your peril.",
        "Registered passengers will get a refund.",
        "53 comments were sent to the harbour board before the meeting.",
        "Lena Park wrote:",  # a quote in a post, not a comment's header
        "Read the report next week.",
        "Supported by the council, the ferry kept running.",
    ],
)
def test_prose_that_shares_their_words_is_not_a_prompt(line: str) -> None:
    assert prompt_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Printable version E-mail this story",
        "Refer to a friend",
        "E-mail Printable (0) Comments Share (0)",
    ],
)
def test_toolbars_with_their_counts_go_around_the_story(line: str) -> None:
    article = _parse(["Island News", TITLE, line, *STORY, line])
    _assert_story_whole(article)
    assert line not in _kept(article)


def test_a_tip_line_with_a_phone_number_is_no_table_row() -> None:
    tip = "When news happens: send photos, videos & tips to 0400 123 456 (+61 400 123 456), or email us."
    article = _parse([TITLE, *STORY, tip])
    _assert_story_whole(article)
    assert _reason(article, tip) == "site promo"


COMMENTS = [
    "I took that ferry for years and the crossing was always late, so two more weeks hardly "
    "surprises me, but it is good to see the old boat running again after such a long winter.",
    "The authority should have checked the hull before the winter started instead of waiting "
    "for the refit, and now the passengers will pay for it through higher fares this summer.",
    "Fares rising again is the last thing the island needs when the shop and the school already "
    "depend on the crossing, and the water taxi was never a real replacement for anyone.",
    "My grandmother could not get to the clinic for most of February because the water taxi "
    "would not take her wheelchair, so I hope the board remembers that on Monday.",
]


OTHER_HEADLINES = [
    "Dredging Starts In May",
    "Council Backs New Pier",
    "Ferry Crew Praised",
    "Water Taxi Fares Frozen",
    "Harbour Master Steps Down",
    "Island School Gets Funding",
    "Lifeboat Called Out Twice",
    "Coast Road Reopens",
    "Fish Market Moves Indoors",
    "Storm Warning Lifted",
    "New Timetable Published",
    "Quay Lights Replaced",
    "Ferry Tickets Go Online",
    "Marina Berths Sold Out",
    "Ice Cream Kiosk Returns",
    "Seal Pups Counted",
    "Cliff Path Closed",
    "Regatta Date Set",
    "Bus Link To Quay Cut",
    "Harbour Wall Survey Due",
]


def test_reader_comments_that_outweigh_a_short_story_are_not_the_story() -> None:
    others = [f"{head} (Friday March {day} 2026)" for day, head in enumerate(OTHER_HEADLINES, start=1)]
    lines = [
        TITLE,
        *STORY,
        "Other recent stories...",
        *others,
        "What you think...",
        *COMMENTS,
        "Have your say",
    ]
    article = _parse(lines)
    _assert_story_whole(article)
    assert article.title == TITLE
    kept = _kept(article)
    assert not any(comment in kept for comment in COMMENTS)


def test_a_comment_count_in_the_masthead_does_not_move_the_story() -> None:
    article = _parse(
        ["Island News", TITLE, "12 Comments", *STORY, "Related stories", "Harbour dredging starts"]
    )
    _assert_story_whole(article)
    assert article.title == TITLE


CARDS = [
    (
        "Storm closes the coast road for a day",
        "Falling rocks shut the coast road on Tuesday afternoon, and the council's crews worked through "
        "the night to clear it before the first buses on Wednesday.",
    ),
    (
        "Lighthouse keeper retires after forty years",
        "She kept the lamp on the point lit through three winter storms, one fire and the arrival of the "
        "automatic beacon that will now replace her.",
    ),
    (
        "School choir wins the regional cup",
        "Twenty children from the island school sang at the final in the city hall on Sunday and beat "
        "eleven choirs from the mainland towns.",
    ),
    (
        "Fishing quotas cut for the spring season",
        "The island's boats will land a third less cod until the end of April, and the fishermen's "
        "association says some crews will stay in port.",
    ),
]


def test_a_stream_of_other_stories_cards_above_the_story_goes() -> None:
    stream: list[str] = []
    for k, (head, lede) in enumerate(CARDS):
        stream += ["Island Radio", f"{k + 12}Comments. Click to view comments", head, lede, "Local"]
    article = _parse(["Island News", *stream, TITLE, "By Lena Park", *STORY])
    _assert_story_whole(article)
    kept = _kept(article)
    assert article.title == TITLE
    assert not any(lede in kept for _, lede in CARDS)


def test_prose_under_a_comments_header_is_the_readers_when_a_story_stands_above() -> None:
    texts = [*STORY, "Ferry Crew Praised (Friday March 6 2026)", "What you think...", *COMMENTS]
    reasons = {3: "byline", 4: "comment form"}
    scores = [30.0, 30.0, 30.0, -6.0, -6.0, 40.0, 40.0, 40.0, 40.0]
    assert before_comments(texts, reasons, scores, (5, 8)) == (0, 2)
    # a bare count heads nothing: it is the story's masthead as often
    texts[4] = "53 Comments"
    assert before_comments(texts, reasons, scores, (5, 8)) == (5, 8)
    # nor is a paragraph or two above the header a story of its own
    texts[4] = "What you think..."
    assert before_comments(texts, reasons, [10.0, -2.0, -2.0, *scores[3:]], (5, 8)) == (5, 8)


def test_the_sites_lines_about_itself_end_the_story() -> None:
    tail = [
        "A publication of the Harbour Media Group.",
        "Our online edition is updated every morning.",
        "Visit us again.",
        "For more island news, pick up a copy of the paper at the quay or the ferry kiosk.",
    ]
    article = _parse(["Home", "News", "Sport", "Weather", TITLE, *STORY, *tail])
    _assert_story_whole(article)
    kept = _kept(article)
    assert not any(line in kept for line in tail)
    assert _reason(article, tail[0]) == "site colophon"


def test_a_place_called_a_site_is_the_storys() -> None:
    last = "This site has been a landfill since 1950, and the council wants to plant a wood on it."
    article = _parse(["Home", "News", "Sport", "Weather", TITLE, *STORY, last])
    _assert_story_whole(article)
    assert last in _kept(article)


def test_a_credit_glued_before_the_first_paragraph_keeps_the_paragraph() -> None:
    glued = "© Provided by Harbour Wire The ferry at the quay " + STORY[0] + " Who could blame them?"
    article = _parse([TITLE, glued, *STORY[1:]])
    assert glued in _kept(article)
    # a copyright line alone still goes
    article = _parse([TITLE, *STORY, "© 2026 Harbour Media Group"])
    _assert_story_whole(article)
    assert "© 2026 Harbour Media Group" not in _kept(article)
