"""The briefing shows a claim once, however many copies carry it: a syndicated copy's sentence
joins its original's item without counting as a source, and what corroborates a copy
corroborates the item."""

from __future__ import annotations

from briefing.core import analysis, ingest
from briefing.core.facts.counts import other_sources

WIRE = (
    "Flood barriers on the Lenna river were raised on Thursday as the water level at Marsk reached 4.2 "
    "metres, the highest since records began in 1921.",
    "The regional council said 1,800 homes in low-lying streets had been told to prepare to leave.",
    "Rail services between Marsk and Tovik were suspended after water covered the line near Hald station.",
)


def test_copies_of_one_report_are_one_item_and_no_source(tmp_path):
    paths = []
    for n, outlet in enumerate(
        ("Lenna Post", "Marsk Courier", "Tovik Times")
    ):  # one wire story, three papers
        path = tmp_path / f"wire{n}.md"
        path.write_text(f"---\ntitle: Lenna floods\noutlet: {outlet}\n---\n\n" + "\n\n".join(WIRE) + "\n")
        paths.append(path)
    own = tmp_path / "own.md"
    own.write_text(
        "---\ntitle: Marsk braces for flood\noutlet: Valley Radio\n---\n\n"
        "The Lenna at Marsk rose to 4.2 metres on Thursday, its highest level since records began "
        "in 1921.\n\n"
        "Shopkeepers on the quay stacked sandbags against their doors through the afternoon.\n",
        encoding="utf-8",
    )
    paths.append(own)
    articles = ingest.load_paths(paths).articles
    facts = [analysis.facts(a, analysis.entities(a)) for a in articles]
    items = analysis.link_story(articles, facts).briefing
    texts = [" ".join(i.fact.sentence.split()) for i in items]
    for sentence in WIRE:
        assert texts.count(sentence) <= 1, sentence  # never once per copy
    assert len(texts) == len(set(texts))
    level = [i for i in items if "4.2 metres" in i.fact.sentence]
    assert len(level) == 1, [i.fact.sentence for i in level]
    # the wire copies are one report; the radio station's own sentence is the one other source
    assert other_sources(level[0]) == 1
    assert {s.path.rsplit("/", 1)[-1] for s in level[0].sources} & {"own.md"}


def test_a_story_counts_copies_in_several_outlets_as_one_source(tmp_path):
    # three papers printing one wire story and a radio station's own report: the story's
    # header says what its facts say, two independent sources, over four outlets
    from briefing.core.facts.copies import independent_sources
    from briefing.core.library import Library

    corpus = tmp_path / "news"
    corpus.mkdir()
    for n, outlet in enumerate(("Lenna Post", "Marsk Courier", "Tovik Times")):
        (corpus / f"wire{n}.md").write_text(
            f"---\ntitle: Lenna floods\noutlet: {outlet}\n---\n\n" + "\n\n".join(WIRE) + "\n",
            encoding="utf-8",
        )
    (corpus / "own.md").write_text(
        "---\ntitle: Marsk braces for the Lenna flood\noutlet: Valley Radio\n---\n\n"
        "The Lenna at Marsk rose to 4.2 metres on Thursday, its highest level since records began "
        "in 1921, and the council told 1,800 homes to prepare to leave.\n\n"
        "Shopkeepers on the quay stacked sandbags against their doors through the afternoon.\n",
        encoding="utf-8",
    )
    with Library.open(corpus) as lib:
        (story,) = [s for s in lib.stories() if len(s.articles) > 1]
        assert len(story.articles) == 4 and len(story.outlets) == 4
        assert story.sources == 2
    # b carries a copy of a's text and its own report: one source with a
    assert independent_sources([0, 0, 2, 3], ["o:a", "o:b", "o:b", "o:c"]) == 2
    assert independent_sources([0, 1, 2], ["o:a", "o:b", "o:c"]) == 3
