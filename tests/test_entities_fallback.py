"""The statistical fallback (``briefing.core.entities.fallback``): names no rule types.

Fixtures are written for these tests (invented companies); none comes from an evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import extract, fallback
from briefing.core.ingest import parse


def mentions(text: str) -> list[tuple[str, str]]:
    article = parse("t.txt", "A headline\n\n" + text + "\n", "txt")
    return [(m.text, m.type) for m in extract(article)]


def test_the_shipped_weights_load_and_name_every_class():
    model = fallback.weights()
    assert len(model) > 1000
    assert len(fallback.scores(["bias"], model)) == len(fallback.CLASSES)


def test_an_unknown_company_without_a_cue_is_typed_in_every_mention():
    got = mentions("The deal values Brantex at $2 billion. Last year Brantex employed 3,000 people.")
    assert got.count(("Brantex", "ORG")) == 2


def test_ordinary_words_in_capitals_are_left_alone():
    got = mentions("Trade Talks were calm. Officials Say nothing. Higher Prices Loom, they wrote.")
    assert not [t for t, kind in got if kind in ("ORG", "PERSON", "GPE")]


def test_without_weights_the_fallback_types_nothing(monkeypatch):
    monkeypatch.setattr(fallback, "weights", lambda: {})
    got = mentions("The deal values Brantex at $2 billion. Last year Brantex employed 3,000 people.")
    assert ("Brantex", "ORG") not in got


def test_a_name_the_model_calls_misc_is_an_organisation_or_product(monkeypatch):
    """CoNLL's MISC holds products and brands, which the news guideline types ORG; events and
    works, its other members, are optional in the news gold, so MISC comes out as ORG."""
    row = {"PER": 0, "ORG": 0, "LOC": 0, "MISC": 9, "O": 0}
    model = {"bias": " ".join(str(row[c]) for c in fallback.CLASSES)}
    monkeypatch.setattr(fallback, "weights", lambda: model)
    got = mentions("People talked about Velmora all week. Nobody doubted Velmora then.")
    assert got.count(("Velmora", "ORG")) == 2
    monkeypatch.setattr(fallback, "KINDS", {k: v for k, v in fallback.KINDS.items() if k != "MISC"})
    assert ("Velmora", "ORG") not in mentions(
        "People talked about Velmora all week. Nobody doubted Velmora then."
    )


def test_a_product_named_after_its_maker_is_typed_with_the_shipped_weights():
    got = mentions(
        "Quintrel said its Fennix Pro headset would cost $499. Early buyers praised the Fennix Pro "
        "for its battery, and the Fennix Pro goes on sale in May."
    )
    assert ("Fennix Pro", "ORG") in got


def test_a_curly_apostrophe_reads_like_a_straight_one():
    """Outlets write "’s" where the training text writes "'s": the words around a name are
    compared in one spelling, so an unknown given name before a surname is a person either way."""
    for text in ("Tamsie Walker’s firm is moving to take profits.", "Wenna Mitchell’s studio opened."):
        straight = mentions(text.replace("’", "'"))
        assert [kind for _, kind in mentions(text)] == [kind for _, kind in straight] == ["PERSON"]
