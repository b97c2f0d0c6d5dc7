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


def test_sentences_that_share_only_a_time_frame_state_no_claim_in_common(tmp_path):
    """ "He would quit before the next general election" and "taxes will rise after the next
    general election" shared only the frame; on the BBC corpus such frames made 36 of the 37
    links this rule took out (none of them one claim)."""
    from briefing.core.facts import claims

    quit_ = "Premier Ilse Varn has denied reports that she would quit before the next general election."
    taxes = "Her rival Tomas Brek said taxes would have to rise after the next general election."
    assert "quit" in claims.claim_words(quit_)
    for sentence in (quit_, taxes):
        assert {"next", "general", "elect"}.isdisjoint(claims.claim_words(sentence))
    assert claims.relation(quit_, taxes, 0.9, 0.4) is None
    # the same claim told with a frame on both sides is still one claim
    again = "Premier Ilse Varn denied that she would quit before the coming election."
    assert claims.relation(quit_, again, 0.9, 0.4) is not None
    # "the next general election" as what a sentence is about is no frame
    assert {"elect", "general"} <= claims.claim_words("The next general election will be held in May.")
    for frame in (
        "over the next decade",
        "in the past few weeks",
        "since last year",
        "ahead of the coming season",
    ):
        assert claims.claim_words(f"Exports of grain doubled {frame}.") == claims.claim_words(
            "Exports of grain doubled."
        )


def _framed_pair(tmp_path):
    """Two articles; the first's fact and the second's sentence share only "the next general
    election" (the BBC corpus's "he would quit before ..." / "all eyes are on ...")."""
    from briefing.core import analysis, ingest

    first = (
        "Premier Ilse Varn has dismissed reports that she told Tomas Brek she would quit before the next "
        "general election."
    )
    second = "For now, all eyes in Telmar are focused on the next general election."
    own = (
        "The dock strike in Telmar ended on Monday after talks.",
        "Grain prices rose by 4% last month, the ministry said.",
        "A new ferry terminal opens in the spring.",
        "The central bank kept interest rates on hold.",
    )
    other = (
        "Ferries to the islands run on a winter timetable.",
        "The football season starts in August.",
        "Fishing quotas were cut for a third year.",
        "Tourism revenue fell in the north.",
    )
    tmp_path.mkdir()
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Varn denies quit report\n\n" + "\n\n".join((first, *own)) + "\n", encoding="utf-8")
    b.write_text("All eyes on the vote\n\n" + "\n\n".join((*other, second)) + "\n", encoding="utf-8")
    articles = ingest.load_paths([a, b]).articles
    facts = [analysis.facts(x, analysis.entities(x)) for x in articles]
    analysis.link_story(articles, facts)
    fact = next(f for f in facts[0] if f.sentence == first)
    return [r.sentence for r in fact.corroborated_by], second


def test_a_link_that_rested_on_a_time_frame_is_gone(tmp_path, monkeypatch):
    """Through the real ingest, key facts and linking: linked while frames were claim words."""
    import re

    from briefing.core.facts import claims

    linked, _ = _framed_pair(tmp_path / "now")
    assert linked == []
    monkeypatch.setattr(claims, "_TIME_FRAME", re.compile(r"(?!x)x"))  # frames read as claim words
    claims.claim_words.cache_clear()
    try:
        linked, second = _framed_pair(tmp_path / "before")
    finally:
        claims.claim_words.cache_clear()
    assert linked == [second]
