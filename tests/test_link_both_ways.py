"""A link is one relation between two sentences: when one fact lists another article's fact,
that fact lists it back, so both panes (and the briefing item) count the same sources."""

from __future__ import annotations

from briefing.core import analysis, ingest
from briefing.core.facts.counts import other_sources

CLAIM = "The Harbour Authority signed a dredging contract worth $2 billion with Kalvik Construction."
# the other report states the claim three times: each fact keeps its best two matches per article,
# so the claim's own search keeps two of these and the third is found only from its side
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


def test_a_link_found_from_one_side_is_listed_on_both(tmp_path):
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
