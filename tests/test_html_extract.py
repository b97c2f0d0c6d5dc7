"""HTML pages through trafilatura: the article, not the page around it, with its metadata.

The fixtures under ``fixtures/html/`` were written for these tests, one page shape each:
a story above a grid of teaser cards, a post followed by its comments, a page wrapped in
one ASP.NET-style ``<form>``, a Japanese article, and a page whose source breaks lines in
the middle of a paragraph and of a table row.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing.core import htmlpage, ingest, titles
from briefing.core.ingest import load_file

from .conftest import FIXTURES
from .test_ingest import assert_offsets_exact

HTML = FIXTURES / "html"


def texts(article, kinds=("title", "dek", "heading", "body")) -> str:
    return "\n".join(b.text for b in article.blocks if b.kind in kinds)


def test_a_story_above_a_grid_of_cards_keeps_only_the_story():
    article = load_file(HTML / "card_grid.html")
    assert article.title == "Harbour Bridge Repairs Finish Early"
    assert not article.title_derived
    kept = texts(article)
    assert "corroded steel cables" in kept and "welcomed the reopening" in kept
    for card in ("Library extends", "Fishing fleet", "ferry timetable", "School choir", "More from Local"):
        assert card not in kept
    for menu in ("Local News", "Business and Economy", "Opinion and Analysis", "Privacy Policy"):
        assert menu not in kept
    assert [b.text for b in article.blocks if b.kind == "heading"] == ["Traffic returns to normal"]
    assert (article.outlet, article.author, article.date) == (
        "Coastline Courier",
        "Priya Natarajan",
        "2024-05-14",
    )
    assert article.url == "https://courier.example/news/harbour-bridge-repairs"
    assert article.description == "Engineers reopened the harbour bridge three weeks ahead of schedule."
    assert_offsets_exact(article)


def test_comments_and_the_comment_form_are_not_the_article():
    article = load_file(HTML / "comments.html")
    kept = texts(article)
    assert article.title == "Orchard Growers Count the Cost of a Late Frost"
    assert "smallest harvest since 1991" in kept and "autumn picking season" in kept
    for comment in ("My grandfather", "radiation frost", "Leave a Reply", "thoughts on", "Post Comment"):
        assert comment not in kept
    assert_offsets_exact(article)


def test_a_page_wide_form_does_not_hide_the_page():
    article = load_file(HTML / "page_form.html")
    kept = texts(article)
    assert article.title == "Council Approves Budget for New Tram Line"
    assert "voted 31 to 12" in kept and "twice as many passengers" in kept
    assert "What's On" not in kept
    assert_offsets_exact(article)


def test_japanese_without_spaces_keeps_its_text_and_splits_sentences_at_the_full_stop():
    article = load_file(HTML / "japanese.html")
    assert article.title == "新しい路面電車の建設が決定"  # the site's name cut from <title>
    body = [s.text for s in article.sentences if s.kind == "body"]
    assert len(body) == 6
    assert body[0] == "市議会は水曜日の夜、駅と大学と病院を結ぶ新しい路面電車の建設予算を賛成多数で可決した。"
    assert body[3].endswith("説明した！") and body[5].endswith("という？")
    assert "ホーム" not in texts(article) and "Copyright" not in texts(article)
    assert_offsets_exact(article)


def test_line_breaks_in_the_source_do_not_split_a_paragraph_or_a_table_row():
    article = load_file(HTML / "source_breaks.html")
    body = [b.text for b in article.blocks if b.kind == "body"]
    assert body[0] == (
        "Harbour City stayed top of the table after a goalless draw on Saturday, while Millbrook "
        "climbed to second with a late winner against the bottom club."
    )
    assert "Harbour City | 12 | 8 | 3 | 1 | 27" in body  # one row, one block
    assert "Eastfield Rovers | 12 | 6 | 4 | 2 | 22" in body
    kept = texts(article)
    # a caption outside <figcaption>, related links, a sign-up box and an author bio stay out
    for chrome in ("makes a save", "Latest News", "Coach signs", "newsletter", "Tom Ashby"):
        assert chrome not in kept
    assert article.title == "League Table After Round Twelve"
    assert article.author == ""  # trafilatura's guess from the bio sentence is not a name
    assert_offsets_exact(article)


def test_every_fixture_page_keeps_the_offset_invariant_and_a_title_block():
    for path in sorted(HTML.glob("*.html")):
        article = load_file(path)
        assert article.blocks[0].kind == "title", path.name
        assert article.content[: len(article.title)] == article.title
        assert_offsets_exact(article)


@pytest.mark.parametrize(
    "title,site,expected",
    [
        ("Port strike halts grain exports | Example News", "Example News", "Port strike halts grain exports"),
        ("Example News: Port strike halts grain exports", "Example News", "Port strike halts grain exports"),
        ("Port strike halts grain exports - news.example.com", "", "Port strike halts grain exports"),
        (
            "Russia and Syria: Forces Block Refugee Return",
            "Polygraph",
            "Russia and Syria: Forces Block Refugee Return",
        ),
        ("Take Care - the Comwrap Story at the Fair", "Comwrap", "Take Care - the Comwrap Story at the Fair"),
    ],
)
def test_the_site_name_is_cut_from_a_title(title, site, expected):
    meta = {"canonical": "https://news.example.com/a"} if "example.com" in title else {}
    assert titles.html_title(title, meta, site)[0] == expected


def test_the_headline_the_page_shows_wins_over_a_longer_seo_title():
    page = (
        "<html><head><title>Budget vote: council backs tram line, buses lose out | City Paper</title>"
        '<meta property="og:title" content="Budget vote: council backs tram line, buses lose out">'
        '<meta property="og:site_name" content="City Paper"></head><body><article>'
        "<h1>Council Backs Tram Line</h1><p>The council voted on Wednesday to fund a tram line across the "
        "city, ending a debate that had lasted for more than a decade and divided the ruling party.</p>"
        "<p>Work starts next year, and the first trams are due to run by 2028, the council said.</p>"
        "</article></body></html>"
    )
    meta = titles.html_meta(page)
    title, source = titles.html_title(
        "Budget vote: council backs tram line, buses lose out", meta, "City Paper"
    )
    assert (title, source) == ("Budget vote: council backs tram line, buses lose out", "metadata")
    meta["h1"] = "Budget vote: council backs tram line, buses lose out\tOther"
    assert titles.html_title("", meta, "City Paper")[1] == "h1"


def test_a_layout_table_gives_each_paragraph_of_its_cells_as_a_block(tmp_path):
    paras = [
        "The river authority said on Monday that the northern flood barrier would be raised for the "
        "first time this winter, after a week of heavy rain across the upland valleys.",
        "Engineers had tested the gates twice since the autumn and found them sound, the authority "
        "said in a statement issued to residents of the low-lying streets near the quay.",
        "Shopkeepers on the waterfront were told to move stock to upper floors by the evening tide, "
        "and the ferry service was suspended until further notice.",
    ]
    cells = "".join(f"<p>{t}</p>" for t in paras)
    path = tmp_path / "layout.html"
    path.write_text(  # an old site's page: the whole layout is one table
        "<html><head><title>Flood barrier raised</title></head><body><table><tr>"
        "<td><a href='/print'>Print this page</a></td></tr><tr>"
        f"<td><h1>Flood barrier raised</h1>{cells}</td><td><p>Advertisement</p></td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    article = load_file(path)
    body = [b.text for b in article.blocks if b.kind == "body"]
    assert body == paras  # one block each, nothing glued to its neighbour
    assert article.title == "Flood barrier raised"
    assert_offsets_exact(article)


def test_a_page_without_any_headline_gets_a_derived_title_marked_as_such(tmp_path):
    path = tmp_path / "bare.html"
    path.write_text(
        "<html><body><div><p>The harbour authority said on Monday that grain shipments through the "
        "eastern terminal would resume within a week, once inspectors had checked the damaged loading "
        "arms and the contractor had finished dredging the approach channel.</p><p>Exporters welcomed "
        "the news.</p></div></body></html>",
        encoding="utf-8",
    )
    article = load_file(path)
    assert article.title_derived
    assert not article.title.endswith("…")
    # the first sentence is long: its main clause, cut before ", once inspectors..."
    assert article.title == (
        "The harbour authority said on Monday that grain shipments through the eastern terminal "
        "would resume within a week"
    )
    assert article.blocks[0].kind == "body"


def test_text_saved_as_html_falls_back_to_the_standard_library_extractor(tmp_path):
    path = tmp_path / "note.html"
    path.write_text("Plain Text Headline\n\nA note saved with an .html name but no markup at all in it.\n")
    article = load_file(path)
    assert article.title == "Plain Text Headline"
    assert htmlpage.extract(path.read_text()).extractor == "htmltext"
    assert htmlpage.extract((HTML / "comments.html").read_text()).extractor == "trafilatura"


def test_an_html_page_in_a_declared_legacy_charset_decodes(tmp_path):
    path = tmp_path / "cp1250.html"
    body = "Zpráva o počasí: v Brně bude zítra slunečno a teplo, řekl meteorolog."
    page = (
        '<html><head><meta charset="windows-1250"><title>Počasí v Brně</title></head>'
        f"<body><article><h1>Počasí v Brně</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )
    path.write_bytes(page.encode("cp1250"))
    article = load_file(path)
    assert "Brně" in article.title and "slunečno" in texts(article)


def test_trafilatura_is_imported_only_when_an_html_page_is_read():
    code = (
        "import sys\n"
        "from briefing.core import ingest\n"
        "ingest.load_paths([sys.argv[1]])\n"
        "print('trafilatura' in sys.modules)\n"
        "ingest.load_paths([sys.argv[2]])\n"
        "print('trafilatura' in sys.modules)\n"
    )
    seeds = FIXTURES.parent.parent / "seeds"
    out = subprocess.run(
        [sys.executable, "-c", code, str(seeds), str(HTML / "card_grid.html")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["False", "True"]


def test_the_one_shot_search_never_imports_trafilatura(tmp_path):
    code = (
        "import sys\n"
        "from briefing import cli\n"
        "cli.main(['--corpus', sys.argv[1], 'search', 'canola'])\n"
        "print('trafilatura' in sys.modules, file=sys.stderr)\n"
    )
    seeds = FIXTURES.parent.parent / "seeds"
    out = subprocess.run([sys.executable, "-c", code, str(seeds)], capture_output=True, text=True)
    assert out.stderr.strip().splitlines()[-1] == "False"


def test_html_chrome_lines_trafilatura_keeps_are_dropped_with_a_reason():
    article = ingest.parse(
        "x.html",
        "<html><body><article><h1>Dock Strike Ends</h1><p>Dock workers returned on Monday after a "
        "week-long strike over pay, the union said, ending the longest stoppage in a decade.</p>"
        "<p>Advertisement</p><p>Talks on a new contract will resume in March, both sides said.</p>"
        "<p>Share this article</p></article></body></html>",
        "html",
    )
    assert [d.reason for d in article.dropped] == ["advertisement", "share/follow widget"]
    assert "Advertisement" not in texts(article)
    assert_offsets_exact(article)


def test_the_index_honours_a_declared_charset_as_show_does(tmp_path):
    # the index's workers read the bytes themselves: the same page, the same text
    from briefing.core.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = "Zpráva o počasí: v Brně bude zítra slunečno a teplo, řekl meteorolog."
    page = (
        '<html><head><meta charset="windows-1250"><title>Počasí v Brně</title></head>'
        f"<body><article><h1>Počasí v Brně</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )
    (corpus / "cp1250.html").write_bytes(page.encode("cp1250"))
    with Library.open(corpus) as lib:
        (summary,) = lib.summaries()
        article = lib.article(summary.id)
    assert summary.title == "Počasí v Brně" and "slunečno" in article.content
    assert not lib.warnings
