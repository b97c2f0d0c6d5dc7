"""``briefing index --shared``: a read-only index for every user, used while fresh, else a private one."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.core import paths
from briefing.core.library import Library

from .conftest import SEEDS, briefing_cmd


@pytest.fixture
def corpus(tmp_path) -> Path:
    dest = tmp_path / "corpus"
    shutil.copytree(SEEDS, dest)
    return dest


def user_env(tmp_path: Path, name: str) -> dict:
    env = os.environ.copy()
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        env[var] = str(tmp_path / name / var.lower())
    return env


def test_shared_build_is_readable_by_all(corpus):
    out = subprocess.run(
        [*briefing_cmd(), "index", "--shared", str(corpus), "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    shared = corpus / ".briefing-index"
    assert (shared / "manifest.json").is_file()
    for folder, _dirs, files in os.walk(shared):
        assert os.stat(folder).st_mode & 0o777 == 0o755, folder
        for name in files:
            assert os.stat(os.path.join(folder, name)).st_mode & 0o777 == 0o644, name


def test_fresh_shared_index_is_used_read_only(corpus, tmp_path):
    Library.open(corpus, shared=True).close()
    manifest = corpus / ".briefing-index" / "manifest.json"
    before = manifest.stat().st_mtime_ns
    env = user_env(tmp_path, "alice")
    out = subprocess.run(
        [*briefing_cmd(), "search", "canola", "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0 and out.stderr == ""
    assert manifest.stat().st_mtime_ns == before
    assert not (tmp_path / "alice" / "xdg_cache_home" / "briefing" / "indexes").exists()
    with Library.open(corpus) as lib:
        assert lib.read_only and lib.index_dir.shared


def test_stale_shared_index_falls_back_with_one_notice(corpus, tmp_path):
    Library.open(corpus, shared=True).close()
    target = sorted(corpus.glob("003_*"))[0]
    target.write_text(
        target.read_text(encoding="utf-8") + "\nThe quokkanomics memo leaked.\n", encoding="utf-8"
    )
    env = user_env(tmp_path, "bob")
    out = subprocess.run(
        [*briefing_cmd(), "search", "quokkanomics", "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    notices = out.stderr.strip().splitlines()
    assert len(notices) == 1 and "shared index" in notices[0] and "out of date" in notices[0]
    assert "003_" in out.stdout
    assert (tmp_path / "bob" / "xdg_cache_home" / "briefing" / "indexes").is_dir()


def test_corpus_untouched_without_shared(corpus):
    before = {p: p.stat().st_mtime_ns for p in corpus.rglob("*")}
    folder_mtime = os.stat(corpus).st_mtime_ns
    out = subprocess.run([*briefing_cmd(), "index", str(corpus)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0
    out = subprocess.run(
        [*briefing_cmd(), "search", "canola", "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0
    assert {p: p.stat().st_mtime_ns for p in corpus.rglob("*")} == before
    assert os.stat(corpus).st_mtime_ns == folder_mtime
    assert not (corpus / ".briefing-index").exists()


def test_unwritable_cache_indexes_in_a_temporary_folder(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "ro-cache"
    cache.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    blocker = cache / "briefing"
    blocker.write_text("not a folder", encoding="utf-8")  # mkdir fails even for root
    with Library.open(corpus) as lib:
        assert any("cannot write the index" in n and str(blocker) in n for n in lib.notices)
        assert {Path(h.path).name[:3] for h in lib.search("canola").hits} == {"002", "004"}
        temp = lib.index_dir.path
    assert not temp.exists()
    assert paths.private_index_dir(corpus).parent.parent == blocker


def _gone_reader(done: int, total: int) -> None:
    raise BrokenPipeError(32, "Broken pipe")  # the reader reading the progress went away


def test_a_reader_gone_away_is_no_unwritable_cache_and_leaves_no_temporary_index(
    corpus, tmp_path, monkeypatch
):
    """A broken pipe of the progress callback is an OSError too: it was read as "cannot write the
    index", the corpus indexed again into a temporary folder, and that folder left in /tmp."""
    import tempfile

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with pytest.raises(BrokenPipeError):
        Library.open(corpus, progress=_gone_reader)
    assert list(scratch.iterdir()) == []
    blocker = tmp_path / "ro-cache" / "briefing"  # and when the cache cannot be written either
    blocker.parent.mkdir()
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker.parent))
    with pytest.raises(BrokenPipeError):
        Library.open(corpus, progress=_gone_reader)
    assert list(scratch.iterdir()) == []


def test_rebuild_without_shared_leaves_the_shared_index_alone(corpus):
    Library.open(corpus, shared=True).close()
    manifest = corpus / ".briefing-index" / "manifest.json"
    before = manifest.read_bytes()
    with Library.open(corpus, rebuild=True) as lib:
        assert not lib.index_dir.shared and lib.report.added == 5
        assert lib.index_dir.path == paths.private_index_dir(corpus)
    assert manifest.read_bytes() == before
