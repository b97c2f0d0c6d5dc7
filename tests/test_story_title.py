"""A page's stated title checked against its story (core.story_title, htmlpage)."""

from __future__ import annotations

from briefing.core import htmlpage, story_title
from briefing.core.titles import derive_title

LEDE = (
    "The regional water board said on Tuesday that the Kestrel reservoir would be drained "
    "for repairs to its dam, the first such work since the reservoir was built in 1962. "
    "Engineers expect the repairs to the dam to take eighteen months."
)
STORY = story_title.keys(LEDE)


def page(title: str, heading: str = "", h2: str = "") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        + (f"<h2>{h2}</h2>" if h2 else "")
        + "<div class='story'>"
        + (f"<h1>{heading}</h1>" if heading else "")
        + f"<p>{LEDE}</p><p>{LEDE}</p></div><div class='footer'><p>Contact us</p></div></body></html>"
    )


def test_site_parts_around_the_headline_are_cut():
    assert story_title.trimmed("kestrelnews.com -- Reservoir to be drained for dam repairs", STORY) == (
        "Reservoir to be drained for dam repairs"
    )
    assert story_title.trimmed("Reservoir to be drained for dam repairs - The Valley Courier", STORY) == (
        "Reservoir to be drained for dam repairs"
    )
    # a second half of the headline is no site name: kept
    assert story_title.trimmed("Reservoir to be drained – and not for the first time", STORY) == (
        "Reservoir to be drained – and not for the first time"
    )


def test_a_site_name_title_gives_way_to_the_headline_the_page_shows():
    chosen, from_page = story_title.choose(
        "The Valley Courier", ["Most Read", "Kestrel reservoir to be drained for dam repairs"], LEDE
    )
    assert (chosen, from_page) == ("Kestrel reservoir to be drained for dam repairs", True)
    # a real headline that shares the story's words is never replaced
    assert story_title.choose("Dam repairs will drain reservoir", ["Kestrel reservoir drained"], LEDE) == (
        "Dam repairs will drain reservoir",
        False,
    )
    # nothing better on the page: no title, so the lede gives one
    assert story_title.choose("Bookmark with:", ["Share this", "Most Read"], LEDE) == ("", False)


def test_html_pages_titled_by_their_site():
    doc = htmlpage.extract(page("The Valley Courier", h2="Kestrel reservoir to be drained for dam repairs"))
    assert doc.title == "Kestrel reservoir to be drained for dam repairs"
    doc = htmlpage.extract(page("Kestrel reservoir to be drained | valleycourier.com"))
    assert doc.title == "Kestrel reservoir to be drained"


def test_a_derived_title_skips_the_dateline():
    assert derive_title("WASHINGTON (AP) Congress is asking the department to look again.") == (
        "Congress is asking the department to look again"
    )
    assert derive_title("LONDON, Jan 5 (Reuters) - Shares fell on Monday after the warning.") == (
        "Shares fell on Monday after the warning"
    )
    # an acronym starting a sentence is no dateline
    assert (
        derive_title("US President Joe Biden met the Chinese leader.")
        == "US President Joe Biden met the Chinese leader"
    )


LEDE_ZH = (
    "地区水务局周二表示，山谷水库将排水以维修大坝，这是水库自一九六二年建成以来的首次此类工程。"
    "工程师预计大坝的维修需要十八个月。水务局说，维修期间居民用水不受影响。"
)


def test_chinese_titles_are_compared_by_pairs_of_characters():
    story = story_title.keys(LEDE_ZH)
    assert {"水库", "大坝", "维修"} <= story
    # a headline sharing the story's words is kept, though no space separates them
    assert story_title.choose("山谷水库排水维修大坝", [], LEDE_ZH) == ("山谷水库排水维修大坝", False)
    # the site's name after an underscore or a bar is cut
    assert story_title.trimmed("山谷水库排水维修大坝_山谷日报", story) == "山谷水库排水维修大坝"
    assert story_title.trimmed("山谷日报｜山谷水库排水维修大坝", story) == "山谷水库排水维修大坝"
    assert story_title.words("山谷水库排水维修大坝") == 5


def test_a_japanese_page_title_without_its_site_and_its_readings():
    lede = (
        "<p>谷の水道局は火曜日、貯水池の水を抜いてダムを修理すると発表しました。"
        "ダムの修理には十八か月かかる見込みです。修理の間も水道は使えるということです。</p>"
    )
    source = (
        "<html><head><title>谷ニュース|貯水池の水を抜いてダムを修理</title>"
        '<meta property="og:site_name" content="谷ニュース"></head><body><div class="story">'
        "<h1><ruby>貯水池<rt>ちょすいち</rt></ruby>の水を抜いてダムを<ruby>修理<rt>しゅうり</rt></ruby></h1>"
        + lede * 2
        + "</div></body></html>"
    )
    doc = htmlpage.extract(source)
    assert doc.title == "貯水池の水を抜いてダムを修理"
