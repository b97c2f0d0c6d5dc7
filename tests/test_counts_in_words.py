"""Counts in words: exactly one of a thing is singular in every command ("1 story, 1 article",
"1 key fact"), and the Markdown export counts articles as articles, not as sources."""

from __future__ import annotations

import subprocess

from briefing.core.plural import counted

from .conftest import briefing_cmd


def test_counted_is_singular_for_exactly_one():
    assert counted(1, "fact") == "1 fact"
    assert counted(0, "fact") == "0 facts"
    assert counted(2, "story", "stories") == "2 stories"
    assert counted(1, "story", "stories") == "1 story"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*briefing_cmd(), *args], capture_output=True, text=True, timeout=120)


def test_one_article_is_counted_in_the_singular(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: Ferry strike ends\noutlet: Harbour News\n---\n\n"
        "Ferry crews in Varna ended a four-day strike on Sunday after the operator agreed to a 6% "
        "pay rise.\n\n"
        "Sailings to the islands resume on Monday morning, the operator said.\n",
        encoding="utf-8",
    )
    stories = run("stories", "--all", "--corpus", str(tmp_path))
    assert stories.returncode == 0, stories.stderr
    assert stories.stdout.startswith("1 story, 1 article\n")
    assert "1 source · 1 article" in stories.stdout
    index = run("index", str(tmp_path), "--quiet")
    assert " 1 article in the index " in index.stdout, index.stdout
    exported = run("export", "--corpus", str(tmp_path))
    assert exported.returncode == 0, exported.stderr
    assert "1 article, " in exported.stdout and " sources, " not in exported.stdout
