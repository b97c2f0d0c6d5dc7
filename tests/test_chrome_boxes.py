"""The site's boxes set in or under a copied story: other stories' headlines between two of its
paragraphs, and the site's name over its lines about itself at the page's end.

Every line here was written for these tests (no benchmark page is copied). The story's
paragraphs must all stay; the site's lines must go, each with its reason.
"""

from __future__ import annotations

from .chrome_helpers import kept_blocks as _kept
from .chrome_helpers import parse_lines

TITLE = "Valley Council Backs New Bridge Over the Tarn"
OPENING = [
    "The Valley council voted on Thursday to build a second bridge over the Tarn, ending a "
    "decade of argument over how to ease the traffic through Millbrook.",
    "Councillor Ruth Okafor, who led the campaign for the bridge, said the vote was a relief "
    "for the families who queue on the old crossing every morning.",
]
CLOSING = [
    "The bridge will cost about twelve million pounds, most of it from a regional transport "
    "fund, and work on the Millbrook side could start next spring.",
    "Opponents of the plan said they would ask the regional government to review the council's "
    "decision before any money is spent on the crossing.",
]
BOX = [
    "Today in Sport",
    "Harriers stun Fenwick with late winner at Castle Park",
    "Brennan named captain as Ospreys rebuild for autumn",
    "Talks clear the way for Dunmore's return to the ring",
]


def _parse(lines: list[str]):
    return parse_lines(lines, "copy.txt")


def _reason(article, line: str) -> str | None:
    start = article.content.index(line)
    return next((d.reason for d in article.dropped if d.start == start), None)


def _assert_story_whole(article) -> None:
    kept = _kept(article)
    for paragraph in OPENING + CLOSING:
        assert paragraph in kept


def test_other_stories_headlines_between_two_paragraphs_go() -> None:
    article = _parse(["Home", "News", "Sport", TITLE, "By Tom Reyes", *OPENING, *BOX, *CLOSING])
    _assert_story_whole(article)
    kept = _kept(article)
    assert not any(line in kept for line in BOX)
    assert _reason(article, BOX[1]) == "related links"


def test_the_storys_own_points_between_its_paragraphs_stay() -> None:
    # the lines name what the story names: the story's own list, not a box of other stories
    points = [
        "What the Tarn bridge will change",
        "Millbrook's lorries will no longer cross the old bridge",
        "Okafor wants the Tarn footpath opened again by the summer",
        "A new bus route will link Millbrook with the station",
    ]
    article = _parse(["Home", "News", "Sport", TITLE, "By Tom Reyes", *OPENING, *points, *CLOSING])
    _assert_story_whole(article)
    kept = _kept(article)
    assert all(line in kept for line in points)


def test_a_slides_points_without_names_stay() -> None:
    # nobody and nowhere named: points of the story's slide, not other stories' headlines
    points = [
        "Lack of a plan for the traffic",
        "A crossing that was never meant for lorries",
        "Little money for repairs in the budget",
    ]
    article = _parse(["Home", "News", "Sport", TITLE, "By Tom Reyes", *OPENING, *points, *CLOSING])
    _assert_story_whole(article)
    kept = _kept(article)
    assert all(line in kept for line in points)


COLOPHON = [
    "A publication of the Dale Media Group.",
    "Our online edition is updated every morning.",
    "Visit us again.",
]


def test_the_sites_name_over_its_lines_about_itself_goes() -> None:
    lines = [
        "Home",
        "News",
        "Sport",
        TITLE,
        "By Tom Reyes",
        *OPENING,
        *CLOSING,
        "Dale Weekly Star",
        *COLOPHON,
    ]
    article = _parse(lines)
    _assert_story_whole(article)
    kept = _kept(article)
    assert "Dale Weekly Star" not in kept
    assert _reason(article, "Dale Weekly Star") == "site colophon"
    assert not any(line in kept for line in COLOPHON)


def test_the_sites_name_goes_past_a_pager_figure() -> None:
    lines = ["Home", "News", TITLE, "By Tom Reyes", *OPENING, *CLOSING, "68", "Dale Weekly Star", *COLOPHON]
    article = _parse(lines)
    _assert_story_whole(article)
    assert _reason(article, "Dale Weekly Star") == "site colophon"


def test_a_story_ending_in_a_sentence_over_the_colophon_stays_whole() -> None:
    last = "Readers can see the plans at the town hall until the end of the month."
    article = _parse(["Home", "News", "Sport", TITLE, "By Tom Reyes", *OPENING, *CLOSING, last, *COLOPHON])
    _assert_story_whole(article)
    assert last in _kept(article)


def test_a_sites_fixtures_under_its_copyright_line_go() -> None:
    fixtures = ["Harriers v Fenwick", "Ospreys v Dunmore", "Castle Park v Millbrook Rovers"]
    rights = "Copyright 2026 The Dale Gazette. All rights reserved."
    article = _parse(["Home", "News", TITLE, "By Tom Reyes", *OPENING, *CLOSING, rights, *fixtures])
    _assert_story_whole(article)
    kept = _kept(article)
    assert not any(line in kept for line in fixtures)
    assert _reason(article, fixtures[0]) == "after the article"


def test_the_storys_own_fixtures_stay() -> None:
    intro = "The Harriers' next three games, all at Castle Park, are:"
    fixtures = ["Harriers v Fenwick", "Harriers v Ospreys", "Harriers v Millbrook Rovers"]
    lines = ["Home", "News", TITLE, "By Tom Reyes", *OPENING, *CLOSING, intro, *fixtures]
    article = _parse(lines)
    _assert_story_whole(article)
    kept = _kept(article)
    assert all(line in kept for line in fixtures)


def test_a_subscription_offer_goes_and_a_storys_price_stays() -> None:
    offers = ["Morning home delivery - save up to 40%", "$3 for 8 weeks - Subscribe to the Dale Gazette"]
    priced = "Bridge tolls of $2 a crossing, Okafor said"
    lines = ["Home", offers[0], "News", TITLE, "By Tom Reyes", *OPENING, priced, *CLOSING, offers[1]]
    article = _parse(lines)
    _assert_story_whole(article)
    kept = _kept(article)
    assert not any(line in kept for line in offers)
    assert _reason(article, offers[0]) == "site promo"
    assert priced in kept


def test_an_offer_shaped_headline_stays_the_title() -> None:
    # a price and delivery in a headline: the story's, not the site's offer
    title = "Grocer Cuts Home Delivery Fee to $1 for Pensioners"
    article = _parse(["Home", "News", title, "By Tom Reyes", *OPENING, *CLOSING])
    _assert_story_whole(article)
    assert article.title == title
