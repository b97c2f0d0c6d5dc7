"""The cheap freshness check: a stamp of the corpus listing, and the check a one-shot search
runs in a forked child while it already searches. A fresh index is confirmed without reading
the manifest; every change to the corpus is still seen, by ``index`` and by ``search``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from briefing.core.index import background_check, location, store
from briefing.core.index.scan import scan
from briefing.core.library import Library

from .conftest import SEEDS, briefing_cmd


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(path, root / path.name)
    return root


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*briefing_cmd(), *args], capture_output=True, text=True, timeout=180)


def private_dir(corpus: Path) -> store.IndexDir:
    return location.choose(corpus, scan(corpus)).ixdir


def test_index_leaves_a_stamp_naming_the_manifest(corpus):
    assert run("index", str(corpus), "--quiet").returncode == 0
    ixdir = private_dir(corpus)
    stamp = json.loads(ixdir.stamp_path.read_text())
    st = os.stat(ixdir.manifest_path)
    assert stamp["manifest"] == [st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]
    assert stamp["listing"] == scan(corpus).digest()
    assert oct(ixdir.stamp_path.stat().st_mode & 0o777) == oct(0o600)


def test_a_fresh_index_is_confirmed_without_reading_the_manifest(corpus, monkeypatch):
    Library.open(corpus).close()
    store._MANIFESTS.clear()

    read = store.IndexDir.read_manifest

    def no_manifest(self):
        if not self.shared:  # (the absent shared index's manifest is looked for: one stat)
            raise AssertionError("the manifest was read for a fresh corpus")
        return read(self)

    monkeypatch.setattr(store.IndexDir, "read_manifest", no_manifest)
    with Library.open(corpus, link=False) as lib:
        assert lib.report.changed == 0 and not lib.report.wrote
        assert lib.search("canola").total >= 1


@pytest.mark.parametrize("change", ["edit", "add", "remove", "rename"])
def test_every_kind_of_change_breaks_the_stamp(corpus, change):
    Library.open(corpus).close()
    ixdir = private_dir(corpus)
    first = sorted(corpus.iterdir())[0]
    before = scan(corpus).digest()
    if change == "edit":  # same size, same second: only the nanoseconds and the bytes differ
        data = first.read_bytes()
        first.write_bytes(data[:-1] + (b"!" if data[-1:] != b"!" else b"?"))
    elif change == "add":
        (corpus / "new.txt").write_text("Zebracorn exports rose on Tuesday, officials said.\n")
    elif change == "remove":
        first.unlink()
    else:
        first.rename(corpus / ("renamed-" + first.name))
    after = scan(corpus)
    assert after.digest() != before
    assert ixdir.stamp_fingerprint(after.digest()) is None
    with Library.open(corpus) as lib:
        assert lib.report.changed >= 1 or lib.report.touched >= 1


def test_a_stamp_never_vouches_for_a_manifest_written_after_it(corpus):
    Library.open(corpus).close()
    ixdir = private_dir(corpus)
    digest = scan(corpus).digest()
    assert ixdir.stamp_fingerprint(digest)
    manifest = json.loads(ixdir.manifest_path.read_text())
    ixdir.write_json("manifest.json", manifest)  # same content, a new file
    assert ixdir.stamp_fingerprint(digest) is None


def test_search_right_after_an_edit_sees_the_edit(corpus):
    assert run("search", "canola", "--corpus", str(corpus)).returncode in (0, 1)
    target = sorted(corpus.iterdir())[1]
    with open(target, "a", encoding="utf-8") as handle:
        handle.write("\nZebracorn shipments doubled last year, the ministry said.\n")
    out = run("search", "zebracorn", "--corpus", str(corpus))
    assert out.returncode == 0, out.stderr
    assert target.name in out.stdout and "Zebracorn shipments doubled" in out.stdout
    target.unlink()
    gone = run("search", "zebracorn", "--corpus", str(corpus))
    assert gone.returncode == 1, gone.stdout


def test_background_check_answers_fresh_then_stale(corpus):
    Library.open(corpus).close()
    lib = Library.open_unverified(corpus)
    assert lib is not None and not lib.read_only
    assert lib.search("canola").total >= 1
    assert lib.verified() is lib
    lib.close()

    (corpus / "new.txt").write_text("Zebracorn exports rose on Tuesday, officials said.\n")
    lib = Library.open_unverified(corpus)
    assert lib is not None
    assert lib.search("zebracorn").total == 0  # the guessed index does not know it yet
    checked = lib.verified()
    assert checked is not lib
    with checked:
        assert checked.report.added == 1
        assert checked.search("zebracorn").total == 1


def test_background_check_is_not_used_without_an_index_or_with_threads(corpus):
    assert Library.open_unverified(corpus) is None  # nothing indexed yet
    Library.open(corpus).close()
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        assert not background_check.can_fork()
        assert Library.open_unverified(corpus) is None
    finally:
        release.set()
        worker.join()
    lib = Library.open_unverified(corpus)
    assert lib is not None
    lib.close()  # leaving before asking reaps the child


def test_shared_index_is_guessed_and_confirmed_read_only(corpus):
    assert run("index", "--shared", str(corpus), "--quiet").returncode == 0
    shared = store.IndexDir(corpus / ".briefing-index", shared=True)
    assert shared.stamp_path.is_file()
    assert oct(shared.stamp_path.stat().st_mode & 0o777) == oct(0o644)
    lib = Library.open_unverified(corpus)
    assert lib is not None and lib.read_only and lib.index_dir.path == shared.path
    assert lib.verified() is lib
    lib.close()
    (corpus / "new.txt").write_text("Zebracorn exports rose on Tuesday, officials said.\n")
    out = run("search", "zebracorn", "--corpus", str(corpus))
    assert out.returncode == 0, out.stderr
    assert "out of date" in out.stderr  # the stale shared index is named once, the private one used


def test_a_touched_file_rewrites_only_the_manifest(corpus):
    with Library.open(corpus) as lib:
        before = lib._manifest["token"]
        ixdir = lib.index_dir
    side = {
        name: os.stat(ixdir.path / name).st_ino
        for name in ("summaries.json", "entity_totals.json", "links.json")
    }
    target = sorted(corpus.iterdir())[0]
    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    with Library.open(corpus) as lib:
        assert lib.report.touched == 1 and lib.report.changed == 0 and lib.report.wrote
        assert lib._manifest["token"] == before  # links and totals still belong to it
        assert lib.facts(lib.id_of(str(target)))  # served as before
    assert {name: os.stat(ixdir.path / name).st_ino for name in side} == side
    assert ixdir.stamp_fingerprint(scan(corpus).digest())  # and the next check is cheap again


async def test_reader_started_on_a_guessed_index_shows_the_corpus_as_it_is(corpus):
    """``briefing read`` opens the last index before Textual starts; a file added since must
    still be in the source list once the check answers."""
    from briefing.tui.app import BriefingApp
    from briefing.tui.widgets.source_list import SourceList

    from .tui_helpers import wait_for

    Library.open(corpus).close()
    (corpus / "new.txt").write_text(
        "Zebracorn exports rose on Tuesday\n\nZebracorn exports rose on Tuesday, officials said in Ottawa.\n"
    )
    pending = Library.open_unverified(corpus, one_shot=False, link=False)
    assert pending is not None
    app = BriefingApp(corpus, None, unverified=pending)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = app.screen.query_one(SourceList)
        await wait_for(pilot, lambda: len(sources.items) == 4)
        assert any(item.path.endswith("new.txt") for item in sources.items)
        assert app.unverified is None and app.library is not pending
        assert not app.library.one_shot  # the reader keeps the mapped index
