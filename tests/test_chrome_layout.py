"""Copied pages whose chrome shows in the layout of several lines: where the story starts and
ends, galleries, charts, comment threads, and the article text laid out like them.

Every page here was written for these tests (no benchmark page is copied). Each has the
story's paragraphs, which must all stay, and a page shape around or inside them that must go.
"""

from __future__ import annotations

from briefing.core.chrome import chrome_reason
from briefing.core.ingest import parse

from .chrome_helpers import kept_text as _kept
from .chrome_helpers import parse_lines as _parse
from .test_ingest import assert_offsets_exact

STORY = [
    "The harbour authority approved a plan on Tuesday to dredge the main channel, clearing the way "
    "for larger container ships to dock at the port for the first time since the 1990s.",
    "Work is due to begin in the spring and will take about eighteen months, the authority said, "
    "with the channel closed to traffic for two weeks at a time while the dredgers operate.",
    "Fishing crews, who have opposed the project for years, said the disruption would cost them "
    "the best weeks of the season, and their association said it would seek compensation.",
    "The authority's chairwoman said the port could not afford to turn away the new generation of "
    "ships, which now carry most of the region's imports.",
]
TITLE = "Port Wins Approval to Deepen Its Main Channel"


def _assert_story_whole(article) -> None:
    kept = [b.text for b in article.blocks]
    for paragraph in STORY:
        assert paragraph in kept
    assert article.title == TITLE


def test_a_menu_with_a_promo_sentence_under_each_section_is_not_the_story():
    menu = []
    for section, promo in [
        ("Symptom Finder", "Check what your symptoms could mean in a few quick steps."),
        ("Find a Clinic", "Search thousands of clinics near you and book online today."),
        ("Health Apps", "Track your sleep, your steps and your meals with our free app."),
        ("Newsletter Picks", "Get the week's best health stories in one short email."),
        ("Ask an Expert", "Put your question to our panel of doctors and nurses."),
    ]:
        menu += [section, promo, "Get Started", "View All"]
    article = _parse(["Skip to content", "Home", *menu, "Font Size", TITLE, "By Ana Lima", *STORY])
    _assert_story_whole(article)
    for chrome in ("Symptom Finder", "Search thousands of clinics", "Get Started", "Put your question"):
        assert chrome not in _kept(article)


def test_teaser_cards_after_a_list_header_end_the_story():
    cards = []
    for kicker, headline, lede in [
        ("RAIL", "Night Trains Return to the Coast Line", "Sleeper services resume after a decade away."),
        ("WEATHER", "Storm Warning Issued for the Islands", "Forecasters expect gusts of 90 km/h on Friday."),
        (
            "SCHOOLS",
            "New Term Dates Published for the Region",
            "Pupils will return a week earlier next year.",
        ),
    ]:
        cards += [kicker, headline, "3 hours ago", lede]
    article = _parse([TITLE, *STORY, "Recommended for you", *cards])
    _assert_story_whole(article)
    for chrome in ("Night Trains", "Storm Warning", "Sleeper services", "Pupils will return", "3 hours ago"):
        assert chrome not in _kept(article)


def test_a_link_set_in_the_story_does_not_end_it():
    lines = [TITLE, *STORY[:3], "Related: Ferry fares to rise in the new year", STORY[3]]
    article = _parse(lines)
    _assert_story_whole(article)
    assert "Ferry fares" not in _kept(article)


def test_paragraphs_between_advertisement_labels_are_one_story():
    lines = [TITLE]
    for paragraph in STORY:
        lines += [paragraph, "Advertisement"]
    article = _parse(["Menu", "Search", "Sign in", *lines, "Share this article", "Most read", "About us"])
    _assert_story_whole(article)


def test_a_gallery_inside_the_story_goes_and_the_story_resumes_after_it():
    gallery = ["Harbour life in pictures"]
    for n, (caption, credit) in enumerate(
        [
            ("A crane lifts a container onto a ship at dawn.", "Getty Images"),
            ("Gulls gather over the fish market as the boats come in.", "Splash News/Corbis"),
            ("The pilot boat leaves the harbour in heavy rain.", "REUTERS"),
            ("Dock workers change shifts at the northern terminal.", "Getty Images"),
        ],
        start=1,
    ):
        gallery += [f"{n}/4 Harbour scene", caption, credit]
    article = _parse([TITLE, *STORY[:2], *gallery, *STORY[2:]])
    _assert_story_whole(article)
    for chrome in ("1/4", "4/4", "A crane lifts", "Gulls gather", "Dock workers change", "Corbis", "REUTERS"):
        assert chrome not in _kept(article)
    reasons = {d.text: d.reason for d in article.dropped}
    assert reasons["2/4 Harbour scene"] == "series counter"
    assert reasons["The pilot boat leaves the harbour in heavy rain."] == "gallery caption"


def test_a_charts_labels_go_and_the_paragraphs_around_it_stay():
    chart = ["Cargo handled at the port", "$915", "million", "600", "300", "’19", "’20", "’21", "’22"]
    article = _parse([TITLE, *STORY[:2], *chart, *STORY[2:]])
    _assert_story_whole(article)
    kept = [b.text for b in article.blocks]
    for label in ("$915", "million", "600", "’21"):
        assert label not in kept


def test_a_comment_thread_after_the_story_goes():
    thread = [
        "harbourwatcher says:",
        "About time. The old channel has been silting up for years and everyone knows it.",
        "Reply",
        "Marta K said:",
        "The fishing crews deserve a fair deal here, the dredging will wreck their season.",
        "Reply",
        "12 Likes",
    ]
    article = _parse([TITLE, *STORY, *thread])
    _assert_story_whole(article)
    for chrome in ("says:", "About time", "fair deal", "12 Likes"):
        assert chrome not in _kept(article)


def test_a_list_article_keeps_every_numbered_section():
    lines = [
        "Five Ways to Cut Your Heating Bill This Winter",
        "Energy prices are rising again, but a few changes at home can make a real difference to what "
        "you pay over the coming months, according to the consumer advice service.",
    ]
    sections = [
        ("1. Turn the thermostat down one degree", "A single degree can cut a typical bill by a tenth."),
        ("2. Bleed your radiators", "Trapped air stops radiators from heating the room evenly."),
        ("3. Close the curtains at dusk", "Heavy curtains keep the warmth in once the sun has set."),
        ("4. Draught-proof the doors", "Brush strips along the bottom of a door are cheap to fit."),
        ("5. Heat the rooms you use", "Radiator valves let you keep spare rooms cooler than the rest."),
    ]
    for heading, paragraph in sections:
        lines += [heading, paragraph]
    article = _parse(["Home", "Money", "Energy", *lines, "Share this article", "More from Money"])
    kept = [b.text for b in article.blocks]
    for heading, paragraph in sections:
        assert heading in kept and paragraph in kept


def test_a_paragraph_ending_in_a_bracketed_reference_is_not_a_caption():
    text = (
        "The colonists built a second observatory on the moon. It took a century to finish, and the "
        "engineers who began it never saw it work. Its first signal arrived the year the war ended. "
        "[Vol. 2 / Ch. 7]"
    )
    assert chrome_reason(text) is None
    assert chrome_reason("Crowds fill the square after the result. (Ana Silva/Reuters)") is not None


def test_credits_on_a_line_of_their_own_are_chrome():
    for credit in ("Getty Images", "REUTERS", "AFP via Getty Images", "Splash News/Corbis", "Buy Photo"):
        assert chrome_reason(credit) == "photo caption/credit", credit
    for heading in ("MIDEAST GULF / RED SEA", "Victoria Station"):
        assert chrome_reason(heading) is None, heading


def test_a_wire_reports_schedule_and_tables_are_kept_whole():
    text = (
        "BASEBALL - WEEKEND SCHEDULE\n"
        "NEW YORK 2026-08-29\n"
        "Major League Baseball games scheduled for Saturday:\n"
        "KANSAS CITY AT DETROIT\n"
        "CHICAGO AT TORONTO\n"
        "BOSTON AT OAKLAND\n"
        "Projected attendance by season (in thousands):\n"
        "2024 45,000\n"
        "2025 50,000\n"
        "2026 55,000\n"
        "1. Takumi Ono (Japan) Honda 38:18.759\n"
        "2. Kevin Marsh (U.S.) Yamaha 38:19.313\n"
        "1. Takumi Ono (Japan) Honda 38:18.759\n"
    )
    article = parse("wire.txt", text, "txt")
    assert article.dropped == []
    assert_offsets_exact(article)


def test_a_sites_copyright_line_ends_the_story_and_the_teasers_after_it_go():
    teasers = [
        "More From the Coast",
        "Lighthouse Keepers Return to the Northern Cape",
        "The last three lighthouses on the cape will be staffed again from June, the coastguard said.",
        "Ferry Fares Rise for the Second Time This Year",
        "Passengers on the island routes will pay about a tenth more from next month.",
        "Council Votes to Close Two Beach Car Parks",
    ]
    article = _parse(
        [
            TITLE,
            *STORY,
            "Copyright 2026 Coastal Press Agency. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            *teasers,
        ]
    )
    _assert_story_whole(article)
    for chrome in ("Copyright 2026", "staffed again", "Ferry Fares", "about a tenth more"):
        assert chrome not in _kept(article)


def test_a_comments_header_ends_the_story_even_before_a_long_thread():
    comments = []
    for name, comment in [
        (
            "Pat",
            "Dredging the channel will ruin the bay for a generation and nobody in charge seems to care.",
        ),
        ("Sam R", "The port has needed this for years. Larger ships mean more jobs for the whole town."),
        ("harbour_mum", "Who pays for the compensation in the end? The ratepayers, as always, I expect."),
        ("Lee", "Eighteen months of noise and mud for a few more ships a month does not add up for me."),
        (
            "J. Park",
            "Our family has fished here for four generations and we were never asked about any of it.",
        ),
    ]:
        comments += [name, comment, comment.replace("the", "a") + " Again, " + comment.lower()]
    article = _parse([TITLE, *STORY, "Comments are now closed for this story", *comments])
    _assert_story_whole(article)
    for chrome in ("Comments are now closed", "ruin the bay", "four generations", "ratepayers"):
        assert chrome not in _kept(article)


def test_a_photo_credit_with_a_copyright_sign_and_a_table_column_do_not_end_the_story():
    table = ["Vessel", "Draught", "Comment", "Panamax", "12.0 m", "Fits today"]
    article = _parse([TITLE, STORY[0], "© Ana Lima", STORY[1], *table, STORY[2], STORY[3]])
    _assert_story_whole(article)
    assert "© Ana Lima" not in _kept(article)


def test_comment_buttons_printed_around_a_paragraph_do_not_end_the_story():
    article = _parse([TITLE, *STORY[:3], "Comments", STORY[3], "Comments", "Share this article"])
    _assert_story_whole(article)


def test_a_lede_cut_off_from_the_story_by_a_stats_box_is_kept():
    figures = ["Ships", "Cargo", "Berths", "Cranes", "Tugs", "Pilots", "Dredgers", "Ferries"]
    stats = ["The Port in Numbers", "Figure Value Rank"]
    stats += [f"{name} {n * 7 + 3} T{n}" for n, name in enumerate(figures * 2)]
    article = _parse(
        ["Home", "Ports", "Share", TITLE, "By Ana Lima", STORY[0], *stats, *STORY[1:], "Back to top"]
    )
    _assert_story_whole(article)
    assert "Home" not in _kept(article) and "Back to top" not in _kept(article)


def test_a_thread_of_numbered_dated_posts_after_the_story_goes():
    thread = []
    for n, (name, post) in enumerate(
        [
            ("Mara", "We sailed past the dredgers last summer and the noise was awful all day long."),
            ("port_fan", "Bigger ships will bring more work to the yard, which the town badly needs now."),
            ("Olu", "The fishing crews should get their compensation before the work starts, not after."),
        ],
        start=1,
    ):
        thread += [f"#{n} {name} on 2026/03/{n + 10:02d} 10:{n * 7:02d}", post, "Reply"]
    article = _parse([TITLE, *STORY, *thread])
    _assert_story_whole(article)
    for chrome in ("#1 Mara", "noise was awful", "yard", "compensation before"):
        assert chrome not in _kept(article)


def test_a_timeline_of_numbered_dated_entries_is_the_story():
    timeline = [
        "1. 2019/05/02: the harbour authority first proposes dredging the channel.",
        "2. 2021/11/15: a public inquiry opens in the town hall.",
        "3. 2025/09/30: the inquiry reports in favour of the plan.",
    ]
    article = _parse([TITLE, STORY[0], "How the plan took shape:", *timeline, *STORY[1:]])
    _assert_story_whole(article)
    assert all(line in _kept(article) for line in timeline)
