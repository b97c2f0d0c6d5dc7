"""Shared fixtures: the repo's seeds, the shared evaluation data, isolated XDG dirs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EVAL = Path(os.environ.get("BRIEFING_EVAL_DIR", REPO.parent / "shared" / "eval"))


@pytest.fixture(autouse=True)
def isolated_xdg(tmp_path_factory, monkeypatch):
    """Every test gets its own XDG config/cache/state dirs and no corpus from the environment."""
    home = tmp_path_factory.mktemp("xdg")
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("BRIEFING_CORPUS", raising=False)
    return home


@pytest.fixture
def eval_dir() -> Path:
    if not (EVAL / "score.py").exists():
        pytest.skip(f"shared evaluation data not found at {EVAL} (set BRIEFING_EVAL_DIR)")
    return EVAL


@pytest.fixture
def starved(monkeypatch):
    """Pilot as on a machine that starves the test of CPU: ``press`` returns as soon as the
    key is sent (its idle check sees no CPU used and stops waiting), so what the key set off
    (posted messages, notices) may still be pending. A test using this must wait on the
    state it needs (``tui_helpers.wait_for``), never on time."""
    import asyncio

    import textual.app

    async def idle_at_once(min_sleep: float = 0, max_sleep: float = 1) -> None:
        await asyncio.sleep(0)

    monkeypatch.setattr(textual.app, "wait_for_idle", idle_at_once)


def briefing_cmd() -> list[str]:
    """The installed console script next to this Python, else ``python -m briefing``."""
    script = Path(sys.executable).parent / "briefing"
    return [str(script)] if script.exists() else [sys.executable, "-m", "briefing"]


def drain_pty(master: int, proc, timeout: float, what: str) -> bytes:
    """Everything written to a pty until the child closes it; closes ``master``.

    Each read waits at most ``timeout`` seconds; then the child is killed and the
    test fails with ``what``.
    """
    import select

    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], timeout)
        if not ready:
            proc.kill()
            raise AssertionError(what)
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return b"".join(chunks)


SLOW_WAIT = 10.0  # seconds: a wait on the screen this long is listed in the run's summary


def pytest_terminal_summary(terminalreporter) -> None:
    """The end-to-end waits that took long, so a slow step shows instead of passing quietly
    (the tmux waits go on while the screen changes: see ``tests/tmux.py``)."""
    from .tmux import WAITS

    slow = sorted((w for w in WAITS if w[2] >= SLOW_WAIT), key=lambda w: -w[2])
    if slow:
        terminalreporter.section(f"screen waits of {SLOW_WAIT:.0f} s or more")
        for test, what, seconds in slow:
            terminalreporter.write_line(f"{seconds:6.1f} s  {what}  ({test})")


@pytest.fixture
def gate(monkeypatch):
    """Hold the reader's opening of the index (after the indexer is done) until the gate opens,
    so keys are typed while it is certainly still indexing (test_while_indexing, test_preview_...)."""
    import threading

    from briefing.core.library import Library
    from briefing.tui.screens import open_flow

    gate = threading.Event()

    class HeldLibrary(Library):
        @classmethod
        def open(cls, *args, **kwargs):
            assert gate.wait(60), "the test never opened the gate"
            return Library.open(*args, **kwargs)

    monkeypatch.setattr(open_flow, "FILL_EVERY", 0.0)
    monkeypatch.setattr(open_flow, "Library", HeldLibrary)
    return gate
