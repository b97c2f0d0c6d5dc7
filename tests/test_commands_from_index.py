"""``facts``/``entities``/``export`` on the whole corpus read the index's stored analysis:
same output as analysing the files afresh, and no file is parsed again."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.core import analysis, ingest
from briefing.core.facts import report
from briefing.core.library import Library

from .conftest import SEEDS


@pytest.fixture
def corpus(tmp_path) -> Path:
    dest = tmp_path / "corpus"
    shutil.copytree(SEEDS, dest)
    return dest.resolve()


def capture(monkeypatch, argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    code = main(argv)
    monkeypatch.setattr(sys, "stdout", sys.__stdout__)
    return code, out.getvalue()


def test_stored_facts_equal_a_fresh_analysis(corpus):
    fresh = report.analyse([corpus])
    with Library.open(corpus) as lib:
        stored = report.from_library(lib)
    assert report.briefing_json(stored) == report.briefing_json(fresh)


def test_stored_mentions_equal_a_fresh_analysis(corpus):
    loaded = ingest.load_paths([corpus])
    with Library.open(corpus) as lib:
        for article in loaded.articles:
            aid = lib.id_of(article.path)
            assert lib.mentions(aid) == analysis.entities(article)


@pytest.mark.parametrize(
    "argv", [["facts", "--json"], ["facts", "--briefing", "--json"], ["entities", "--json"], ["export"]]
)
def test_whole_corpus_commands_do_not_reparse(corpus, monkeypatch, argv):
    Library.open(corpus).close()

    def no_parse(*args, **kwargs):
        raise AssertionError("the whole-corpus commands must read the index, not re-parse files")

    monkeypatch.setattr(ingest, "parse", no_parse)
    code, text = capture(monkeypatch, [*argv, "--corpus", str(corpus)])
    assert code == 0 and text
    if "--json" in argv:
        json.loads(text)


def test_search_defers_linking_until_facts_are_needed(corpus, monkeypatch):
    from briefing.core import paths
    from briefing.core.index.store import IndexDir

    calls = []
    real_link = analysis.link_story
    monkeypatch.setattr(analysis, "link_story", lambda *a: calls.append(1) or real_link(*a))
    code, _ = capture(monkeypatch, ["search", "canola", "--corpus", str(corpus)])
    assert code == 0 and calls == []
    ixdir = IndexDir(paths.private_index_dir(corpus))
    token = ixdir.read_manifest()["token"]
    assert (ixdir.read_json("links.json") or {}).get("token") != token
    with Library.open(corpus) as lib:
        stored = report.from_library(lib)
    assert calls == [1]
    assert ixdir.read_json("links.json")["token"] == token
    assert report.briefing_json(stored) == report.briefing_json(report.analyse([corpus]))
    calls.clear()
    with Library.open(corpus) as lib:
        lib.briefing()
    assert calls == []  # links are stored now: not computed again
