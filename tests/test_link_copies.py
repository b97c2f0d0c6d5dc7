"""Copied text is not corroboration: a sentence copied into another report is no link, two reports
sharing copied paragraphs are one source, and quoting one speaker verbatim is not copying."""

from __future__ import annotations

from briefing.core import analysis, ingest
from briefing.core.facts import copies

BACKGROUND = (
    "The Orsk Valley dam was completed in 1974 and supplies water to about 400,000 households across "
    "three districts."
)
OTHER_BACKGROUND = (
    "Engineers from the regional water board have inspected the spillway twice a year since the floods "
    "of 2011 damaged its lower gates."
)


def link(tmp_path, *texts: str):
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"{n}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    articles = ingest.load_paths(paths).articles
    facts = [analysis.facts(a, analysis.entities(a)) for a in articles]
    analysis.link_story(articles, facts)
    return {
        f.sentence: sorted((r.path.rsplit("/", 1)[-1], r.sentence) for r in f.corroborated_by)
        for fs in facts
        for f in fs
    }


def test_a_sentence_copied_into_a_follow_up_is_not_a_link(tmp_path):
    lede = (
        "Regional officials ordered the evacuation of four villages below the Orsk Valley dam on "
        "Tuesday after cracks appeared in its eastern wall."
    )
    first = "\n\n".join(
        (
            lede,
            BACKGROUND,
            "About 2,300 residents were taken to schools in the nearby town of Velm by late evening.",
        )
    )
    # a follow-up that reuses the first report's opening paragraph word for word
    follow_up = "\n\n".join(
        (
            lede,
            "Engineers declared the eastern wall safe on Friday and residents began returning home.",
            "Repairs to the cracked section will begin next month and cost an estimated 12 million euros.",
        )
    )
    reworded = "\n\n".join(
        (
            "Cracks in the eastern wall of the Orsk Valley dam led regional officials to order four "
            "villages below it evacuated on Tuesday.",
            "Buses carried families to sports halls, where volunteers handed out blankets and hot meals.",
        )
    )
    links = link(tmp_path, first, follow_up, reworded)
    assert [name for name, _ in links[lede]] == ["2.txt"]  # the copy is no second source, the rewording is


def test_a_copy_edited_sentence_is_still_a_copy():
    a = (
        "He will still need the backing of the two largest shareholders, Anna Berg and Tomas Lind, "
        "who own 31.5% of the company, to succeed."
    )
    b = (
        "To succeed Karl Holm will still need the backing of the two largest shareholders, Anna Berg "
        "and Tomas Lind, who own 31.5% of the company."
    )
    assert copies.copied(copies.shingles(a), copies.shingles(b))
    reworded = "Anna Berg and Tomas Lind, with 31.5% between them, must back the bid for it to work."
    assert not copies.copied(copies.shingles(a), copies.shingles(reworded))


def test_quoting_one_speaker_verbatim_is_not_copying():
    a = '"We will not reopen the road until every bridge has been checked," said Mayor Ilse Varga.'
    b = 'Mayor Ilse Varga said: "We will not reopen the road until every bridge has been checked."'
    assert not copies.copied(copies.shingles(a), copies.shingles(b))


def test_reports_sharing_copied_paragraphs_are_one_source(tmp_path):
    lede = (
        "Regional officials ordered the evacuation of four villages below the Orsk Valley dam on Tuesday "
        "after cracks appeared in its eastern wall."
    )
    filed = "\n\n".join((lede, BACKGROUND, OTHER_BACKGROUND))
    # the same report filed again with a new top: its other paragraphs copied
    refiled = "\n\n".join(
        (
            "Four villages below the Orsk Valley dam were evacuated on Tuesday by order of regional "
            "officials once cracks were found in the dam's eastern wall.",
            BACKGROUND,
            OTHER_BACKGROUND,
        )
    )
    separate = "\n\n".join(
        (
            "Officials evacuated four villages under the Orsk Valley dam on Tuesday when cracks were found "
            "in its eastern wall, the regional government said.",
            "Buses carried families to sports halls in the town of Velm, where volunteers handed out "
            "blankets and hot meals.",
        )
    )
    assert copies.copy_groups(ingest.load_paths([]).articles) == []
    links = link(tmp_path, filed, refiled, separate)
    # the re-filed report's reworded lede is no second source; the separate report is one
    assert [name for name, _ in links[lede]] == ["2.txt"]


def test_a_copy_restating_a_fact_is_one_briefing_item_with_one_count(tmp_path):
    from briefing.core.facts import report
    from briefing.core.facts.counts import other_sources

    lede = (
        "Regional officials ordered the evacuation of four villages below the Orsk Valley dam on Tuesday "
        "after cracks appeared in its eastern wall."
    )
    texts = {
        "a.txt": "\n\n".join(("Dam villages evacuated", lede, BACKGROUND, OTHER_BACKGROUND)),
        "b.txt": "\n\n".join(
            (
                "Villages evacuated below dam",
                "Four villages below the Orsk Valley dam were evacuated on Tuesday by order of regional "
                "officials once cracks were found in the dam's eastern wall.",
                BACKGROUND,
                OTHER_BACKGROUND,
            )
        ),
        "c.txt": "\n\n".join(
            (
                "Cracks force dam evacuation",
                "Officials evacuated four villages under the Orsk Valley dam on Tuesday when cracks were "
                "found in its eastern wall, the regional government said.",
                "Buses carried families to sports halls in the town of Velm, where volunteers handed out "
                "blankets and hot meals.",
            )
        ),
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    analysed = report.analyse([tmp_path])
    (story,) = analysed.stories
    evacuation = [i for i in story.briefing if "evacuat" in i.fact.sentence]
    assert len(evacuation) == 1  # the re-filed report's reworded lede is folded in, not a second item
    item = evacuation[0]
    assert other_sources(item) == 1
    assert sorted(s.path.rsplit("/", 1)[-1] for s in item.sources) == ["a.txt", "c.txt"]
