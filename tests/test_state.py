"""Per-user reader state: SQLite in the XDG state dir, user-only, shared safely by two sessions."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

from briefing.core import paths
from briefing.core.state import FILE_NAME, State


def test_state_persists_and_is_user_only(tmp_path):
    corpus = tmp_path / "corpus"
    with State(corpus) as state:
        assert state.persistent and state.notice == ""
        state.mark_read("a1")
        state.set_position("a1", 120)
        state.add_search("canola")
        state.add_search("wheat")
        state.add_search("canola")
    db = paths.state_dir() / FILE_NAME
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.state_dir().stat().st_mode) == 0o700
    with State(corpus) as again:
        assert again.read_ids() == {"a1"}
        assert again.last_position() == ("a1", 120)
        assert again.search_history() == ["canola", "wheat"]
    with State(tmp_path / "other corpus") as other:
        assert other.read_ids() == set() and other.last_position() is None


def test_two_sessions_lose_no_update(tmp_path):
    corpus = tmp_path / "corpus"
    first, second = State(corpus), State(corpus)
    first.mark_read("a")
    second.mark_read("b")
    first.add_search("one")
    second.add_search("two")
    assert first.read_ids() == second.read_ids() == {"a", "b"}
    assert set(first.search_history()) == {"one", "two"}
    first.close()
    second.close()


def test_concurrent_processes_lose_no_update(tmp_path):
    corpus = tmp_path / "corpus"
    script = (
        "import sys\nfrom pathlib import Path\nfrom briefing.core.state import State\n"
        "s = State(Path(sys.argv[1]))\n"
        "for i in range(40):\n    s.mark_read(f'{sys.argv[2]}-{i}')\n"
        "s.close()\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(corpus), name], env=dict(os.environ))
        for name in ("p", "q", "r")
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0]
    with State(corpus) as state:
        assert len(state.read_ids()) == 120


def test_unwritable_state_dir_falls_back_to_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker / "sub"))
    with State(tmp_path / "corpus") as state:
        assert not state.persistent
        assert "not writable" in state.notice
        state.mark_read("a")
        assert state.read_ids() == {"a"}
