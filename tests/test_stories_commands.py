"""`briefing stories`, `facts --briefing --story`, `export --story`, one count of corroboration
in every front end, and key facts that are chosen (limit, share, floor)."""

from __future__ import annotations

import json
import re
import subprocess

from briefing.core.facts.counts import also_in, other_sources
from briefing.core.library import Library

from .conftest import SEEDS, briefing_cmd
from .test_stories import bridge_story, unrelated_same_country


def run(*args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(briefing_cmd() + list(args), capture_output=True, text=True, timeout=120, env=env)


def test_stories_json_lists_each_story_with_its_articles(tmp_path):
    bridge_story(tmp_path)
    unrelated_same_country(tmp_path)
    out = run("stories", "--json", "--corpus", str(tmp_path))
    assert out.returncode == 0, out.stderr
    stories = json.loads(out.stdout)["stories"]
    assert [len(s["articles"]) for s in stories] == [3, 1]  # largest first
    first = stories[0]
    assert {"id", "title", "articles", "first_date", "last_date", "sources", "corroborated"} <= set(first)
    assert sorted(a["path"].rsplit("/", 1)[-1] for a in first["articles"]) == ["a.md", "b.md", "c.md"]
    assert all(a["title"] for a in first["articles"]) and first["sources"] == 3
    text = run("stories", "--corpus", str(tmp_path))
    assert text.returncode == 0
    assert first["title"] in text.stdout and f"[{first['id']}]" in text.stdout
    assert "3 sources · 3 articles · 2024-03-04 to 2024-03-05" in text.stdout


def test_the_seeds_are_one_story(tmp_path):
    out = run("stories", "--json", str(SEEDS))
    assert out.returncode == 0, out.stderr
    stories = json.loads(out.stdout)["stories"]
    assert len(stories) == 1 and len(stories[0]["articles"]) == 5


def test_facts_and_export_work_per_story(tmp_path):
    bridge_story(tmp_path)
    unrelated_same_country(tmp_path)
    sid = json.loads(run("stories", "--json", "--corpus", str(tmp_path)).stdout)["stories"][0]["id"]
    out = run("facts", "--briefing", "--json", "--story", sid, "--corpus", str(tmp_path))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [s["id"] for s in data["stories"]] == [sid]
    assert sorted(a["path"].rsplit("/", 1)[-1] for a in data["articles"]) == ["a.md", "b.md", "c.md"]
    md = run("export", "--story", sid, "--corpus", str(tmp_path))
    assert md.returncode == 0 and "e.md" not in md.stdout and "## Key facts" in md.stdout
    bad = run("export", "--story", "s-nope", "--corpus", str(tmp_path))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "briefing stories" in bad.stderr


def test_one_count_in_the_same_words_everywhere(tmp_path):
    bridge_story(tmp_path)
    with Library.open(tmp_path) as lib:
        facts = [f for s in lib.summaries() for f in lib.facts(s.id) if f.corroborated_by]
        assert facts
        fact = facts[0]
        n = other_sources(fact)
        assert n == len({r.path for r in fact.corroborated_by}) >= 1
        words = also_in(n)
    from briefing.tui.widgets.fact_list import FactList

    assert f"({words})" in FactList._prompt(fact).plain  # the reader's article pane
    shown = run("facts", "--corpus", str(tmp_path)).stdout
    assert re.search(rf"{re.escape(words)}: ", shown)
    exported = run("export", "--corpus", str(tmp_path)).stdout
    assert f"— {words}" in exported or f"**{words}**" in exported
    data = json.loads(run("facts", "--json", "--corpus", str(tmp_path)).stdout)
    counts = {f["sentence"]: f["other_sources"] for a in data for f in a["facts"]}
    assert counts[fact.sentence] == n
    assert "sources]" not in shown and "(+" not in FactList._prompt(fact).plain


def test_the_briefing_view_facts_briefing_and_export_count_a_merged_fact_alike(tmp_path):
    bridge_story(tmp_path)
    with Library.open(tmp_path) as lib:
        items = [i for i in lib.briefing() if other_sources(i) >= 1]
        assert items
        item = items[0]
        n = other_sources(item)
        assert n == len({s.path for s in item.sources} - {item.fact.path})  # articles, not sentences
        words = also_in(n)
    from briefing.tui.widgets.fact_list import FactList

    assert f"({words})" in FactList._prompt(item).plain  # the reader's briefing view (b)
    shown = run("facts", "--briefing", "--corpus", str(tmp_path)).stdout
    line = next(x for x in shown.splitlines() if item.fact.text[:40] in x)
    assert f"({words})" in line
    exported = run("export", "--corpus", str(tmp_path)).stdout
    assert words in exported
    data = json.loads(run("facts", "--briefing", "--json", "--corpus", str(tmp_path)).stdout)
    listed = {i["fact"]["sentence"]: i["other_sources"] for s in data["stories"] for i in s["briefing"]}
    assert listed[item.fact.sentence] == n


def test_key_facts_are_chosen_not_listed(tmp_path):
    out = run("facts", "--json", str(SEEDS))
    data = json.loads(out.stdout)
    with Library.open(SEEDS) as lib:
        body = {s.path.rsplit("/", 1)[-1]: len(lib.article(s.id).body_sentences()) for s in lib.summaries()}
    for item in data:
        name = item["path"].rsplit("/", 1)[-1]
        assert len(item["facts"]) <= min(8, int(0.6 * body[name]))
        assert all(f["score"] >= 1.0 for f in item["facts"])
        for f in item["facts"]:
            assert f["text"][:1].isupper() or f["text"][:1].isdigit() or f["text"] == f["sentence"]
    config = tmp_path / "config" / "briefing"
    config.mkdir(parents=True)
    (config / "config.yaml").write_text("facts_per_article: 3\n", encoding="utf-8")
    import os

    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    three = json.loads(run("facts", "--json", str(SEEDS), env=env).stdout)
    assert all(len(a["facts"]) <= 3 for a in three) and any(len(a["facts"]) == 3 for a in three)


def test_the_story_list_names_each_article_by_title_then_file():
    out = run("stories", str(SEEDS))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    for path in sorted(SEEDS.glob("*.txt")):
        at = next(i for i, line in enumerate(lines) if line.strip().split("  ")[0] == str(path))
        title = lines[at - 1].strip()
        assert title and not title.startswith("/") and not lines[at - 1].startswith("      "), lines[at - 1]
        assert lines[at].startswith("      ")


def test_two_reports_of_one_outlet_are_one_source(tmp_path):
    from .test_stories import article

    bridge_story(tmp_path)
    article(  # a second report of Nordic Wire, the outlet of b.md
        tmp_path,
        "d.md",
        "Vanaturu bridge repairs to take six weeks, builder says",
        "Nordic  wire",  # spaced and capitalised otherwise: still the same outlet
        "2024-03-05",
        "Kalvik Construction said on Tuesday that it expects repairs to the storm-damaged Vanaturu bridge in "
        "Tallinn to take six weeks and to cost 4 million euros.",
        "Mayor Liisa Kask has said the city will pay for the work before it claims the cost from insurers.",
    )
    with Library.open(tmp_path) as lib:
        story = lib.stories()[0]
        assert len(story.articles) == 4 and story.sources == 3
        outlet = {s.path: " ".join(s.outlet.split()).casefold() for s in lib.summaries()}
        facts = [f for s in lib.summaries() for f in lib.facts(s.id)]
        for fact in facts:
            others = {outlet[r.path] for r in fact.corroborated_by}
            assert outlet[fact.path] not in others  # Nordic Wire does not corroborate Nordic Wire
            assert other_sources(fact) == len(others)
        by_both = [
            f for f in facts if {"b.md", "d.md"} <= {r.path.rsplit("/", 1)[-1] for r in f.corroborated_by}
        ]
        assert by_both, "a fact of another outlet stated in both Nordic Wire reports"
        assert other_sources(by_both[0]) == len({r.path for r in by_both[0].corroborated_by}) - 1
        for item in lib.briefing():
            assert item.source_count == len({outlet[s.path] for s in item.sources})
