"""A story's briefing holds what its articles' facts panes show, merged, and the claims another
source states too that no pane shows (corroboration is the story's); a corpus read from files
counts a story's sources and corroborated facts as its index does.

Fixtures: the seeds (one story of five outlets) and a copy of one of them filed again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.core.facts import report
from briefing.core.library import Library

from .conftest import SEEDS


@pytest.fixture
def corpus(tmp_path) -> Path:
    dest = tmp_path / "corpus"
    shutil.copytree(SEEDS, dest)
    return dest.resolve()


def _shown_keys(analysed: report.Analysed) -> set[tuple[str, int, int]]:
    return {(f.path, f.start, f.end) for facts in analysed.facts for f in facts}


@pytest.mark.parametrize("limit", [2, 8])
def test_every_briefing_item_states_a_fact_some_article_shows_or_two_sources_state(corpus, limit):
    from briefing.core.facts.counts import other_sources

    fresh = report.analyse([corpus], limit=limit)
    shown = _shown_keys(fresh)
    assert all(len(facts) <= limit for facts in fresh.facts)
    assert fresh.briefing
    beyond = 0
    for item in fresh.briefing:
        keys = {(item.fact.path, item.fact.start, item.fact.end)} | {
            (s.path, s.start, s.end) for s in item.sources
        }
        if not keys & shown:
            beyond += 1
            assert other_sources(item) >= 1, item.fact.sentence
    assert beyond if limit == 2 else True  # two facts an article: corroborated claims past them
    # each article's corroborated candidates past its key facts, as ``facts --json`` lists them
    for facts, more in zip(fresh.facts, fresh.beyond, strict=True):
        assert not {(f.path, f.start) for f in facts} & {(f.path, f.start) for f in more}
        assert all(other_sources(f) >= 1 for f in more)
    with Library.open(corpus) as lib:
        lib.fact_limit = limit
        stored = report.from_library(lib)
    assert report.briefing_json(stored) == report.briefing_json(fresh)
    assert report.articles_json(stored) == report.articles_json(fresh)
    if limit == 2:  # fewer facts shown, fewer items briefed
        assert len(fresh.briefing) < len(report.analyse([corpus], limit=8).briefing)


def test_files_and_index_count_a_story_alike_with_a_copy_filed_twice(corpus, monkeypatch, capsys):
    import json

    from briefing.cli import main

    first = sorted(corpus.glob("*.txt"))[0]
    shutil.copy(first, corpus / "zz_the_same_report_filed_again.txt")
    assert main(["stories", "--json", str(corpus)]) == 0
    from_files = json.loads(capsys.readouterr().out)["stories"]
    assert main(["stories", "--json", "--corpus", str(corpus)]) == 0
    from_index = json.loads(capsys.readouterr().out)["stories"]
    counts = [(s["sources"], s["corroborated"], len(s["articles"])) for s in from_files]
    assert counts == [(s["sources"], s["corroborated"], len(s["articles"])) for s in from_index]
    assert counts[0][2] == 6 and counts[0][0] == 5  # the copy is no sixth source
