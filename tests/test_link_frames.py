"""Words that say nothing of a claim are not shared claim words: a rank below the first is
another rank ("second-largest" is not "largest"), and a context frame ("comes as", "came
amid") only sets a sentence in its time.

Fixtures: invented sentences about an invented port and ministry, written for these tests."""

from __future__ import annotations

from briefing.core.facts.similarity import Weights, claim_words, similarity, terms_of


def _sim(a: str, b: str, *others: str) -> float:
    docs = [terms_of(s) for s in (a, b, *others)]
    weight = Weights(docs)
    for d in docs:
        weight.measure(d)
    return similarity(docs[0], docs[1], weight)


def test_a_lower_rank_is_one_word_and_shares_nothing_with_the_superlative():
    assert (
        claim_words("Rovan, its second-largest trading partner")
        == "Rovan, its second secondlargest trading partner"
    )
    assert "3rd 3rdbiggest" in claim_words("the 3rd biggest port")
    hyphen, spaced = terms_of("the seventh-largest port"), terms_of("the seventh largest port")
    assert hyphen.terms == spaced.terms  # however a rank is written
    assert "largest" not in terms_of("Rovan is the second-largest buyer of Telmar grain.").terms
    assert any(t.startswith("largest") for t in terms_of("Osk is the largest buyer of Telmar grain.").terms)
    # the plain superlative on both sides is still shared
    assert claim_words("its largest market") == "its largest market"


def test_a_context_frame_shares_no_claim_word():
    assert (
        claim_words("The visit comes as Telmar seeks new buyers.") == "The visit as Telmar seeks new buyers."
    )
    assert claim_words("The strike came amid protests.") == "The strike amid protests."
    assert claim_words("The minister comes from Osk.") == "The minister comes from Osk."  # no frame


def test_two_backgrounds_framed_alike_are_less_alike_than_their_frames_made_them(monkeypatch):
    from briefing.core.facts import similarity as measure

    a = "The minister's trip comes as Telmar seeks to cut its use of Osk grain, its second-largest client."
    b = "The minister's trip comes as Telmar faces doubts over Osk grain, its largest client."
    filler = (
        "Dock workers in Telmar voted to end their strike on Monday.",
        "The ministry said grain prices rose by 4% last month.",
        "Ferries to the islands will run on a winter timetable.",
    )
    now = _sim(a, b, *filler)
    monkeypatch.setattr(measure, "claim_words", lambda folded: folded)
    assert 0 < now < _sim(a, b, *filler)
