"""The end-to-end tests' wait on the screen: it goes on while the screen changes, and fails
at once when the command ends, or soon when the screen freezes (never after a long fixed
bound that hides a slow step or a hang). The commands here are shell loops standing in for
the reader: one that shows progress for longer than the stillness bound, one that freezes.
"""

from __future__ import annotations

import time

import pytest

from . import tmux as tmux_mod
from .tmux import Tmux, have_tmux

pytestmark = pytest.mark.skipif(not have_tmux(), reason="tmux is not installed (.ci/run installs it)")

STILL = 1.5  # a short stillness bound, so the test is quick; the progress steps are shorter


def test_a_screen_that_shows_progress_is_waited_for_past_the_stillness_bound(tmp_path):
    with Tmux(tmp_path / "tmux", width=60, height=10) as tmux:
        # progress every 0.3 s for about 3 s (twice the bound), then the awaited word
        target = tmux.start("for i in 1 2 3 4 5 6 7 8 9 10; do echo step $i; sleep 0.3; done; echo READY")
        screen = tmux.wait_for(target, lambda s: "READY" in s, what="READY", still=STILL)
        assert "step 10" in screen


def test_a_frozen_screen_fails_after_the_stillness_bound_not_a_long_timeout(tmp_path):
    with Tmux(tmp_path / "tmux", width=60, height=10) as tmux:
        target = tmux.start("echo working; sleep 60; echo READY")
        started = time.monotonic()
        with pytest.raises(AssertionError, match="stood still"):
            tmux.wait_for(target, lambda s: "READY" in s, what="READY", still=STILL)
        assert time.monotonic() - started < 30  # well before the frozen command would have finished


def test_a_command_that_ends_without_the_screen_fails_at_once(tmp_path):
    with Tmux(tmp_path / "tmux", width=60, height=10) as tmux:
        target = tmux.start("echo Traceback; (exit 3)")
        with pytest.raises(AssertionError, match="ended before showing READY"):
            tmux.wait_for(target, lambda s: "READY" in s, what="READY", still=30)
        assert tmux.wait_exit(target) == 3


def test_every_wait_is_recorded_for_the_run_summary(tmp_path):
    with Tmux(tmp_path / "tmux", width=60, height=10) as tmux:
        target = tmux.start("echo READY")
        tmux.wait_for(target, lambda s: "READY" in s, what="the recorded wait")
    assert any(what == "the recorded wait" and "test_every_wait" in test for test, what, _ in tmux_mod.WAITS)
