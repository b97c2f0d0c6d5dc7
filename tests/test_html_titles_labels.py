"""A share toolbar's label, a menu's or a publishing time is never a page's title.

Pages of 2007 (no <title>, the headline a plain line under "Last Updated: <date>") gave
"Bookmark with:", "Last Updated: Tuesday, 4 December 2007, 17:04 GMT" or "bbc.co.uk
Navigation" as their story's title. Fixtures written for the test.
"""

from __future__ import annotations

import pytest

from briefing.core import htmlpage, structure, titles
from briefing.core.ingest import load_file
from briefing.core.model import Block

LEDE = (
    "Harbour pilots in the northern port ended their strike on Thursday after the port "
    "authority agreed to review the new night shift rota."
)
MORE = (
    "The pilots had refused to guide ships in after dark for nine days. "
    "Exporters said grain cargoes worth millions had been held up at anchor."
)


@pytest.mark.parametrize(
    "label",
    [
        "Bookmark with:",
        "Share with:",
        "Share this",
        "E-mail this to a friend",
        "Last Updated: Tuesday, 4 December 2007, 17:04 GMT",
        "bbc.co.uk Navigation",
        "----------------- ----------------- RELATED SITES",
    ],
)
def test_labels_are_no_titles(label):
    assert titles.html_title("", {"h1": ""}, "", [label]) == ("", "")
    assert titles.html_title(label, {"h1": ""}, "", []) == ("", "")
    assert titles.is_chrome_label(label)


def test_the_headline_under_a_publishing_time_is_the_story_s_title():
    # the time line has eight words: it was taken for the lede, and then for the derived title
    parts = [
        ("body", "Last Updated: Tuesday, 4 December 2007, 17:04 GMT"),
        ("body", "Pilots end strike at northern port"),
        ("body", LEDE[:-1] + " and the"),  # the page ran the paragraphs together, no full stop
        ("body", MORE),
    ]
    assert htmlpage._title_of_the_story("", "", {"h1": ""}, parts, "<html></html>") == (
        "Pilots end strike at northern port",
        "h1",
    )
    blocks, at = [], 0
    for _, t in parts[:3]:  # no paragraph ends a sentence: the first long one is the lede
        blocks.append(Block("body", at, at + len(t), t))
        at += len(t) + 2
    assert structure._derived(blocks) == titles.derive_title(parts[2][1])


@pytest.mark.parametrize(
    "headline",
    ["Pilots end strike at northern port", "Share prices fall as the port strike drags on", LEDE],
)
def test_headlines_are_no_labels(headline):
    assert not titles.is_chrome_label(headline)


def test_a_page_with_a_share_toolbar_and_no_title_takes_its_headline(tmp_path):
    page = tmp_path / "old.html"
    page.write_text(
        "<html><head></head><body>"
        "<div><a href='/'>Home</a> <a href='/news'>News</a></div>"
        "<div>Last Updated: Tuesday, 4 December 2007, 17:04 GMT</div>"
        "<div><b>Pilots end strike at northern port</b></div>"
        f"<p>{LEDE}</p><p>{MORE}</p>"
        "<div><h3>Bookmark with:</h3><a href='#'>Delicious</a> <a href='#'>Digg</a></div>"
        "</body></html>",
        encoding="utf-8",
    )
    article = load_file(page)
    assert article.title not in ("Bookmark with:", "Last Updated: Tuesday, 4 December 2007, 17:04 GMT")
    assert article.title in ("Pilots end strike at northern port", LEDE.split(" after ")[0])


def test_a_headline_opening_with_share_the_noun_is_kept_and_a_share_label_dropped(tmp_path):
    # "Share prices fall ..." was dropped as a share widget, and the lede gave the title
    path = tmp_path / "paste.txt"
    path.write_text(f"Share prices fall as the port strike drags on\n\n{LEDE}\n\n{MORE}\n\nShare this\n")
    article = load_file(path)
    assert article.title == "Share prices fall as the port strike drags on"
    assert not article.title_derived
    assert [d.text for d in article.dropped] == ["Share this"]
