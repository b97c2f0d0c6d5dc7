"""The stored corpus-wide entity table: kept right by incremental updates, recounted when
it cannot be trusted, and what the reader's entity list reads instead of adding up every article."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing.core.index import entity_totals
from briefing.core.library import Library

from .conftest import SEEDS


def test_updated_matches_a_recount():
    old = {"a": [["Ottawa", "GPE", 2], ["Mark Carney", "PERSON", 1]],
           "b": [["Ottawa", "GPE", 1]],
           "c": [["Beijing", "GPE", 3]]}
    stored = {"token": "t1", "items": entity_totals.count(old)}
    new = dict(old)
    new["a"] = [["Ottawa", "GPE", 5]]          # changed: Carney gone from a, more Ottawa
    del new["c"]                                # removed: Beijing gone entirely
    new["d"] = [["Mark Carney", "PERSON", 2]]   # added
    got = entity_totals.updated(stored, "t1", old, new)
    assert got == entity_totals.count(new)
    assert got[0] == ["Ottawa", "GPE", 6, 2]
    assert ["Beijing", "GPE", 3, 1] not in got and all(row[0] != "Beijing" for row in got)


def test_untrusted_totals_are_recounted():
    old = {"a": [["Ottawa", "GPE", 2]]}
    wrong = {"token": "stale", "items": [["Nowhere", "GPE", 99, 9]]}
    new = {"a": [["Ottawa", "GPE", 2]], "b": [["Ottawa", "GPE", 1]]}
    assert entity_totals.updated(wrong, "t1", old, new) == [["Ottawa", "GPE", 3, 2]]
    assert entity_totals.updated({}, None, old, new) == [["Ottawa", "GPE", 3, 2]]


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(SEEDS, root)
    return root


def recount(lib: Library) -> list:
    items = lib.index_dir.read_json("entities.json", {})["items"]
    return entity_totals.count(items)


def test_library_reads_the_stored_table_and_it_follows_edits(corpus):
    with Library.open(corpus) as lib:
        stored = json.loads((lib.index_dir.path / entity_totals.FILE).read_text())
        assert stored["token"] == lib._manifest["token"]
        table = [[e.canonical, e.type, e.mentions, e.articles] for e in lib.entities()]
        assert table == stored["items"] == recount(lib)
        assert lib.entity_count() == len(table) and lib.entities(3) == lib.entities()[:3]
        assert {"PERSON", "GPE"} <= lib.entity_types()
    files = sorted(corpus.glob("*.txt"))
    files[0].unlink()
    with open(files[1], "a", encoding="utf-8") as handle:
        handle.write("\nPrime Minister Jacinda Ardern met officials in Wellington on Monday.\n")
    with Library.open(corpus) as lib:
        assert lib.report.removed == 1 and lib.report.updated == 1
        table = [[e.canonical, e.type, e.mentions, e.articles] for e in lib.entities()]
        assert table == recount(lib)
        assert any(row[0] == "Wellington" for row in table)


def test_an_index_without_the_table_still_lists_entities(corpus):
    with Library.open(corpus) as lib:
        expected = lib.entities()
        (lib.index_dir.path / entity_totals.FILE).unlink()
    with Library.open(corpus) as lib:
        assert lib.entities() == expected
