"""The stored grouping state (story_state.sqlite): read a bucket at a time, it groups as the live
grouper does; what an update writes back is what writing the whole state would store; a state of
another format, of another token or corrupt is rebuilt; a write that fails leaves the old state."""

from __future__ import annotations

import json
import marshal
import sqlite3
from pathlib import Path

import pytest

from briefing.core import paths
from briefing.core.index import story_state
from briefing.core.index.store import IndexDir
from briefing.core.library import Library
from briefing.core.stories.grouping import Grouper
from briefing.core.stories.lazy import LazyDict
from tests.test_stories import bridge_story, stories_by_file, unrelated_same_country

EVENTS = {
    "quay": ("n:ostrava quay", "n:jan brenner", "w:quay", "w:flood", "w:barrier"),
    "mine": ("n:karvin colliery", "n:hana lisk", "w:mine", "w:shaft", "w:rescue"),
    "vote": ("n:brno assembly", "n:petr vacek", "w:budget", "w:vote", "w:deficit"),
    "fair": ("n:zlin book fair", "n:olga rybar", "w:fair", "w:publishers", "w:prize"),
}


def _signature(day: str, terms: tuple[str, ...], sketch: tuple[int, ...]) -> dict:
    return {"day": day, "terms": [[t, 1.0 + i % 3] for i, t in enumerate(terms)], "sketch": list(sketch)}


def _batch(start: int, n: int) -> list[tuple[str, dict]]:
    """``n`` articles on four events (each with words of its own and one shared place); every fifth
    is a copy of the one before (the same sketch)."""
    out = []
    names = sorted(EVENTS)
    for i in range(start, start + n):
        event = EVENTS[names[i % 4]]
        own = (f"w:detail{i}", f"w:extra{i % 7}", "g:moravia")
        sketch = (
            tuple(range(1000 * (i - 1), 1000 * (i - 1) + 24))
            if i % 5 == 0
            else tuple(range(1000 * i, 1000 * i + 24))
        )
        out.append((f"a{i:03d}", _signature(f"2024-05-{1 + i % 20:02d}", event[: 3 + i % 3] + own, sketch)))
    return out


def _tables(ixdir: IndexDir) -> dict:
    """Every table of the stored state, read whole (buckets merged), with its header."""
    con = sqlite3.connect(ixdir.path / story_state.FILE)
    try:
        out: dict = {"meta": dict(con.execute("SELECT key, value FROM meta").fetchall())}
        out["meta"].pop("token")
        out["stories"] = marshal.loads(
            con.execute("SELECT data FROM blobs WHERE name = 'stories'").fetchone()[0]
        )
        for name in story_state.TABLES:
            merged: dict = {}
            for (data,) in con.execute(f"SELECT data FROM {name}"):
                merged.update(marshal.loads(data))
            out[name] = merged
        return out
    finally:
        con.close()


def _folder(tmp_path: Path, name: str) -> IndexDir:
    ixdir = IndexDir(tmp_path / name)
    ixdir.ensure()
    return ixdir


def test_a_state_read_a_bucket_at_a_time_groups_and_stores_as_the_live_one(tmp_path):
    live = Grouper()
    live.add_all(_batch(0, 40))
    assert 2 <= len(live.stories) < 40  # merged stories, and more than one
    ixdir = _folder(tmp_path, "ix")
    story_state.write_whole(ixdir, "t1", live)
    stored = story_state.open_state(ixdir, "t1")
    assert stored is not None and isinstance(stored.grouper.articles, LazyDict)
    for grouper in (live, stored.grouper):
        grouper.remove("a007")
        grouper.remove("a012")
        grouper.add_all(_batch(40, 6) + [("a020", _batch(3, 1)[0][1])])  # new ones, and one changed
    assert {s: st.members for s, st in stored.grouper.stories.items()} == {
        s: st.members for s, st in live.stories.items()
    }
    assert len(stored.grouper.articles) == len(live.articles) == 44
    stored.save("t2")
    stored.close()
    whole = _folder(tmp_path, "whole")
    story_state.write_whole(whole, "t2", live)
    assert _tables(ixdir) == _tables(whole)
    # and what was saved reads back as the live grouper's state
    again = story_state.open_state(ixdir, "t2")
    assert again is not None
    assert all(again.grouper.articles[a] == entry for a, entry in live.articles.items())
    assert all(again.grouper.postings[t] == p for t, p in live.postings.items())
    again.close()


def test_an_update_that_reads_little_writes_back_only_what_changed(tmp_path):
    live = Grouper()
    live.add_all(_batch(0, 40))
    ixdir = _folder(tmp_path, "ix")
    story_state.write_whole(ixdir, "t1", live)
    stored = story_state.open_state(ixdir, "t1")
    assert stored is not None
    stored.grouper.add_all(_batch(40, 1))
    read = sum(len(getattr(stored.grouper, n).loaded()) for n in story_state.TABLES)
    assert 0 < read < sum(len(_tables(ixdir)[n]) for n in story_state.TABLES)
    stored.save("t2")
    stored.close()
    live.add_all(_batch(40, 1))
    whole = _folder(tmp_path, "whole")
    story_state.write_whole(whole, "t2", live)
    assert _tables(ixdir) == _tables(whole)


def test_another_token_another_format_or_a_corrupt_file_is_not_read(tmp_path):
    live = Grouper()
    live.add_all(_batch(0, 12))
    ixdir = _folder(tmp_path, "ix")
    assert story_state.open_state(ixdir, "t1") is None  # no state yet
    story_state.write_whole(ixdir, "t1", live)
    assert story_state.open_state(ixdir, "t0") is None  # the state of another manifest
    con = sqlite3.connect(ixdir.path / story_state.FILE)
    con.execute("UPDATE meta SET value = '0/0' WHERE key = 'format'")
    con.commit()
    con.close()
    assert story_state.open_state(ixdir, "t1") is None  # an older format
    (ixdir.path / story_state.FILE).write_bytes(b"not a database at all" * 100)
    assert story_state.open_state(ixdir, "t1") is None


def test_a_corrupt_bucket_is_reported_as_unreadable(tmp_path):
    live = Grouper()
    live.add_all(_batch(0, 12))
    ixdir = _folder(tmp_path, "ix")
    story_state.write_whole(ixdir, "t1", live)
    con = sqlite3.connect(ixdir.path / story_state.FILE)
    con.execute("UPDATE articles SET data = x'00ff00'")
    con.commit()
    con.close()
    stored = story_state.open_state(ixdir, "t1")
    assert stored is not None
    with pytest.raises(story_state.Unreadable):
        stored.grouper.articles.get("a001")
    stored.close()


def test_a_save_that_fails_midway_leaves_the_state_it_read(tmp_path, monkeypatch):
    live = Grouper()
    live.add_all(_batch(0, 20))
    ixdir = _folder(tmp_path, "ix")
    story_state.write_whole(ixdir, "t1", live)
    before = _tables(ixdir)
    stored = story_state.open_state(ixdir, "t1")
    assert stored is not None
    stored.grouper.add_all(_batch(20, 3))

    def crash(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(story_state, "_write_header", crash)  # after the buckets were written
    with pytest.raises(OSError):
        stored.save("t2")
    stored.close()
    assert _tables(ixdir) == before
    assert story_state.open_state(ixdir, "t2") is None and story_state.open_state(ixdir, "t1") is not None
    with pytest.raises(OSError):  # a whole write that fails leaves the old file too
        story_state.write_whole(ixdir, "t3", live)
    assert _tables(ixdir) == before and story_state.open_state(ixdir, "t1") is not None


def _changed(corpus: Path) -> None:
    path = corpus / "e.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nTickets for the tour go on sale in May.\n")


def test_an_index_with_an_old_or_corrupt_state_is_regrouped_not_crashed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bridge_story(corpus)
    unrelated_same_country(corpus)
    with Library.open(corpus) as lib:
        expected = stories_by_file(lib)
    ixdir = IndexDir(paths.private_index_dir(corpus))
    assert (ixdir.path / story_state.FILE).is_file()
    story_state.delete(ixdir)  # an index of the version before: the state in one JSON file
    (ixdir.path / "story_index.json").write_text(json.dumps({"token": "x", "state": {"version": 1}}))
    _changed(corpus)
    with Library.open(corpus) as lib:
        assert lib.report.updated == 1
        assert stories_by_file(lib) == expected
    assert not (ixdir.path / "story_index.json").exists() and (ixdir.path / story_state.FILE).is_file()
    con = sqlite3.connect(ixdir.path / story_state.FILE)
    con.execute("UPDATE articles SET data = x'00ff00'")  # every article's bucket unreadable
    con.execute("UPDATE postings SET data = x'00ff00'")
    con.commit()
    con.close()
    _changed(corpus)
    with Library.open(corpus) as lib:
        assert lib.report.updated == 1
        assert stories_by_file(lib) == expected
    stored = story_state.open_state(ixdir, json.loads(ixdir.manifest_path.read_text())["token"])
    assert stored is not None and stored.grouper.articles.get(next(iter(stored.grouper.member_ids())))
    stored.close()
