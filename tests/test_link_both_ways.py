"""A link is one relation between two sentences: when one fact lists another article's fact,
that fact lists it back, so both panes (and the briefing item) count the same sources."""

from __future__ import annotations

from briefing.core import analysis, ingest
from briefing.core.facts.counts import other_sources

CLAIM = "The Harbour Authority signed a dredging contract worth $2 billion with Kalvik Construction."
# the other report states the claim three times: the claim lists all three (no cap per article)
RESTATED = (
    "The Harbour Authority signed the $2 billion dredging contract with Kalvik Construction on Monday.",
    "Kalvik Construction won a dredging contract worth $2 billion from the Harbour Authority.",
    "The dredging contract with Kalvik Construction, worth $2 billion, was signed by the Harbour Authority.",
)
FILLER = (
    "Officials in both capitals spent the week preparing the programme of the visit.",
    "Security around the conference centre was tightened after a false alarm on Sunday.",
    "Local newspapers devoted their front pages to the weather rather than to politics.",
)


def test_every_restatement_is_listed_and_each_lists_the_claim(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("\n\n".join((CLAIM, *FILLER)) + "\n", encoding="utf-8")
    b.write_text("\n\n".join(("A new bridge opened to traffic in the port town.", *RESTATED)) + "\n")
    articles = ingest.load_paths([a, b]).articles
    facts = [analysis.facts(x, analysis.entities(x)) for x in articles]
    found = analysis.link_story(articles, facts)
    claim = next(f for f in facts[0] if f.sentence == CLAIM)
    restating = [f for f in facts[1] if f.sentence in RESTATED]
    assert len(restating) == 3  # all three are candidate key facts of their article
    assert all(CLAIM in [r.sentence for r in f.corroborated_by] for f in restating)
    assert sorted(r.sentence for r in claim.corroborated_by) == sorted(RESTATED)
    # every link between two candidates is listed by both
    keys = {(f.path, f.start, f.end): f for fs in facts for f in fs}
    for f in keys.values():
        for ref in f.corroborated_by:
            back = keys.get((ref.path, ref.start, ref.end))
            assert back is None or (f.path, f.start) in {(r.path, r.start) for r in back.corroborated_by}
    # the story's record says the same as the facts
    placed = found.corroborated[(0, facts[0].index(claim))]
    assert sorted(p[1] for p in placed) == sorted(r.start for r in claim.corroborated_by)
    item = next(i for i in found.briefing if CLAIM in [s.sentence for s in i.sources])
    assert other_sources(item) == other_sources(claim) == 1


def test_a_link_one_side_found_is_added_to_the_other():
    from briefing.core.facts.linking import _both_ways
    from briefing.core.model import Fact, SourceRef

    a = Fact("Ships dock.", "Ships dock.", 0, 11, "", 1.0, path="a.txt")
    b = Fact("Vessels berth.", "Vessels berth.", 20, 34, "", 1.0, path="b.txt")
    lonely = Fact("Rain fell.", "Rain fell.", 40, 50, "", 1.0, path="b.txt")
    facts = [[a], [b, lonely]]
    b.corroborated_by = [SourceRef(a.path, a.sentence, a.start, a.end)]  # found from b's side only
    corroborated = {(1, 0): [(0, a.start, a.end)]}
    _both_ways(facts, corroborated)
    assert [(r.path, r.start) for r in a.corroborated_by] == [("b.txt", 20)]
    assert corroborated[(0, 0)] == [(1, b.start, b.end)]
    assert len(b.corroborated_by) == 1 and lonely.corroborated_by == []  # nothing doubled or invented
