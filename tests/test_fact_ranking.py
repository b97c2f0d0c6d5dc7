"""Key facts shown: a claim other sources also state ranks higher (per distinct other source,
capped), the stored facts are left as they are, and no more than the limit is shown."""

from __future__ import annotations

from briefing.core import analysis, ingest
from briefing.core.facts import ranking
from briefing.core.model import Fact, SourceRef


def fact(sentence: str, score: float, *sources: str) -> Fact:
    refs = [SourceRef(f"{s}.txt", "Elsewhere.", 0, 10, s) for s in sources]
    return Fact(
        sentence, sentence, 0, len(sentence), "", score, "own.txt", corroborated_by=refs, outlet="Own"
    )


def test_corroborated_facts_move_up_by_their_distinct_other_sources():
    facts = [fact("A.", 3.0), fact("B.", 2.8, "Tribune"), fact("C.", 2.0, "Tribune", "Herald", "Post")]
    shown = ranking.shown(facts, 8)
    assert [f.sentence for f in shown] == ["C.", "B.", "A."]
    assert [f.score for f in shown] == [3.5, 3.3, 3.0]
    assert [f.score for f in facts] == [3.0, 2.8, 2.0]  # the stored facts are not changed


def test_sources_are_counted_once_and_capped():
    same_outlet = fact("B.", 1.0, "Tribune", "Tribune", "Own")  # the own outlet is no other source
    many = fact("C.", 1.0, *(f"Paper {n}" for n in range(6)))
    shown = ranking.shown([same_outlet, many], 8)
    assert {f.sentence: f.score for f in shown} == {
        "B.": 1.0 + ranking.PER_SOURCE,
        "C.": 1.0 + ranking.PER_SOURCE * ranking.MOST_SOURCES,
    }


def test_ties_keep_their_order_and_the_limit_holds():
    facts = [fact(f"S{n}.", 2.0) for n in range(10)]
    assert [f.sentence for f in ranking.shown(facts, 4)] == ["S0.", "S1.", "S2.", "S3."]
    assert ranking.shown(facts, 0) == []


OWN = (
    "Mayor Ilse Brandt opened the Kessel river bridge on Tuesday after three years of building work.",
    "The bridge cost 84 million euros, 12 million more than the city council had planned.",
    "Brandt said the crossing would cut the drive between the two districts to ten minutes.",
    "A brass band from the harbour district played before the ribbon was cut.",
    "Engineers from Varna Steel designed the 340-metre span with two pylons of white concrete.",
)
OTHER = (
    "The Kessel river bridge was opened by Mayor Ilse Brandt on Tuesday, after three years of work.",
    "Traffic jams on the ring road eased within an hour of the opening, police said.",
    "Engineers from Varna Steel designed the bridge's 340-metre span, carried by two white concrete pylons.",
    "Shops near the old ferry landing fear they will lose customers to the new route.",
)


def test_the_shown_facts_of_a_story_rank_corroborated_claims_up(tmp_path):
    from briefing.core.facts.report import analyse

    (tmp_path / "a.txt").write_text("Bridge opens\n\n" + "\n\n".join(OWN) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("New crossing\n\n" + "\n\n".join(OTHER) + "\n", encoding="utf-8")
    article = ingest.load_paths([tmp_path / "a.txt"]).articles[0]
    stored = {f.sentence: f.score for f in analysis.facts(article, analysis.entities(article))}
    result = analyse([tmp_path / "a.txt", tmp_path / "b.txt"], limit=8)
    assert len(result.stories) == 1
    shown = result.facts[[a.path for a in result.articles].index(article.path)]
    linked = {f.sentence for f in shown if f.corroborated_by}
    assert OWN[4] in linked
    assert [f.score for f in shown] == sorted((f.score for f in shown), reverse=True)
    for f in shown:
        assert f.score == round(stored[f.sentence] + (ranking.PER_SOURCE if f.sentence in linked else 0), 3)


def test_the_index_shows_the_same_ranked_facts_as_a_fresh_analysis(tmp_path):
    from briefing.core.facts import report
    from briefing.core.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Bridge opens\n\n" + "\n\n".join(OWN) + "\n", encoding="utf-8")
    (corpus / "b.txt").write_text("New crossing\n\n" + "\n\n".join(OTHER) + "\n", encoding="utf-8")
    fresh = report.analyse([corpus.resolve()], limit=3)
    with Library.open(corpus.resolve()) as lib:
        lib.fact_limit = 3
        stored = report.from_library(lib)
        one = lib.facts(lib.select([corpus / "a.txt"])[0])
    assert report.articles_json(stored) == report.articles_json(fresh)
    assert [(f.sentence, f.score) for f in one] == [(f.sentence, f.score) for f in fresh.facts[0]]
    assert any(f.corroborated_by for f in one) and len(one) == 3


SHORT = (
    "Mayor Ilse Brandt opened the Kessel river bridge on Tuesday after three years of building work.",
    "The bridge cost 84 million euros, 12 million more than the city council had planned.",
    "Brandt said the crossing would cut the drive between the two districts to ten minutes.",
    "A brass band from the harbour district played before the ribbon was cut.",
    "Engineers from Varna Steel designed its two pylons of white concrete, which rise high above "
    "the slow brown water.",
)


RESTATED = (
    (
        "The Kessel river bridge was opened by Mayor Ilse Brandt on Tuesday, after three years of work.",
        "Engineers from Varna Steel designed the bridge's two white concrete pylons.",
        "Shops near the old ferry landing fear they will lose customers to the new route.",
    ),
    (
        "Mayor Ilse Brandt cut the ribbon on the Kessel river bridge on Tuesday.",
        "Its pylons, two of white concrete, are the work of Varna Steel engineers.",
        "Traffic on the ring road eased within an hour of the opening, police said.",
    ),
    (
        "On Tuesday Mayor Ilse Brandt opened the new bridge over the Kessel river.",
        "Varna Steel engineers designed the two white concrete pylons of the bridge.",
        "Cyclists were the first to cross once the brass band had finished.",
    ),
)


def test_a_claim_other_sources_state_is_shown_within_the_share_an_article_may_show(tmp_path):
    from briefing.core.facts.extract import most_shown
    from briefing.core.facts.report import analyse

    paths = [tmp_path / "a.txt"]
    (tmp_path / "a.txt").write_text("Bridge opens\n\n" + "\n\n".join(SHORT) + "\n", encoding="utf-8")
    for n, sentences in enumerate(RESTATED):
        paths.append(tmp_path / f"other{n}.txt")
        paths[-1].write_text("Kessel bridge opened\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    article = ingest.load_paths([paths[0]]).articles[0]
    most = most_shown(article)
    candidates = [f.sentence for f in analysis.facts(article, analysis.entities(article))]
    assert most == 3 and SHORT[4] in candidates[most:]  # a candidate beyond the share it may show
    result = analyse(paths, limit=8)
    shown = result.facts[[a.path for a in result.articles].index(article.path)]
    assert len(shown) == most  # never more than the share of its body sentences
    pylons = next(f for f in shown if f.sentence == SHORT[4])
    assert len({r.path for r in pylons.corroborated_by}) >= 2


def test_the_briefing_leaves_out_a_candidate_no_article_shows_and_no_other_source_states(tmp_path):
    from briefing.core.facts.report import analyse

    paths = [tmp_path / "a.txt"]
    (tmp_path / "a.txt").write_text("Bridge opens\n\n" + "\n\n".join(SHORT) + "\n", encoding="utf-8")
    for n, sentences in enumerate(RESTATED):
        paths.append(tmp_path / f"other{n}.txt")
        paths[-1].write_text("Kessel bridge opened\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    result = analyse(paths, limit=8)
    own = str(paths[0].resolve())
    shown = {
        f.sentence for a, fs in zip(result.articles, result.facts, strict=True) if a.path == own for f in fs
    }
    assert SHORT[2] not in shown  # a candidate the corroborated pylons claim took the place of
    in_briefing = {r.sentence for item in result.briefing for r in item.sources if r.path == own}
    assert in_briefing and in_briefing <= shown
