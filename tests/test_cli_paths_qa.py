"""Corpus paths and keymap files a user can get wrong: one line naming the thing and the fix."""

from __future__ import annotations

import subprocess

import pytest

from .conftest import briefing_cmd
from .hostile import assert_no_traceback


def _run(argv: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(briefing_cmd() + argv, capture_output=True, text=True, timeout=60, env=env)


def _one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stdout == ""
    assert_no_traceback(proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.mark.parametrize("argv", [["--corpus", "", "locate"], ["locate", "--corpus", " "], ["index", ""]])
def test_an_empty_corpus_path_is_an_error_naming_the_option(argv):
    line = _one_line_error(_run(argv))
    option = "PATH" if argv[0] == "index" else "--corpus"
    assert f"{option} is empty" in line and "pass a corpus folder or file" in line


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_device_as_corpus_is_an_error(device):
    line = _one_line_error(_run(["locate", "--corpus", device]))
    assert device in line and "neither a folder nor a regular file" in line
    assert "pass a folder" in line


def test_locate_counts_one_article_file_in_the_singular(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("A headline\n\nA body sentence about the visit to Beijing.\n")
    proc = _run(["locate", "--corpus", str(article)])
    assert proc.returncode == 0, proc.stderr
    corpus_line = next(line for line in proc.stdout.splitlines() if line.startswith("corpus:"))
    assert corpus_line.endswith("(1 article file)")
    assert "((" not in proc.stdout and "))" not in proc.stdout


def test_a_keymap_that_is_not_a_mapping_says_what_a_keymap_looks_like(tmp_path):
    passwd = tmp_path / "passwd"
    passwd.write_text("root:x:0:0:root:/root:/bin/bash\n")
    line = _one_line_error(_run(["keys", "--keymap", str(passwd)]))
    assert str(passwd) in line and "expected a mapping" in line
    assert "bindings:" in line and "default, vim, emacs" in line
