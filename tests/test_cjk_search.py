"""Words inside Chinese and Japanese text (no spaces between words) are found and highlighted.

The articles here were written for these tests. Latin text indexes exactly as before.
"""

from __future__ import annotations

import pytest

from briefing.core.cjk import pieces
from briefing.core.index.query import _cjk_phrases, with_prefix
from briefing.core.library import Library

JAPANESE = (
    "東京都の港湾計画\n\n"
    "東京都の知事は火曜日に新しい港湾計画を発表した。計画では三つの埠頭を拡張する。\n\n"
    "知事によると、工事は来年の春に始まり、約二年かかる見込みだという。\n\n"
    "地元の漁業者は計画に反対しており、補償を求める考えを示した。\n"
)
CHINESE = (
    "北京发布新的空气质量报告\n\n"
    "北京市环境部门周二发布了新的空气质量报告。报告显示，去年的平均浓度下降了百分之十。\n\n"
    "专家表示，这一变化主要来自交通和工业的减排措施。\n"
)
ENGLISH = (
    "Harbour Plan Approved\n\n"
    "The harbour authority approved a plan on Tuesday to dredge the main channel for larger ships.\n\n"
    "Fishing crews said the works would cost them the best weeks of the season.\n"
)


@pytest.fixture
def library(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ja.txt").write_text(JAPANESE, encoding="utf-8")
    (corpus / "zh.txt").write_text(CHINESE, encoding="utf-8")
    (corpus / "en.txt").write_text(ENGLISH, encoding="utf-8")
    lib = Library.open(corpus)
    yield lib
    lib.close()


def _found(library, query) -> dict[str, list[str]]:
    """{file name: highlighted strings} of the hits for ``query``."""
    out = {}
    for hit in library.search(query, limit=20).hits:
        out[hit.path.rsplit("/", 1)[-1]] = [
            s.sentence[a - s.start : b - s.start] for s in hit.snippets for a, b in s.highlights
        ]
    return out


@pytest.mark.parametrize(
    ("query", "where", "marked"),
    [
        ("知事", "ja.txt", "知事"),
        ("港湾計画", "ja.txt", "港湾計画"),
        ("漁業者", "ja.txt", "漁業者"),
        ("空气质量", "zh.txt", "空气质量"),
        ("减排", "zh.txt", "减排"),
        ("环境部门", "zh.txt", "环境部门"),
    ],
)
def test_a_word_inside_cjk_text_is_found_and_highlighted(library, query, where, marked):
    found = _found(library, query)
    assert list(found) == [where]
    assert marked in found[where]


def test_a_cjk_word_is_its_characters_in_order_not_anywhere_in_the_article(library):
    found = _found(library, "計画を発表")
    assert list(found) == ["ja.txt"] and "計画を発表" in found["ja.txt"]
    assert _found(library, "発表計画") == {}  # both pairs' characters are there, never in this order
    assert _found(library, "大阪") == {}


def test_one_character_and_mixed_queries(library):
    assert "ja.txt" in _found(library, "港")
    assert set(_found(library, "harbour OR 知事")) == {"ja.txt", "en.txt"}
    assert _found(library, 'title:"港湾"')  # a field and a quoted run


def test_latin_search_and_highlighting_are_unchanged(library):
    assert _found(library, "dredging") == {"en.txt": ["dredge"]}
    assert _found(library, '"main channel"') == {"en.txt": ["main", "channel"]}


def test_the_query_quotes_cjk_words_and_leaves_the_rest():
    assert _cjk_phrases("東京都 harbour") == '"東京都" harbour'
    assert _cjk_phrases('title:東京 "already quoted 京都"') == 'title:"東京" "already quoted 京都"'
    assert _cjk_phrases("東京* plain") == "東京* plain"
    assert _cjk_phrases("plain words") == "plain words"
    assert with_prefix("東京") is None and with_prefix("canol") == "(canol OR canol*)"


def test_pieces_are_pairs_in_the_query_and_pairs_and_characters_in_the_index():
    assert [p[0] for p in pieces("東京都", False)[0]] == ["東京", "京都"]
    assert [p[0] for p in pieces("東京都", True)[0]] == ["東", "東京", "京", "京都", "都"]
    assert pieces("2020年", False) == ([("2020", 0, 4, 0), ("年", 4, 5, 1)], 2)


def test_the_fast_indexing_path_makes_the_terms_whooshs_chain_makes():
    from whoosh import fields

    from briefing.core.index.schema import build_schema

    field = build_schema()["content"]
    for text in [JAPANESE, CHINESE, ENGLISH, "東京 京都 ははは 2020年の東京五輪 U.S.-China 서울에서"]:
        assert list(field.index(text)) == list(fields.TEXT.index(field, text))


async def test_the_reader_marks_a_cjk_word_found_inside_the_text(library):
    from briefing.tui.app import BriefingApp

    from .tui_helpers import wait_for

    app = BriefingApp(library.corpus, library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("slash", "知", "事")
        await wait_for(pilot, lambda: screen._last_result is not None and screen._last_result.query == "知事")
        assert [h.path.rsplit("/", 1)[-1] for h in screen._last_result.hits] == ["ja.txt"]
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: screen.article is not None and screen.article.path.endswith("ja.txt"))
        await wait_for(pilot, lambda: bool(screen.matches))
        content = screen.article.content
        assert [content[a:b] for a, b in screen.matches] == ["知事", "知事"]
