"""Cross-source linking and differences on hand-made articles."""

from __future__ import annotations

from pathlib import Path

from briefing.core import analysis, ingest
from briefing.core.facts import differences
from briefing.core.model import SourceRef


def write(folder: Path, name: str, *paragraphs: str) -> Path:
    path = folder / name
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


FILLER_A = (
    "The regional council met in an ordinary session on the harbour expansion project.",
    "Local residents have followed the debate over the harbour for several years.",
)
FILLER_B = (
    "Residents gathered outside the town hall as councillors arrived for the session.",
    "The harbour has been a source of local pride and of frequent disputes.",
)


def linked(tmp_path, first: str, second: str):
    a = write(tmp_path, "a.txt", first, *FILLER_A)
    b = write(tmp_path, "b.txt", *FILLER_B, second)
    articles = ingest.load_paths([a, b]).articles
    facts = [analysis.facts(x, analysis.entities(x)) for x in articles]
    briefing = analysis.link(articles, facts)
    fact = next(f for f in facts[0] if f.sentence == first)
    return fact, briefing, articles


def test_same_fact_reworded_is_linked_with_exact_offsets(tmp_path):
    first = (
        "The Harbour Authority approved a 45 million euro dredging contract on Tuesday, "
        "ending a three-year dispute with fishermen."
    )
    second = (
        "On Tuesday the Harbour Authority gave its approval to a dredging contract worth 45 million euros, "
        "closing a dispute with fishermen that had lasted three years."
    )
    fact, briefing, articles = linked(tmp_path, first, second)
    assert [r.sentence for r in fact.corroborated_by] == [second]
    ref = fact.corroborated_by[0]
    assert ref.path == articles[1].path
    assert articles[1].content[ref.start : ref.end] == second
    item = next(i for i in briefing if any(s.sentence == first for s in i.sources))
    assert item.source_count == 2


def test_different_facts_sharing_entities_do_not_link(tmp_path):
    first = (
        "The Harbour Authority approved a 45 million euro dredging contract on Tuesday, "
        "ending a three-year dispute with fishermen."
    )
    second = (
        "The Harbour Authority chairman Piet Vos resigned over an unrelated expenses scandal "
        "involving his office staff."
    )
    fact, briefing, _ = linked(tmp_path, first, second)
    assert fact.corroborated_by == []
    assert all(item.source_count == 1 for item in briefing)


def test_a_fact_links_to_any_body_sentence_not_only_top_facts(tmp_path):
    first = "Lindqvist Shipping said it will move its headquarters to Gothenburg by March, cutting 200 jobs."
    second = "Lindqvist Shipping is moving its headquarters to Gothenburg by March and will cut 200 jobs."
    fact, _, articles = linked(tmp_path, first, second)
    assert [r.sentence for r in fact.corroborated_by] == [second]


def ref(sentence: str) -> SourceRef:
    return SourceRef("x.txt", sentence, 0, len(sentence))


def test_difference_on_a_number():
    a = ref("Officials said 12 people were injured in the collapse of the pedestrian bridge.")
    b = ref("At least 15 people were injured when the pedestrian bridge collapsed, officials said.")
    diffs = differences.compare(a, b)
    assert [d.kind for d in diffs] == ["number"]
    assert diffs[0].detail == "12 vs 15"
    assert diffs[0].a is a and diffs[0].b is b


def test_difference_on_a_year_and_none_when_sources_agree():
    a = ref("Relations collapsed in 2018 after the arrest.")
    b = ref("Relations collapsed in 2019 after the arrest.")
    assert [(d.kind, d.detail) for d in differences.compare(a, b)] == [("date", "2018 vs 2019")]
    assert differences.compare(a, ref("Relations collapsed in 2018 following an arrest.")) == []


def test_difference_on_a_status():
    a = ref("The president is en route to Brazil for a state visit aimed at trade talks.")
    b = ref("The president's state visit to Brazil, scheduled for the near future, aims at trade talks.")
    diffs = differences.compare(a, b)
    assert [d.kind for d in diffs] == ["status"]
    assert "under way" in diffs[0].detail and "planned" in diffs[0].detail


def test_linked_status_difference_reaches_the_briefing(tmp_path):
    first = (
        "Prime Minister Ana Costa is en route to Japan for a state visit "
        "aimed at boosting semiconductor trade."
    )
    second = (
        "Prime Minister Ana Costa's state visit to Japan, scheduled for the near future, "
        "is aimed at boosting semiconductor trade."
    )
    fact, briefing, _ = linked(tmp_path, first, second)
    # one claim that differs on the status of the visit: a difference, not corroboration
    assert not fact.corroborated_by
    assert [d.b.sentence for d in fact.differences] == [second]
    item = next(i for i in briefing if any(s.sentence == first for s in i.sources))
    assert [d.kind for d in item.differences] == ["status"]
    assert item.differences[0].detail.startswith("under way vs planned")


def test_linking_is_blocked_by_rare_terms_not_all_pairs():
    from briefing.core.facts.linking import MAX_CANDIDATES, Linker

    # many unrelated articles: each sentence is scored against a bounded candidate list
    from briefing.core.model import Article, Block, Sentence

    articles = []
    for n in range(60):
        text = f"Company number{n} reported revenue of {n} million in region{n % 7} markets this quarter."
        articles.append(
            Article(
                path=f"a{n}.txt",
                content=text,
                title="",
                blocks=[Block("body", 0, len(text), text)],
                sentences=[Sentence(0, len(text), text, 0, 0, "body")],
            )
        )
    linker = Linker(articles)
    assert all(len(linker.matches(i)) <= MAX_CANDIDATES for i in range(len(linker.units)))
    assert max(len(p) for p in linker.postings.values()) <= linker.max_df


def test_empty_inputs_link_to_nothing(tmp_path):
    assert analysis.link([], []) == []
    empty = write(tmp_path, "e.txt", "Headline Only")
    articles = ingest.load_paths([empty]).articles
    facts = [analysis.facts(a, analysis.entities(a)) for a in articles]
    assert facts == [[]], "a lone headline is not a fact"
    assert analysis.link(articles, facts) == []


def test_a_past_meeting_does_not_link_to_a_planned_one_with_the_same_people(tmp_path):
    first = (
        "The visit follows a recent meeting between Chancellor Ida Berg and President Omar Haddad "
        "at a summit in Seoul in October."
    )
    second = "Chancellor Ida Berg is scheduled to meet President Omar Haddad on Friday in Geneva for talks."
    fact, briefing, _ = linked(tmp_path, first, second)
    assert fact.corroborated_by == []
