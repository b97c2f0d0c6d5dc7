"""One folder given to ``stories``, ``facts``, ``export`` or ``entities`` is that folder as the
corpus, read from its index like ``briefing search QUERY DIR``, never analysed afresh at every run
(two minutes on 2,225 BBC files, half a second from the index)."""

from __future__ import annotations

import json

import pytest

from briefing import cli
from briefing.core import ingest
from briefing.core.facts import report

from .test_stories import bridge_story, unrelated_same_country


def _never(*args, **kwargs):
    raise AssertionError("the folder was analysed afresh instead of read from its index")


def _output(capsys, argv: list[str]) -> tuple[int, str]:
    code = cli.main(argv)
    return code, capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["stories", "--json"],
        ["facts", "--json"],
        ["facts", "--briefing", "--json"],
        ["export"],
        ["entities"],
        ["entities", "--json"],
    ],
)
def test_one_folder_is_read_from_its_index(tmp_path, capsys, monkeypatch, argv):
    corpus = tmp_path / "news"
    corpus.mkdir()
    bridge_story(corpus)
    unrelated_same_country(corpus)
    assert cli.main(["index", "--quiet", str(corpus)]) == 0
    capsys.readouterr()
    code, expected = _output(capsys, ["--corpus", str(corpus), *argv])
    assert code == 0 and expected.strip()
    monkeypatch.setattr(report, "analyse", _never)
    monkeypatch.setattr(ingest, "load_paths", _never)
    code, got = _output(capsys, [*argv, str(corpus)])
    assert code == 0
    assert got == expected  # the same as naming it the corpus
    if argv == ["stories", "--json"]:
        assert [len(s["articles"]) for s in json.loads(got)["stories"]] == [3, 1]


def test_a_folder_other_than_the_corpus_named_stays_a_selection(tmp_path, capsys, monkeypatch):
    corpus, other = tmp_path / "news", tmp_path / "other"
    corpus.mkdir()
    other.mkdir()
    bridge_story(corpus)
    unrelated_same_country(other)
    code, got = _output(capsys, ["stories", "--json", "--corpus", str(corpus), str(other)])
    assert code == 0
    assert [len(s["articles"]) for s in json.loads(got)["stories"]] == [1]  # other's one article
