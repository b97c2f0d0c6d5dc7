"""The learned re-typer of sports reports (``briefing.core.entities.retype``), and product names
after a company's.

Fixtures are written for these tests (invented towns, clubs and products); none comes from an
evaluation set. The decision rule is checked with small hand-set weights, the shipped weights by
loading them.
"""

from __future__ import annotations

from briefing.core.entities import extract, fallback, retype
from briefing.core.entities.gazetteer import builtin
from briefing.core.ingest import parse

CONTENT = "Varnholm beat the visitors. Later Varnholm are fourth, and Varnholm fans sang in Varnholm."


def spans(kind: str = "GPE") -> list[tuple[int, int, str, str]]:
    out, pos = [], 0
    while (k := CONTENT.find("Varnholm", pos)) >= 0:
        out.append((k, k + 8, kind, "Varnholm"))
        pos = k + 8
    return out


def weights(row: str) -> dict[str, str | tuple[float, ...]]:
    """One feature every GPE mention has, with the given weights per class (PER ORG LOC MISC O)."""
    return {"k=GPE": row}


def test_a_name_whose_summed_scores_say_club_is_retyped_in_every_mention(monkeypatch):
    monkeypatch.setattr(retype, "load_weights", lambda name: weights("0 3 1 0 0"))  # 4 mentions: +8
    got = retype.apply(spans(), CONTENT, builtin(), set(), True)
    assert [k for _, _, k, _ in got] == ["ORG"] * 4


def test_below_the_margin_the_rules_type_stays(monkeypatch):
    monkeypatch.setattr(retype, "load_weights", lambda name: weights("0 1.5 1 0 0"))  # +2 in all
    got = retype.apply(spans(), CONTENT, builtin(), set(), True)
    assert [k for _, _, k, _ in got] == ["GPE"] * 4


def test_a_dateline_place_and_articles_that_are_no_sports_report_are_left_alone(monkeypatch):
    monkeypatch.setattr(retype, "load_weights", lambda name: weights("0 9 0 0 0"))
    found = spans()
    fixed = {found[0][:2]}
    got = retype.apply(found, CONTENT, builtin(), fixed, True)
    assert got[0][2] == "GPE" and [k for _, _, k, _ in got[1:]] == ["ORG"] * 3
    assert retype.apply(found, CONTENT, builtin(), set(), False) == found


def test_an_unlisted_name_moves_but_a_name_the_hand_lists_give_that_type_stays(monkeypatch):
    monkeypatch.setattr(retype, "load_weights", lambda name: {"k=ORG": "0 -9 9 0 0"})
    content = "Officials of Brantex Mining met. Brantex Mining said so."
    found = [(13, 27, "ORG", "Brantex Mining"), (34, 48, "ORG", "Brantex Mining")]
    assert [k for _, _, k, _ in retype.apply(found, content, builtin(), set(), True)] == ["GPE", "GPE"]
    gaz = builtin()
    assert "Microsoft" in gaz.hand
    listed = [(0, 9, "ORG", "Microsoft")]
    assert retype.apply(listed, "Microsoft beat the odds.", gaz, set(), True) == listed


def test_the_shipped_weights_load():
    model = retype.load_weights(retype.WEIGHTS)
    assert len(model) > 1000
    assert len(fallback.scores(["k=GPE", "sports|n1=beat"], model)) == len(fallback.CLASSES)


def typed(text: str) -> list[tuple[str, str]]:
    article = parse("t.txt", "A headline\n\n" + text + "\n", "txt")
    return [(m.text, m.type) for m in extract(article)]


def test_ordinary_words_after_a_company_named_again_inside_sentences_are_a_product():
    got = typed(
        "Reviewers tried Samsung’s Silver Lantern this week. The Silver Lantern is heavy, "
        "and buyers of the Silver Lantern will wait."
    )
    assert got.count(("Silver Lantern", "ORG")) == 3


def test_ordinary_words_after_a_company_used_once_stay_untyped():
    got = typed("Samsung’s Silver Lantern plans were dropped, analysts said.")
    assert ("Silver Lantern", "ORG") not in got
