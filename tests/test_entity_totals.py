"""The stored corpus-wide entity table: kept right by incremental updates, recounted when
it cannot be trusted, and what the reader's entity list reads instead of adding up every article."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing.core.entities.dates import is_relative
from briefing.core.index import entity_totals
from briefing.core.library import Library

from .conftest import SEEDS


class Objects:
    """Stored analysis by content key: only the mentions matter here."""

    def __init__(self, rows_by_key: dict) -> None:
        self.rows = rows_by_key

    def read_object(self, key):
        rows = self.rows.get(key)
        if rows is None:
            return None
        return {"mentions": [[t, c, 0, 1, None] for c, t, n in rows for _ in range(n)]}


def test_rows_of_counts_mentions_per_entity():
    stored = {
        "mentions": [
            ["GPE", "Ottawa", 0, 6, None],
            ["GPE", "Ottawa", 9, 15, None],
            ["PERSON", "Mark Carney", 20, 26, "Carney"],
        ]
    }
    assert sorted(entity_totals.rows_of(stored)) == [["Mark Carney", "PERSON", 1], ["Ottawa", "GPE", 2]]


def test_updated_matches_a_recount():
    rows = {
        "ka": [["Ottawa", "GPE", 2], ["Mark Carney", "PERSON", 1]],
        "kb": [["Ottawa", "GPE", 1]],
        "kc": [["Beijing", "GPE", 3]],
    }
    old_files = {"a.txt": [1, 1, 1, "ka", "A"], "b.txt": [1, 1, 1, "kb", "B"], "c.txt": [1, 1, 1, "kc", "C"]}
    objects = Objects(rows)
    stored = {"token": "t1", "items": entity_totals.recount(objects, old_files)}
    assert stored["items"] == entity_totals.count(rows.values())
    new_rows = {
        "ka2": [["Ottawa", "GPE", 5]],  # a changed: Carney gone, more Ottawa
        "kd": [["Mark Carney", "PERSON", 2]],
    }  # d added
    files = {"a.txt": [2, 2, 2, "ka2", "A"], "b.txt": [1, 1, 1, "kb", "B"], "d.txt": [1, 1, 1, "kd", "D"]}
    got = entity_totals.updated(objects, stored, "t1", old_files, files, new_rows)  # c removed
    assert got == entity_totals.count([new_rows["ka2"], rows["kb"], new_rows["kd"]])
    assert got[0] == ["Ottawa", "GPE", 6, 2]
    assert all(row[0] != "Beijing" for row in got)


def test_untrusted_totals_are_recounted():
    rows = {"ka": [["Ottawa", "GPE", 2]], "kb": [["Ottawa", "GPE", 1]]}
    files = {"a.txt": [1, 1, 1, "ka", "A"], "b.txt": [1, 1, 1, "kb", "B"]}
    wrong = {"token": "stale", "items": [["Nowhere", "GPE", 99, 9]]}
    objects = Objects(rows)
    assert entity_totals.updated(objects, wrong, "t1", {"a.txt": files["a.txt"]}, files, {}) == [
        ["Ottawa", "GPE", 3, 2]
    ]
    # a changed article whose old analysis is gone cannot be subtracted: recounted
    trusted = {"token": "t1", "items": [["Ottawa", "GPE", 2, 1], ["Nowhere", "GPE", 1, 1]]}
    old = {"a.txt": [1, 1, 1, "lost", "A"]}
    assert entity_totals.updated(objects, trusted, "t1", old, files, {}) == [["Ottawa", "GPE", 3, 2]]


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(SEEDS, root)
    return root


def recount(lib: Library) -> list:
    """The table counted from scratch from the stored analysis of every indexed article."""
    return entity_totals.count(
        entity_totals.rows_of(lib.index_dir.read_object(entry[3]))
        for entry in lib._manifest["files"].values()
    )


def test_library_reads_the_stored_table_and_it_follows_edits(corpus):
    with Library.open(corpus) as lib:
        stored = json.loads((lib.index_dir.path / entity_totals.FILE).read_text())
        assert stored["token"] == lib._manifest["token"]
        table = [[e.canonical, e.type, e.mentions, e.articles] for e in lib.entities(relative_dates=True)]
        assert table == stored["items"] == recount(lib)
        listed = lib.entities()
        assert [[e.canonical, e.type, e.mentions, e.articles] for e in listed] == [
            row for row in table if not (row[1] == "DATE" and is_relative(row[0]))
        ]
        assert lib.entity_count() == len(listed) and lib.entities(3) == listed[:3]
        assert lib.entity_count(relative_dates=True) == len(table)
        assert {"PERSON", "GPE"} <= lib.entity_types()
    files = sorted(corpus.glob("*.txt"))
    files[0].unlink()
    with open(files[1], "a", encoding="utf-8") as handle:
        handle.write("\nPrime Minister Jacinda Ardern met officials in Wellington on Monday.\n")
    with Library.open(corpus) as lib:
        assert lib.report.removed == 1 and lib.report.updated == 1
        table = [[e.canonical, e.type, e.mentions, e.articles] for e in lib.entities(relative_dates=True)]
        assert table == recount(lib)
        assert any(row[0] == "Wellington" for row in table)


def test_an_index_without_the_table_still_lists_entities(corpus):
    with Library.open(corpus) as lib:
        expected = lib.entities()
        (lib.index_dir.path / entity_totals.FILE).unlink()
    with Library.open(corpus) as lib:
        assert lib.entities() == expected


def test_mentions_of_finds_every_article_naming_the_entity(corpus):
    with Library.open(corpus) as lib:
        top = lib.entities(1)[0]
        found = lib.mentions_of(top.canonical)
        assert len(found) == top.mentions
        assert len({aid for aid, _ in found}) == top.articles
        for aid, mention in found:
            assert mention.canonical == top.canonical
            assert lib.article(aid).content[mention.start : mention.end] == mention.text
        assert lib.mentions_of("Nobody Anywhere Atall") == []
        assert lib.mentions_of("") == []
