"""The reader through a real SSH session: sshd on loopback, a test user, ``ssh -tt`` in tmux.

Reuses the SSH fixtures of ``test_ssh_e2e`` (own sshd, host key, login user; root
only) and drives the full-screen reader with keys: sources and article appear, a
search finds a word of an article, planted escapes do nothing, ``q`` exits 0.
"""

from __future__ import annotations

import shlex

from .test_ssh_e2e import base, corpus, pytestmark, runtime, session  # noqa: F401 - fixtures
from .tmux import Tmux


def test_reader_over_ssh_in_tmux(session, runtime, corpus, base):  # noqa: F811 - fixtures
    ssh, _user, _sshd = session
    remote = runtime.shell("--corpus", str(corpus))
    command = shlex.join(ssh[:1] + ["-tt"] + ssh[1:] + [remote])
    with Tmux(base / "tmux-reader", width=120, height=40) as tmux:
        target = tmux.start(command, env={"TERM": "xterm-256color"})
        screen = tmux.wait_for(
            target,
            lambda s: "Sources (3)" in s and "Key facts" in s,
            what="the reader with its three articles",
        )
        assert "A Plain Head" in screen
        tmux.send(target, "/")
        # type once the search bar has focus (its footer offers "Results"): keys sent in the
        # same burst as "/" may still be routed to the pane that had focus
        tmux.wait_for(
            target,
            lambda s: "Results" in s.rstrip().splitlines()[-1],
            what="the search bar focused",
        )
        tmux.send(target, "-l", "headline")
        tmux.wait_for(
            target,
            lambda s: "match" in s and "A Plain Headline Here" in s,
            what="search results for a title word",
        )
        tmux.send(target, "Enter")
        tmux.wait_for(
            target,
            lambda s: "Search" in s and "match 1/" in s,
            what="the article opened at the match",
        )
        tmux.send(target, "q")
        assert tmux.wait_exit(target, timeout=60) == 0
        assert "pwned" not in tmux.info(target, "#{pane_title}")
        assert tmux.buffers().strip() == ""
