"""Where a copied story starts and ends when widgets sit inside it: its opening above a gallery,
a round-up's first rows above a heading, a list it ends with; and the site's lines around it
(bylines of agencies, author boxes, toolbars, pagers) that still go.

Every page here was written for these tests (no benchmark page is copied).
"""

from __future__ import annotations

import pytest

from briefing.core.chrome import chrome_reason, continuity, region, site_lines
from briefing.core.chrome.shape import ends_sentence
from briefing.core.ingest import parse

from .chrome_helpers import kept_blocks as _kept
from .chrome_helpers import parse_lines as _parse

OPENING = [
    "Maria Lenz, the soprano who sang at the Vienna State Opera for three decades, has died aged 91.",
    "Lenz died on Saturday morning after a long illness at a care home in Baden, her family said.",
    "She trained at the conservatory in Graz and joined the Vienna company in 1954, when she was twenty-six.",
]
REST = [
    "Her breakthrough came when she stepped in at a few hours' notice for an ailing colleague in a new "
    "production of Tosca, and the critics wrote that a star had been born on the Ring that evening.",
    "Over the following thirty seasons Maria Lenz sang more than forty roles in Vienna, from Mozart's "
    "Countess to Strauss's Marschallin, and she toured with the company to Tokyo, New York and Moscow.",
    "She retired from the stage in 1985 but went on teaching at the conservatory until she was eighty, "
    "and many of the singers she trained now perform in the great houses of Europe.",
    "Friends said that she remained curious about everything to the end, reading three newspapers a day "
    "and going to the theatre every week while her health allowed.",
    "The opera's director said the house had lost one of the voices that had defined it after the war, "
    "and that a performance next month would be dedicated to her memory.",
]
TITLE = "Opera Singer Maria Lenz Dies Aged 91"


def _gallery() -> list[str]:
    return [
        "Gallery with 4 pictures",
        "Photo Agency/Karl Weber",
        "Lenz at the opera ball in February.",
        "Photo Agency/Eva Brandt",
        "Lenz receiving the honorary title of professor in 1996.",
        "Photo Agency/Karl Weber",
        "Lenz as Tosca in 1971",
    ]


def _judged(lines: list[str]) -> tuple[list[str], dict[int, str], list[float]]:
    reasons = {i: r for i, r in enumerate(chrome_reason(t) for t in lines) if r}
    return lines, reasons, [region.score(t, i in reasons, False) for i, t in enumerate(lines)]


def test_a_storys_opening_above_a_gallery_set_in_it_is_found():
    lines = ["Culture", TITLE, OPENING[0], "Share on Facebook Share on Twitter", OPENING[1], "Early years"]
    lines += [OPENING[2], *_gallery(), *REST]
    texts, reasons, scores = _judged(lines)
    first = lines.index(REST[0])
    assert continuity.earlier_start(texts, reasons, scores, first, len(lines) - 1) == 2


def test_the_opening_walk_stops_at_the_headline_and_at_a_paragraph_of_another_story():
    teaser = "Council approves a new budget for the harbour district after a long night of debate."
    texts, reasons, scores = _judged([teaser, "Photo Agency/Karl Weber", *REST])
    assert continuity.earlier_start(texts, reasons, scores, 2, len(texts) - 1) == 2
    texts, reasons, scores = _judged([OPENING[0], "Maria Lenz Remembered by Her Vienna Company", *REST])
    assert continuity.earlier_start(texts, reasons, scores, 2, len(texts) - 1) == 2
    texts, reasons, scores = _judged([OPENING[0], "Sign up for our newsletter", *REST])
    assert reasons.get(1) and continuity.earlier_start(texts, reasons, scores, 2, len(texts) - 1) == 2


ROUNDUP_ROWS = [
    "Lakeside (2-0): Jo Park 20 points. Ana Cruz 11 points.",
    "Hillcrest (0-2): Mia Dole 12 points.",
    "Northfield d. Bayview 55-50",
    "Northfield (1-1): Kim Ross 18 points. Lee Hart 9 points.",
    "Bayview (0-1): Ida Moon 14 points.",
    "Westgate d. Easton 48-47",
    "Westgate (1-0): Eva Lind 16 points.",
    "Easton (0-1): Zoe Pratt 21 points.",
]
ROUNDUP_END = [
    "BOYS SOCCER",
    "Lakeside d. Northfield 2-0",
    "Lakeside (3-0): Kai Lund scored twice for Lakeside, who have not conceded a goal in three games "
    "this season.",
    "Northfield (1-2): Sam Orr 6 saves.",
]


def test_a_results_round_up_keeps_its_first_rows_above_a_later_heading():
    head = ["Menu", "Sports", "High School Roundup: Lakeside Stays Unbeaten", "By Pat Moore, Valley Gazette"]
    head += ["Published 9:40 PM EST Dec 3, 2019", "GIRLS BASKETBALL", "Lakeside d. Hillcrest 61-40"]
    article = _parse(
        [*head, *ROUNDUP_ROWS, *ROUNDUP_END, "Terms of Service", "© Copyright Valley Gazette 2019"]
    )
    kept = _kept(article)
    for row in ROUNDUP_ROWS + ROUNDUP_END[1:]:
        assert row in kept
    assert "Terms of Service" not in kept and "Menu" not in kept


def test_a_promo_sentence_above_the_headline_does_not_make_it_a_heading():
    promo = "The latest local news, weather and stories from your community."
    texts, reasons, scores = _judged(["News", promo, TITLE, "By Ana Lima", *OPENING, *REST])
    assert not continuity.story_above(texts, scores, reasons, (1, len(texts) - 1), 2)
    texts, reasons, scores = _judged(["News", *OPENING, "Early years", *REST])
    assert continuity.story_above(texts, scores, reasons, (1, len(texts) - 1), 4)


def test_names_are_capitalised_words_and_a_first_word_only_when_asked():
    line = "Lenz sang in Vienna with Mozart's company."
    assert continuity.names(line) == {"vienna", "mozart"}
    assert continuity.names(line, first=True) == {"lenz", "vienna", "mozart"}
    assert continuity.shares_names("Lenz died in Baden.", ["The soprano Maria Lenz sang."])
    assert not continuity.shares_names("Rain is due on Friday.", ["The soprano Maria Lenz sang."])
    assert not continuity.shares_names("ツアーは東京で始まった。", ["The soprano Maria Lenz sang in Tokyo."])


TOUR = [
    "The Harbour Lights will reunite with their former singer Nora Vale for a 2027 tour of twenty cities.",
    "The Harbour Lights announced the tour on Monday at the end of a concert in Glasgow, where Vale joined "
    "them on stage for the first time in twelve years.",
    "Vale left The Harbour Lights in 2014 to record on her own, and the band said the tour would mark "
    "forty years since its first album.",
    "Tickets go on sale on Friday, the promoter said.",
]
DATES = [
    "June 9 – Leeds @ First Direct Arena",
    "June 10 – Manchester @ AO Arena",
    "June 14 – Cardiff @ Utilita Arena (formerly Motorpoint Arena)",
    "June 17 – Glasgow @ OVO Hydro",
]


def test_a_list_the_story_ends_with_under_its_heading_is_kept():
    lines = ["Music", "Harbour Lights Reunite With Nora Vale", *TOUR, "The Harbour Lights Tour Dates", *DATES]
    article = _parse([*lines, "Trending", "Cathedral choir tops the charts", "Newsletter sign-up"])
    kept = _kept(article)
    for line in TOUR + DATES + ["The Harbour Lights Tour Dates"]:
        assert line in kept
    assert "Cathedral choir tops the charts" not in kept


def test_a_list_under_a_heading_of_the_site_goes():
    lines = ["Harbour Lights Reunite With Nora Vale", *TOUR, "Today on Radio Music"]
    teasers = [
        "08.01.2027: Portrait of a drummer",
        "08.01.2027: Choirs in the charts",
        "07.01.2027: A new stage",
    ]
    kept = _kept(_parse([*lines, *teasers, "Privacy policy | Terms"]))
    assert all(line in kept for line in TOUR)
    assert not any(line in kept for line in teasers)
    assert continuity.list_after([*TOUR, "Dates:", *DATES], {}, 0, 4) == 4 + len(DATES)


def test_a_paragraph_signed_by_its_agency_is_a_sentence():
    assert ends_sentence("Supporters have twice stopped police attempts to deport him. — PTI")
    assert ends_sentence("The talks resumed on Friday. (AP)")
    assert not ends_sentence("Rearrange the moss. (Lucy Akins)")  # a caption's credit
    assert not ends_sentence("U.S. - China")
    assert not ends_sentence("Trump visits China (AP)")
    last = "Supporters have twice stopped police attempts to deport him, the minister said. — PTI"
    lines = ["Harbour Lights Reunite With Nora Vale", *TOUR, last, "Printer friendly page", "E-Mail"]
    assert last in _kept(_parse(lines))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Staff and agencies", "byline"),
        ("The Associated Press", "byline"),
        ("Written by: AFP", "byline"),
        ("Valley Gazette staff", "byline"),
        ("More articles from Ana Lima", "author box"),
        ("View author archive", "author box"),
        ("Follow Ana on Twitter", "author box"),
        ("E-mail Article Print-Friendly", "toolbar"),
        ("SEND THIS STORY | PRINT", "toolbar"),
        ("Email-a-friend", "toolbar"),
        ("Click here to win tickets to the final!", "site chrome"),
        ("Get the RSS feed", "site chrome"),
        ("Page 2 of 5", "site pager"),
        ("Next story: Ferry fares to rise in the new year", "navigation"),
    ],
)
def test_the_sites_lines_about_its_story(line, reason):
    assert site_lines.site_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Reuters said the talks had failed.",
        "Reporting by Ana Lima and Valley Gazette staff",  # a story's credit line stays
        "Click here for the second half of the story.",  # a sentence that says it
        "What is RSS?",
        "The article",
        "Print",
    ],
)
def test_story_lines_that_share_those_words_stay(line):
    assert site_lines.site_reason(line) is None


def test_a_selected_story_loses_the_sites_lines_around_it():
    lines = ["Staff and agencies", "Harbour Lights Reunite With Nora Vale", "E-mail Article Print-Friendly"]
    lines += [*TOUR, "More articles from Ana Lima", "Page 1 of 2"]
    kept = _kept(_parse(lines))
    assert all(line in kept for line in TOUR)
    assert not any(
        line in kept for line in ("Staff and agencies", "E-mail Article Print-Friendly", "Page 1 of 2")
    )


def test_a_short_question_on_the_first_line_is_the_title_of_a_clean_text():
    text = "Can the harbour win its channel?\n" + "\n".join(OPENING + REST) + "\n"
    article = parse("q.txt", text, "txt")
    assert article.title == "Can the harbour win its channel?"
