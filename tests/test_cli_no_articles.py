"""A folder with no article to read (empty, or only binary files): every command says so in one
line naming the folder and what to do, exit status 1; none ends silently."""

from __future__ import annotations

import subprocess

import pytest

from .conftest import briefing_cmd
from .hostile import assert_no_traceback


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(briefing_cmd() + argv, capture_output=True, text=True, timeout=120)


@pytest.fixture(params=["empty", "binary"])
def folder(request, tmp_path):
    path = tmp_path / request.param
    path.mkdir()
    if request.param == "binary":
        (path / "a.txt").write_bytes(b"\x00\x01\x02 not text" * 40)
        (path / "b.html").write_bytes(b"<html>\x00\xff\xfe</html>" * 40)
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "{dir}"],
        ["entities", "{dir}"],
        ["facts", "{dir}"],
        ["facts", "--briefing", "{dir}"],
        ["stories", "{dir}"],
        ["export", "{dir}"],
        ["--corpus", "{dir}", "entities"],
        ["--corpus", "{dir}", "facts"],
        ["search", "oil", "{dir}"],
    ],
)
def test_no_articles_is_one_line_naming_the_folder(folder, argv):
    proc = _run([word.replace("{dir}", str(folder)) for word in argv])
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stdout == ""
    assert_no_traceback(proc.stderr)
    said = [line for line in proc.stderr.splitlines() if "skipped" not in line]  # one per binary file
    assert len(said) == 1, proc.stderr
    assert str(folder) in said[0] and "no articles to read" in said[0]
    assert "add articles there or give another FILE|DIR" in said[0]
    assert "try fewer words" not in proc.stderr  # an empty corpus is no query to change


def test_json_still_prints_an_empty_list(tmp_path):
    proc = _run(["entities", "--json", str(tmp_path)])
    assert proc.returncode == 1
    assert proc.stdout.strip() == "[]"
    assert "no articles to read" in proc.stderr
