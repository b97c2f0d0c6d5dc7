"""Malformed and hostile queries: one line on stderr, exit 2, quickly; never a traceback.

Each query runs in a real subprocess against an indexed corpus; the subprocess
timeout is a guard against a runaway query (bounded time), not a speed test.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from .conftest import SEEDS, briefing_cmd
from .hostile import assert_no_traceback, assert_terminal_safe, write_hostile_corpus

BAD_QUERIES = {
    "syntax-paren": "title:(",
    "syntax-quote": '"unclosed phrase',
    "lone-star": "*",
    "lone-question": "?",
    "stars": "**",
    "lone-and": "a AND",
    "only-operators": "AND OR NOT",
    "close-paren": ")",
    "bracket": "[",
    "5000-chars-words": "tariff " * 714,
    "5000-chars-one-word": "a" * 5000,
    "5000-chars-wildcards": "*a" * 2500,
    "many-terms": " ".join(f"w{i}" for i in range(300)),
    "broad-wildcard": "t* OR c*",
    "osc-title": "\x1b]0;pwned\x07canola",
    "osc52": "canola\x1b]52;c;cHduZWQ=\x07",
    "csi": "\x1b[2Jcanola",
    "c1-csi": "\u009b31mcanola",
    "bidi": "\u202ecanola",
    "bell": "can\x07ola",
    "undecodable-byte": "can\udc9bola",  # a raw 0x9b byte in argv
    "unknown-field": "nosuch:word",
    "unknown-field-id": "id:x",
    "bad-date-range": "date:[bogus TO x]",
    "fuzzy-too-far": "tariff~99",
}


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    base = tmp_path_factory.mktemp("queries")
    corpus = base / "corpus"
    shutil.copytree(SEEDS, corpus)
    hostile = write_hostile_corpus(base / "hc", big=False)
    shutil.copy2(hostile.loads["escapes"], corpus / "escapes.txt")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        {name: str(base / name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")}
    )
    proc = subprocess.run(
        briefing_cmd() + ["index", "--quiet", str(corpus)], capture_output=True, env=env, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return corpus, env


@pytest.mark.parametrize("query", list(BAD_QUERIES.values()), ids=list(BAD_QUERIES))
@pytest.mark.parametrize("json_flag", [[], ["--json"]], ids=["text", "json"])
def test_bad_query_is_one_line_and_exit_2(indexed, query, json_flag):
    corpus, env = indexed
    proc = subprocess.run(
        briefing_cmd() + ["search", "--corpus", str(corpus), *json_flag, query],
        capture_output=True,
        env=env,
        timeout=60,
    )
    err = proc.stderr.decode("utf-8")
    assert_no_traceback(err)
    assert proc.returncode == 2, (proc.returncode, err, proc.stdout[:300])
    assert proc.stdout == b""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: ") and len(lines[0]) < 300, err
    assert_terminal_safe(err)


def test_good_queries_still_work_on_the_same_index(indexed):
    corpus, env = indexed
    for query, code in (
        ("canola", 0),
        ('"canola exports"', 0),
        ("tarif*", 0),
        ("zzzyxnonsense", 1),
        ("title:canola OR canola", 0),
    ):
        proc = subprocess.run(
            briefing_cmd() + ["search", "--corpus", str(corpus), query],
            capture_output=True,
            env=env,
            timeout=60,
        )
        assert proc.returncode == code, (query, proc.stderr.decode())
        assert_terminal_safe(proc.stdout.decode("utf-8"))
