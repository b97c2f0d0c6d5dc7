"""``briefing show --dropped``: each dropped line on one terminal row, cut with "…"; whole in a pipe."""

from __future__ import annotations

import os
import pty
import re
import subprocess

from rich.cells import cell_len

from briefing.commands.output import clip

from .conftest import briefing_cmd, drain_pty

NOTICE = (
    "Copyright 2024 Coastal Daily News Publishing Group Limited. All rights reserved. This material "
    "may not be published, broadcast, rewritten or redistributed in any form without permission."
)
ARTICLE = (
    "Harbour Authority Approves New Ferry Terminal\n\n"
    "The harbour authority approved a new ferry terminal on Tuesday after a two-year review of the plans.\n\n"
    "The terminal will handle four crossings a day and open next spring, officials said in a statement.\n\n"
    "Construction is expected to employ about three hundred workers during the busiest months.\n\n"
    f"{NOTICE}\n"
)
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _write(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_long_dropped_line_is_cut_on_a_terminal_with_an_ellipsis(tmp_path):
    path = _write(tmp_path)
    master, slave = pty.openpty()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="80")
    argv = [*briefing_cmd(), "show", "--dropped", "--no-entities", str(path)]
    proc = subprocess.Popen(argv, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    raw = drain_pty(master, proc, 60, "no output from briefing show in a terminal")
    assert proc.wait(timeout=30) == 0
    rows = [_SGR.sub("", line) for line in raw.decode("utf-8").splitlines()]
    dropped = [row for row in rows if row.lstrip().startswith("dropped (")]
    assert len(dropped) == 1, rows
    row = dropped[0].rstrip()
    assert row.endswith("…"), row
    assert cell_len(row) <= 80, row
    shown = row.split("): ", 1)[1][:-1]
    assert NOTICE.startswith(shown) and NOTICE[len(shown)] == " ", "cut inside a word"


def test_in_a_pipe_the_dropped_line_is_whole(tmp_path):
    path = _write(tmp_path)
    out = subprocess.run(
        [*briefing_cmd(), "show", "--dropped", "--no-entities", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert f"  dropped (copyright notice): {NOTICE}\n" in out


def test_clip_counts_cells_and_cuts_at_words():
    assert clip("short", 10) == "short"
    assert clip("hello world this is long", 12) == "hello world…"
    assert clip("abcdefghijklmnop", 8) == "abcdefg…"  # one long word: cut inside it
    wide = clip("日本語の文章です長い", 9)
    assert wide.endswith("…") and cell_len(wide) <= 9
