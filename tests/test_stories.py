"""Stories on hand-made articles: one event from three outlets, a follow-up a year later, two
unrelated reports sharing a country, and incremental regrouping on a real index."""

from __future__ import annotations

from pathlib import Path

from briefing.core.library import Library


def article(folder: Path, name: str, title: str, outlet: str, date: str, *paragraphs: str) -> Path:
    path = folder / name
    front = f'---\ntitle: "{title}"\noutlet: {outlet}\ndate: {date}\n---\n\n'
    path.write_text(front + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def bridge_story(folder: Path) -> None:
    article(
        folder,
        "a.md",
        "Storm closes Tallinn harbour bridge for repairs",
        "Baltic Herald",
        "2024-03-04",
        "The Vanaturu bridge over Tallinn harbour was closed on Monday after storm Gerda tore away "
        "part of its deck, the city transport office said.",
        "Engineers from Kalvik Construction expect repairs to take six weeks and to cost 4 million euros.",
        "Ferries to Helsinki kept running, but drivers were sent on a 20-kilometre detour.",
        "Mayor Liisa Kask said the city would pay for the work and claim the cost from its insurers.",
    )
    article(
        folder,
        "b.md",
        "Tallinn's Vanaturu bridge shut after storm Gerda",
        "Nordic Wire",
        "2024-03-04",
        "Storm Gerda damaged the deck of the Vanaturu bridge in Tallinn on Monday, and the city closed "
        "the crossing until further notice.",
        "Kalvik Construction, which built the bridge, said repairs would take about six weeks.",
        "Mayor Liisa Kask told reporters the repairs would cost 4 million euros.",
        "Traffic was diverted around the harbour, adding 20 kilometres to some journeys.",
    )
    article(
        folder,
        "c.md",
        "Vanaturu bridge closure: what drivers need to know",
        "Estonian Daily",
        "2024-03-05",
        "The Vanaturu bridge in Tallinn will stay closed for six weeks after storm Gerda damaged it "
        "on Monday.",
        "Mayor Liisa Kask said Kalvik Construction would start the repairs this week.",
        "Drivers face a 20-kilometre detour around the harbour while the deck is rebuilt.",
    )


def follow_up(folder: Path) -> None:
    article(
        folder,
        "d.md",
        "A year on, Tallinn's Vanaturu bridge gets a new toll",
        "Baltic Herald",
        "2025-03-10",
        "A year after storm Gerda closed it, the Vanaturu bridge in Tallinn will charge drivers a toll "
        "from April, Mayor Liisa Kask said on Monday.",
        "The toll of 2 euros is meant to pay for a new maintenance fund, the city transport office said.",
        "Opposition councillors said the toll would hurt commuters from the harbour districts.",
    )


def unrelated_same_country(folder: Path) -> None:
    article(
        folder,
        "e.md",
        "Estonian choir wins European song contest in Riga",
        "Culture Weekly",
        "2024-03-06",
        "The Tartu Youth Choir from Estonia won the European choral contest in Riga on Saturday.",
        "Conductor Maarja Ilves said the 40 singers had rehearsed for two years.",
        "The choir will tour Germany and Poland in the summer.",
    )


def stories_by_file(lib: Library) -> dict[str, str]:
    return {Path(s.path).name: s.story for s in lib.summaries()}


def test_one_event_from_three_outlets_is_one_story_and_the_follow_up_is_another(tmp_path):
    bridge_story(tmp_path)
    follow_up(tmp_path)
    unrelated_same_country(tmp_path)
    with Library.open(tmp_path) as lib:
        story = stories_by_file(lib)
        assert story["a.md"] == story["b.md"] == story["c.md"]
        assert story["d.md"] != story["a.md"]  # a year later: a new story
        assert story["e.md"] not in (story["a.md"], story["d.md"])  # shares only the country
        first = lib.stories()[0]  # largest first
        assert first.id == story["a.md"] and first.sources == 3 and len(first.articles) == 3
        assert first.first_date == "2024-03-04" and first.last_date == "2024-03-05"
        assert first.outlets == ["Baltic Herald", "Estonian Daily", "Nordic Wire"]
        assert first.title in {s.title for s in lib.summaries() if s.story == first.id}
        assert first.corroborated >= 2
        summary = next(s for s in lib.summaries() if Path(s.path).name == "b.md")
        assert summary.story_title == first.title


def test_briefing_of_a_story_holds_only_its_articles(tmp_path):
    bridge_story(tmp_path)
    unrelated_same_country(tmp_path)
    with Library.open(tmp_path) as lib:
        story = stories_by_file(lib)
        items = lib.briefing(story=story["a.md"])
        assert items and all(Path(i.fact.path).name in {"a.md", "b.md", "c.md"} for i in items)
        assert any(len({s.path for s in i.sources}) >= 2 for i in items)
        assert lib.briefing(story=story["e.md"]) == []  # one source: nothing to merge


def test_a_new_article_joins_its_story_without_moving_any_other(tmp_path):
    bridge_story(tmp_path)
    (tmp_path / "c.md").rename(tmp_path / "c.later")  # not an article yet
    unrelated_same_country(tmp_path)
    follow_up(tmp_path)
    with Library.open(tmp_path) as lib:
        before = stories_by_file(lib)
    (tmp_path / "c.later").rename(tmp_path / "c.md")
    with Library.open(tmp_path) as lib:
        assert (lib.report.added, lib.report.updated, lib.report.removed) == (1, 0, 0)
        after = stories_by_file(lib)
    assert after["c.md"] == before["a.md"]
    assert {k: v for k, v in after.items() if k != "c.md"} == before


def test_removing_and_changing_articles_keeps_the_other_stories(tmp_path):
    bridge_story(tmp_path)
    unrelated_same_country(tmp_path)
    with Library.open(tmp_path) as lib:
        before = stories_by_file(lib)
    (tmp_path / "a.md").unlink()  # the story's first article goes: the story keeps its id
    path = tmp_path / "e.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nTickets for the tour go on sale in May.\n")
    with Library.open(tmp_path) as lib:
        assert (lib.report.updated, lib.report.removed) == (1, 1)
        after = stories_by_file(lib)
        assert after["b.md"] == after["c.md"] == before["b.md"]
        assert after["e.md"] == before["e.md"]
        assert len(lib.story(before["b.md"]).articles) == 2


def test_rebuilding_gives_the_same_stories(tmp_path):
    bridge_story(tmp_path)
    follow_up(tmp_path)
    unrelated_same_country(tmp_path)
    with Library.open(tmp_path) as lib:
        first = [(s.id, s.title, s.articles) for s in lib.stories()]
    with Library.open(tmp_path, rebuild=True) as lib:
        assert [(s.id, s.title, s.articles) for s in lib.stories()] == first


def test_links_stay_inside_a_story(tmp_path):
    bridge_story(tmp_path)
    article(
        tmp_path,
        "f.md",
        "Fire closes Oslo's Fjordvei bridge",
        "Nordic Wire",
        "2024-03-08",
        "A lorry fire damaged the deck of the Fjordvei bridge in Oslo on Friday, and the road agency "
        "closed the crossing until further notice.",
        "Repairs would take about six weeks, agency director Per Lunde said.",
    )
    with Library.open(tmp_path) as lib:
        story = stories_by_file(lib)
        assert story["f.md"] != story["a.md"]
        for summary in lib.summaries():
            mine = {lib.path_of(a) for a in lib.story(summary.story).articles}
            for fact in lib.facts(summary.id):
                assert all(ref.path in mine for ref in fact.corroborated_by)


def _signature(day: str, *terms: str, sketch: tuple[int, ...] = ()) -> dict:
    return {"day": day, "terms": [[t, 2.0] for t in terms], "sketch": list(sketch)}


def test_a_stored_grouping_places_an_article_as_the_live_one_does():
    import json

    from briefing.core.stories.grouping import Grouper

    batch = [
        ("a", _signature("2024-03-04", "n:vanaturu", "n:gerda", "w:bridge", "w:storm", "g:tallinn")),
        ("b", _signature("2024-03-04", "n:vanaturu", "n:kalvik", "w:bridge", "w:deck", "g:tallinn")),
        ("c", _signature("2024-03-06", "n:tartu youth choir", "w:choir", "w:contest", "g:estonia")),
        ("d", _signature("2024-03-07", "n:riga council", "w:tram", "w:fares", "g:latvia")),
    ]
    live = Grouper()
    live.add_all(batch)
    assert live.story_of("a") == live.story_of("b") != live.story_of("c")
    stored = Grouper(json.loads(json.dumps(live.state())))  # as read back from story_index.json
    newcomer = _signature("2024-03-05", "n:vanaturu", "n:gerda", "w:detour", "w:bridge", "g:tallinn")
    assert live.add("e", newcomer) == stored.add("e", newcomer) == live.story_of("a")
    assert live.state() == stored.state()


def test_a_syndicated_copy_joins_its_original_whatever_its_title():
    from briefing.core.stories.grouping import Grouper

    grouper = Grouper()
    copy = tuple(range(100, 124))
    grouper.add_all(
        [
            ("a", _signature("2024-03-04", "n:vanaturu", "w:bridge", "w:storm", sketch=copy)),
            ("b", _signature("2024-03-04", "n:kalvik", "w:quarterly", "w:profit", sketch=(1, 2, 3, 4))),
        ]
    )
    # another headline and lede: alone, too little in common with "a" to join it
    lede = ("n:vanaturu", "n:harbour office", "w:ferries", "w:detour", "w:drivers")
    assert grouper.add("c", _signature("2024-03-05", *lede, sketch=(9, 10, 11))) != "sa"
    grouper.remove("c")
    # the same, with the body of "a" (its sketch nearly the same): a copy, in a's story
    moved = (*copy[:20], 5, 6, 7, 8)
    assert grouper.add("c", _signature("2024-03-05", *lede, sketch=moved)) == "sa"
