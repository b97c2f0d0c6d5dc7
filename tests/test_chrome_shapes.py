"""A copied page's tag clouds, cookie banners and sign-up consent in several languages, and a
one-story gallery that repeats its heading over every picture (no stream of other stories' cards).

Every line here was written for these tests (no benchmark page is copied). The story's
paragraphs must all stay; the site's lines must go, each with its reason.
"""

from __future__ import annotations

import pytest

from briefing.core.chrome.cards import card_ledes
from briefing.core.chrome.edges import edge_reason
from briefing.core.chrome.prompts import is_tag_cloud, prompt_reason

from .chrome_helpers import kept_blocks, parse_lines

CLOUD = (
    "Architektur Berlin Brücken Denkmalpflege Design Film Fotografie Garten Geschichte Hamburg "
    "Kunst und Politik Kunst und Theater Literatur Musik Natur Philosophie Reisen Stadtplanung Wien"
)


def test_a_tag_cloud_is_the_sites():
    assert is_tag_cloud(CLOUD)
    assert prompt_reason(CLOUD) == "tags"


@pytest.mark.parametrize(
    "line",
    [
        # German prose has its lower-case words, even without a final stop
        "Die Brücke über den Kanal wurde im Frühjahr gesperrt und soll nach den Plänen der Stadt "
        "bis zum Herbst erneuert werden, sagte die Sprecherin",
        # a list with commas is a sentence's list
        "Berlin, Hamburg, Munich, Cologne, Frankfurt, Stuttgart, Dresden, Leipzig, Hanover, Bremen, "
        "Essen, Dortmund, Nuremberg, Duisburg, Bochum, Wuppertal, Bielefeld, Bonn, Münster, Mannheim",
        # a short title-case headline
        "Harbour Ferry Returns After Winter Repairs",
        # a shouted line is no tag list
        "THE HARBOUR FERRY RETURNS AFTER THE WINTER REPAIRS AND THE ISLAND CELEBRATES WITH MUSIC "
        "FIREWORKS AND A PARADE THROUGH THE OLD TOWN",
    ],
)
def test_prose_and_headlines_are_no_tag_cloud(line):
    assert not is_tag_cloud(line)


@pytest.mark.parametrize(
    "line",
    [
        "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree.",
        "Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, "
        "stimmst du der Verwendung von Cookies zu.",
        "Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.",
        "Este sitio web utiliza cookies. Si continúa navegando, acepta su uso.",
    ],
)
def test_cookie_banners_in_several_languages(line):
    assert prompt_reason(line) == "cookie notice"


def test_a_sentence_about_cookies_is_no_banner():
    assert prompt_reason("Diese Website verwendet Cookies, schrieb der Verein in seinem Bericht.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Ich willige darin ein, dass der Verein mir regelmäßig Informationen per E-Mail zusendet.",
        "Ich bin mit der Verarbeitung meiner Daten nach der Datenschutzerklärung einverstanden.",
        "Sie haben eine E-Mail zum Double-Opt-In erhalten.",
        "I consent to the processing of my personal data for this newsletter.",
    ],
)
def test_sign_up_consent_is_the_sites(line):
    assert edge_reason(line) == "site promo"


def _score(text: str) -> float:
    """A sentence weighs its words, anything else counts against (as region.score does)."""
    return float(len(text.split())) if text.endswith(".") else -2.0


def test_a_gallery_repeating_its_heading_is_no_card_stream():
    heading = "Building A Garden Bench"
    texts = ["Menu", heading]
    steps = [
        "Saw the boards to length and sand the cut ends smooth before you go on.",
        "Drill the holes for the legs and check that each one stands square.",
        "Glue the legs in place and clamp them overnight while the glue sets.",
        "Oil the seat twice and leave it to dry in a warm room for a day.",
    ]
    for step in steps:
        texts += [heading, step, "Photo: J. Hill"]
    scores = [_score(t) for t in texts]
    reasons = {i: "photo caption/credit" for i, t in enumerate(texts) if t.startswith("Photo:")}
    assert card_ledes(texts, scores, reasons) == set()
    # other stories' cards, each with its own headline, are a stream
    cards = ["Menu"]
    for k, step in enumerate(steps):
        cards += [f"Another Story Headline Number {k} Here", step, "Photo: J. Hill"]
    scores = [_score(t) for t in cards]
    reasons = {i: "photo caption/credit" for i, t in enumerate(cards) if t.startswith("Photo:")}
    assert card_ledes(cards, scores, reasons) == {2, 5, 8, 11}


def test_a_one_paragraph_post_beats_its_sidebar_of_tags_and_banners():
    story = (
        "The new footbridge over the canal opened on Sunday after two years of work, and by the "
        "afternoon hundreds of people had crossed it on foot and by bicycle, many of them stopping "
        "halfway to look at the old warehouses that the city wants to turn into flats and a market "
        "hall, a plan the neighbourhood council has opposed since it was first announced."
    )
    lines = [
        "Skip to content",
        "Home",
        "About",
        "The New Footbridge",
        "3 March 2026",
        story,
        "Share this:",
        "Facebook",
        "Twitter",
        "Leave a comment",
        "Filed under Uncategorized",
        CLOUD,
        "Create a free website or blog at WordPress.com.",
        "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree.",
    ]
    article = parse_lines(lines, "post.txt")
    kept = kept_blocks(article)
    assert story in kept
    assert CLOUD not in kept


def test_a_results_line_with_countries_is_no_tag_cloud():
    line = (
        "Harbour Cup Northfield (Norland) v Eastport (Westria) Riverside (Norland) v Old Town "
        "(Southia) Lakeside (Westria) v Hill Park (Norland) Bay City (Southia) v Seaview United"
    )
    assert not is_tag_cloud(line)
