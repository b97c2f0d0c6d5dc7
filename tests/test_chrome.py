"""The plain-text chrome classifier: families, shapes, position, repetition, neighbours.

Every line here was written for these tests (no benchmark page is copied): the families
the issue lists, in more than one wording each, and the article text that looks like
chrome but is not (datelines, results tables, ranked lists, short closing sentences).
"""

from __future__ import annotations

import pytest

from briefing.core.chrome import chrome_reason, classify, region
from briefing.core.ingest import load_file, parse
from briefing.core.lines import split_lines

from .chrome_helpers import kept_text as _kept
from .conftest import FIXTURES
from .test_ingest import assert_offsets_exact

WEB = FIXTURES / "web"


@pytest.mark.parametrize(
    "line,reason",
    [
        # video players: prompts, controls, durations
        ("Watch: Waves batter the harbour wall at dawn", "video/audio player"),
        ("WATCH | Minister arrives for the summit", "video/audio player"),
        ("Play Video", "video/audio player"),
        ("Now Playing", "video/audio player"),
        ("02:17", "video/audio player"),
        ("(1:04:33)", "video/audio player"),
        ("Duration 3:12", "video/audio player"),
        ("This is a modal window.", "video/audio player"),
        # captions that end in a credit in parentheses or brackets
        ("Rescuers search the rubble on Tuesday. (Ana Silva/Reuters)", "photo caption/credit"),
        ("The minister speaks to reporters in the capital. (AP Photo/Lee Jin-man)", "photo caption/credit"),
        ("Crowds gather outside parliament. [Photo: Xinhua]", "photo caption/credit"),
        ("A file image of the plant, taken in 2019 (Getty Images)", "photo caption/credit"),
        ("Smoke rises over the port. [File photo]", "photo caption/credit"),
        # toolbars
        ("Print Share", "share/follow widget"),
        ("Email  Font size  Bookmark", "toolbar"),
        ("Text size", "site chrome"),
        ("A A A", "toolbar"),
        ("Share | Email | Print", "share/follow widget"),
        ("Copy link", "share/follow widget"),
        # live labels
        ("LIVE", "live label"),
        ("● Live", "live label"),
        ("Breaking News", "live label"),
        ("Live updates", "live label"),
        # breadcrumbs of sections and dates
        ("World | Asia-Pacific | 14 March 2026", "breadcrumb"),
        ("News > Politics > Elections", "breadcrumb"),
        ("Business › Markets", "breadcrumb"),
        ("Politics | 3 hours ago", "breadcrumb"),
        # series and gallery counters
        ("#3 of 8 articles from the special report: Storm Season", "series counter"),
        ("Part 2 of 5: The road to the border", "series counter"),
        ("Photo 4 of 12", "series counter"),
        ("1 of 12", "series counter"),
        ("This article is part of our series on the energy transition.", "series counter"),
        # gallery headings
        ("In pictures: The typhoon's path across the islands", "gallery heading"),
        ("PHOTOS | A day on the picket line", "gallery heading"),
        ("View gallery", "gallery heading"),
        ("24 photos", "gallery heading"),
        # related lists, promos, notices
        ("Related: How typhoon warnings are issued", "related links"),
        ("Read more: Five things to know about the vote", "related links"),
        ("More from Politics", "related links"),
        ("Sign up for our morning briefing, delivered to your inbox every weekday.", "newsletter promo"),
        ("We may earn a commission when you buy through links on our site.", "affiliate notice"),
        ("Links open in a new window", "site chrome notice"),
        ("Name (required)", "comment form"),
        ("3 comments", "comment form"),
        ("Comments are now closed for this story", "comment form"),
        ("Be the first to comment on this story.", "comment form"),
        ("Reader views (5)", "comment form"),
        ("HAVE YOUR SAY…", "comment form"),
        ("Talkbacks for this article: 18", "comment form"),
        # bookmarking buttons, a site's copyright line, a teaser's lede with its link
        ("Post to Newsvine", "share/follow widget"),
        ("Digg this", "share/follow widget"),
        ("Social Bookmark This Story", "share/follow widget"),
        ("What is this?", "share/follow widget"),
        ("Copyright 2026 Courtesy of The Harbour Wire Service.", "copyright notice"),
        ("Planning a trip to the islands? See our guide to the ferries. More", "teaser card"),
        ("Ten ways to keep your garden green through the summer. More Details", "teaser card"),
    ],
)
def test_chrome_families(line, reason):
    assert chrome_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Watch makers in the valley reported record exports last year.",
        "Live cattle prices fell for a third week, traders said.",
        "Share prices rose 3% after the results were published on Monday.",
        "The print run was cut to 20,000 copies, the publisher said.",
        "Two of the 4 suspects were arrested at the border on Friday.",
        "He said the photo (taken in 2019) had been shared widely.",
        "The agreement, signed in 1998 (and renewed in 2008), expires next year.",
        "More than 100 people were injured, the health ministry said.",
        "Breaking with tradition, the king spoke to reporters directly.",
        "The company plans to hire more. Learn more",
        "Copyright law was last changed in 1998, the minister said.",
        "Fishermen said they wanted nothing more.",
        # a paragraph that mentions an inbox is no sign-up box
        "So please. Do not send me more letters about this. I will not read them. Stay out of my inbox.",
        # headlines that start with a player's word, without the prompt's mark
        "Video calls help lonely farmers stay in touch",
        "Podcast makers court the car industry",
        "Play about a mining strike wins the drama prize",
    ],
)
def test_prose_that_shares_a_family_shape_is_not_chrome(line):
    assert chrome_reason(line) is None


def test_a_copied_page_with_a_video_player_loses_the_player_and_keeps_the_story():
    article = load_file(WEB / "video_copy.txt")
    assert article.title == "Ferry Operators Halt Crossings as Typhoon Nears Coast"
    assert [b.kind for b in article.blocks].count("title") == 1
    reasons = {d.text: d.reason for d in article.dropped}
    assert reasons["Ferry Operators Halt Crossings as Typhoon Nears Coast"] == "repeats the headline"
    assert reasons["Watch: Waves batter the harbour wall at dawn"] == "video/audio player"
    assert reasons["02:17"] and reasons["LIVE"] and reasons["Text size"] and reasons["Print Share"]
    assert reasons["Flood barriers go up along the river"] == "related links"  # under "Related:"
    body = [b.text for b in article.blocks if b.kind == "body"]
    assert len(body) == 4
    assert (
        body[-1] == "Fishing boats were tied up in the inner harbour well before noon, a port official said."
    )
    assert_offsets_exact(article)


def test_a_copied_gallery_page_loses_credits_counters_and_headings():
    article = load_file(WEB / "gallery_copy.txt")
    kept = _kept(article)
    for chrome in (
        "Home >",
        "By Laura Chen",
        "hours ago",
        "[Photo:",
        "Photo gallery",
        "1 of 12",
        "Share",
        "©",
    ):
        assert chrome not in kept, chrome
    assert len([b for b in article.blocks if b.kind == "body"]) == 3
    assert all(d.reason for d in article.dropped)
    assert_offsets_exact(article)


def test_datelines_results_and_league_rows_are_article_text():
    article = load_file(WEB / "results_copy.txt")
    assert article.dropped == []
    kept = [b.text for b in article.blocks]
    for line in ("OSLO 2026-03-14", "1. Erik Lunde (Bergen) 1:46.20", "Bergen SK 12 8 3 1 54"):
        assert line in kept
    assert article.title == "SWIMMING - NATIONAL CHAMPIONSHIP RESULTS"


def test_results_and_datelines_stay_even_on_a_page_with_chrome():
    text = (
        "Home\nSport\nTennis\nScores\n"
        "TENNIS - QUARTER-FINAL RESULTS\n"
        "PARIS, March 14 (Reuters) -\n"
        "Results of the quarter-finals at the indoor tournament on Friday (prefix number denotes seeding):\n"
        "1 - Anna Weber (Germany) beat Laura Costa (Brazil) 6-3 6-4\n"
        "Mia Sato (Japan) beat 4 - Eva Novak (Czech Republic) 7-5 2-6 6-1\n"
        "Doubles\n"
        "Weber / Costa (Germany/Brazil) beat Sato / Lind (Japan/Sweden) 6-2 6-2\n"
        "Advertisement\n"
        "Share this article\n"
    )
    article = parse("r.txt", text, "txt")
    kept = [b.text for b in article.blocks]
    assert "PARIS, March 14 (Reuters) -" in kept
    assert "1 - Anna Weber (Germany) beat Laura Costa (Brazil) 6-3 6-4" in kept
    assert "Doubles" in kept
    assert "Weber / Costa (Germany/Brazil) beat Sato / Lind (Japan/Sweden) 6-2 6-2" in kept
    assert {d.text for d in article.dropped} >= {"Home", "Sport", "Advertisement", "Share this article"}


def test_a_japanese_copy_drops_its_menu_and_keeps_every_sentence():
    article = load_file(WEB / "cjk_copy.txt")
    assert article.title == "新しい路面電車の建設が決定" and not article.title_derived
    assert [d.text for d in article.dropped] == ["ホーム", "ニュース", "スポーツ"]
    sentences = [s.text for s in article.sentences if s.kind == "body"]
    assert len(sentences) == 5
    assert sentences[1] == "工事は来年の春に始まり、最初の電車は二〇二八年に走る予定だという。"


def test_a_short_last_paragraph_after_a_widget_is_kept():
    text = (
        "Menu\nSearch\nSign in\n"
        "Bridge Reopens After Repairs\n"
        "By Sam Lee\n"
        "The harbour bridge reopened on Tuesday after engineers replaced the corroded cables that had "
        "forced the city to close two lanes in January.\n"
        "Advertisement\n"
        "He said the work had cost less than expected.\n"
        "Most read\n"
        "Council tax to rise by 4%\n"
        "New ferry timetable announced\n"
    )
    article = parse("b.txt", text, "txt")
    body = [b.text for b in article.blocks if b.kind == "body"]
    assert body[-1] == "He said the work had cost less than expected."
    assert article.title == "Bridge Reopens After Repairs"
    assert "Council tax to rise by 4%" not in _kept(article)


def test_a_comments_section_ends_the_article():
    text = (
        "Bridge Reopens After Repairs\n"
        "The harbour bridge reopened on Tuesday after engineers replaced the corroded cables that had "
        "forced the city to close two of its four lanes in January, the transport director said.\n"
        "Traffic moved freely for the first time in months, and bus operators restored the express routes "
        "that had been suspended during the works, which lasted almost a year.\n"
        "12 comments\n"
        "Finally! I have been stuck in traffic on that bridge every single morning since January and it "
        "has added half an hour to my commute, so this is very welcome news indeed.\n"
        "Reply\n"
    )
    article = parse("c.txt", text, "txt")
    assert "Finally!" not in _kept(article)
    assert len([b for b in article.blocks if b.kind == "body"]) == 2


def test_a_clean_text_loses_nothing_for_its_position():
    # no widget, no menu: a wire story with its tables, signature and a closing label
    text = (
        "Oil Prices Steady Ahead of Producers' Meeting.\n"
        "LONDON 2026-03-14\n"
        "Oil prices held steady on Friday as traders waited for a meeting of producers next week.\n"
        "Brent crude 82.10 +0.15\n"
        "WTI crude 78.40 +0.05\n"
        "-- London Newsroom +44 20 7542 0000\n"
        "REUTER\n"
    )
    article = parse("o.txt", text, "txt")
    assert article.dropped == []


def test_every_dropped_line_keeps_a_reason_and_its_offsets():
    for path in sorted(WEB.glob("*.txt")):
        article = load_file(path)
        assert all(d.reason for d in article.dropped), path.name
        assert_offsets_exact(article)


def test_the_classifier_reports_title_and_dek():
    lines = split_lines(
        "World\nBusiness\nTrade Talks Resume in Geneva\n"
        "Negotiators return to the table after a three-month pause in the dispute over steel tariffs\n"
        "By Ann Roe\n"
        "Trade negotiators from both sides met in Geneva on Monday for the first time since talks broke "
        "down in December, officials said.\n"
    )
    found = classify(lines)
    assert lines[found.title].text == "Trade Talks Resume in Geneva"
    assert lines[found.dek].text.startswith("Negotiators return")
    assert found.dropped == {0: "before the article", 1: "before the article", 4: "byline"}


@pytest.mark.parametrize(
    "headline",
    [
        "Ferry fares to rise 20% in May",
        "Harbour output up 3.5% in 2025",
        "Bakery chain boss quits at 61",
        "Rates cut from 5.25% to 4.75% in March",
        "Fuel duty up 3p to 58p from Monday",
    ],
)
def test_a_headline_with_figures_above_the_lede_is_the_title(headline):
    lede = (
        "The harbour authority said on Tuesday that prices would go up for every passenger, "
        "including season-ticket holders, after two years without a rise.\n"
    )
    article = parse("news.txt", f"{headline}\n\n{lede}\nCommuters said the rise was steep.\n", "txt")
    assert article.title == headline and not article.title_derived


def test_a_date_line_above_the_lede_is_no_title():
    text = (
        "Town Hall Plans Second Market Day\n\nPosted on March 27, 2025 by Admin\n\n"
        "The council voted on Monday to open a second weekly market in the square from June, "
        "after traders asked for more room.\n"
    )
    assert parse("news.txt", text, "txt").title == "Town Hall Plans Second Market Day"


@pytest.mark.parametrize(
    "line,reason",
    [
        # a comment thread's buttons and prompts
        ("Report this comment", "comment form"),
        ("Add your comment", "comment form"),
        ("Post a comment", "comment form"),
        ("View all comments (14)", "comment form"),
        # share services and toolbar phrases
        ("Digg", "toolbar"),
        ("Newsvine", "toolbar"),
        ("Print Email Return to Top", "toolbar"),
        ("Printer friendly | Email to a friend", "toolbar"),
        # a calendar's week, a pager
        ("1 2 3 4 5", "pager/calendar"),
        ("20 21 22 23 24 25 26", "pager/calendar"),
    ],
)
def test_comment_buttons_share_services_and_pagers(line, reason):
    assert chrome_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # a news agency's note on who reported: part of the story, not of the site
        "Staff writer Ana Ruiz in Lima contributed to this report.",
        "Reporters in Oslo and Bergen contributed to this story from the two cities.",
        # a paragraph that opens with a label is still the story's sentence
        "Summary: The council approved the harbour plan by nine votes to two on Monday.",
        # numbers that do not count up by one: a results row, a score line
        "3 1 4 1 5",
        "10 20 30",
    ],
)
def test_notes_and_figures_that_look_like_chrome_are_article_text(line):
    assert chrome_reason(line) is None


def test_a_story_set_as_one_long_line_outweighs_a_footer_of_paragraphs():
    # a page that sets its story without paragraph breaks: one line of several hundred words
    # weighs as its paragraphs would, more than a footer of three shorter paragraphs; a line of
    # a hundred-odd words (a long footer notice) stays capped like any one paragraph
    story = " ".join(
        f"The harbour authority said on day {n} that the new sea wall had held against the storm surge "
        f"and that repairs to the ferry terminal would finish before the spring timetable began."
        for n in range(1, 16)
    )
    footer = [
        "Our newsroom publishes local stories every day and welcomes tips from readers across the "
        "county, by phone or by email, at any hour of the day or night, all year round.",
        "Please read our terms of service and privacy statement before using this site, which is "
        "published by a regional media group with offices in three towns along the coast.",
        "Advertising enquiries go to our sales team, who can help with print, online and event "
        "sponsorship packages for businesses of every size, from shops to large employers.",
    ]
    assert region.score(story, False, False) > sum(region.score(p, False, False) for p in footer)
    notice = " ".join(footer * 2)
    assert region.score(notice, False, False) == region.MAX_LINE_WEIGHT
    text = "\n\n".join(["Home", "News", "Harbour wall holds as storm passes", story, "Share", *footer]) + "\n"
    article = parse("story.txt", text, "txt")
    assert story in _kept(article)
    assert_offsets_exact(article)


def test_a_line_in_lower_case_is_no_headline_but_a_brand_is():
    text = (
        "Harbour Derby Preview\n\nKick-off 3pm\n\naway to the league leaders in the next round\n\n"
        "The two clubs meet for the first time this season, with both managers short of defenders "
        "after a week of injuries.\n"
    )
    assert parse("news.txt", text, "txt").title == "Harbour Derby Preview"
    brand = (
        "iPhone sales slow in Europe\n\n"
        "Sales of the phone fell for a third quarter in a row, the company said on Thursday.\n"
    )
    assert parse("news.txt", brand, "txt").title == "iPhone sales slow in Europe"


def test_a_teaser_cards_headline_printed_twice_on_one_line_is_chrome():
    card = "Five Ways to Cut Your Heating Bill Five Ways to Cut Your Heating Bill Five Ways to Cut"
    assert chrome_reason(card) == "teaser card"
    # a paragraph a page prints twice, a table header over two columns, a song title
    assert chrome_reason("The tide turned at noon. The tide turned at noon.") is None
    assert chrome_reason("Sales Op profit Sales Op profit") is None
    assert chrome_reason("New York New York was sung at the end of the match.") is None


def test_a_copy_with_every_family_of_the_issue_keeps_every_paragraph_and_nothing_else():
    """A made-up copy-paste in the seeds' shape with each chrome family around its story:
    breadcrumbs of sections and a date, a live label, the headline printed twice, a byline and
    time, toolbar words, a video player's prompt, title and duration, captions ending in a
    credit in parentheses and brackets, a series counter, a gallery heading and counter, a
    site's copyright line, a related-articles list and a comments notice."""
    path = WEB / "every_family_copy.txt"
    paragraphs = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.split()) >= 12 and line.endswith((".", '."'))  # the captions end in a credit
    ]
    article = load_file(path)
    assert article.title == "Offshore Wind Farm Wins Approval After Five-Year Review"
    assert not article.title_derived
    assert [b.text for b in article.blocks if b.kind == "body"] == paragraphs
    assert len(paragraphs) == 7
    assert [b.kind for b in article.blocks] == ["title"] + ["body"] * 7
    reasons = {d.text: d.reason for d in article.dropped}
    for line, reason in {
        "News > Business > Energy": "breadcrumb",
        "LIVE": "live label",
        "Offshore Wind Farm Wins Approval After Five-Year Review": "repeats the headline",
        "A A A": "toolbar",
        "Watch: How the turbines will be installed at sea": "video/audio player",
        "Turbine blades arrive at the northern port": "video/audio player",
        "#2 of 6 articles from the series: The Energy Shift": "series counter",
        "In pictures: Building the turbines": "gallery heading",
        "Solar farms face new rules on farmland": "related links",
        "Comments are now closed for this story": "comment form",
    }.items():
        assert reasons[line] == reason, line
    assert all(d.reason for d in article.dropped)
    assert_offsets_exact(article)


def test_a_match_previews_fixture_is_its_title_not_the_referee_line():
    text = (
        "Harbour Town v Northport\n\nMarina Park\n\nSaturday, 4 April\n\n1500 GMT\n\n"
        "Jane Okafor (North Coast)\n\n"
        "home to Northport in the cup semi-final, with the winners to meet the champions in May.\n\n"
        "Harbour Town have won their last four games at Marina Park and are unbeaten since January.\n"
    )
    assert parse("preview.txt", text, "txt").title == "Harbour Town v Northport"


def test_a_story_set_as_one_block_ending_in_its_agency_copyright_is_kept():
    story = (
        "KESTREL BAY, Jan. 10 Harbour engineer Mira Kovac said the new bridge would open in March, "
        "two months later than planned. Kovac told reporters that storms had damaged the eastern span. "
        "The council said the bridge had cost 48 million crowns, four million over budget. "
        "Copyright 2008 by Kestrel Wire"
    )
    assert chrome_reason(story) is None
    assert chrome_reason("Copyright 2008 by Kestrel Wire") is not None  # alone, it is the agency's line
