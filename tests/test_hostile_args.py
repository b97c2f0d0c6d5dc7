"""Hostile text outside articles: command-line arguments, file names, JSON strings."""

from __future__ import annotations

import json
import os
import subprocess

from briefing.commands.output import json_text
from briefing.core.sanitize import for_terminal, one_line

from .conftest import briefing_cmd
from .hostile import INJECTED, assert_no_traceback, assert_terminal_safe


def test_for_terminal_keeps_length_and_removes_every_planted_sequence():
    for seq in INJECTED + ["\udc9b31m", "a\ud800b"]:
        text = f"before {seq} after"
        safe = for_terminal(text)
        assert len(safe) == len(text)
        assert_terminal_safe(safe, repr(seq))
        assert safe.encode("utf-8")  # no lone surrogate left to fail on
    assert one_line("a\x1b]0;t\x07\nb") == "a␛]0;t␇ b"


def test_json_escapes_controls_and_undecodable_bytes_and_round_trips():
    path = os.fsdecode(b"/srv/news/bad\x9bname\xff.txt")
    data = {"path": path, "text": "x\x1b]52;c;AA\x07\u009b\u202ey"}
    text = json_text(data)
    text.encode("utf-8")  # valid UTF-8, strict
    assert_terminal_safe(text)
    assert json.loads(text) == data
    assert os.fsencode(json.loads(text)["path"]) == b"/srv/news/bad\x9bname\xff.txt"


def test_argument_errors_do_not_echo_escapes():
    for argv in (
        ["show", "--\x1b]0;pwned\x07"],
        ["\x1b]52;c;AAAA\x07"],
        ["show", "--\u202eevil"],
        ["--corpus", "/nonexistent/\x1b]0;pwned\x07\u009b", "show"],
        ["show", "/nonexistent/\x1b[2J\u202e"],
        ["show", "/nonexistent/bad\udc9b31m"],
    ):
        proc = subprocess.run(briefing_cmd() + argv, capture_output=True, timeout=60)
        err = proc.stderr.decode("utf-8")
        assert proc.returncode == 2, (argv, err)
        assert_no_traceback(err)
        assert_terminal_safe(err, repr(argv))
        assert_terminal_safe(proc.stdout.decode("utf-8"), repr(argv))
        assert len(err.strip().splitlines()[-1]) > 10
