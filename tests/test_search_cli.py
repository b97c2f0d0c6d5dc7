"""``briefing search``/``index``/``locate`` as real subprocesses: exit codes, pipes, terminals, JSON."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from .conftest import SEEDS, briefing_cmd, drain_pty


def run(*args, env=None, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*briefing_cmd(), *args],
        capture_output=True,
        text=True,
        env=env or os.environ.copy(),
        timeout=timeout,
    )


def run_in_pty(*args, timeout=120) -> tuple[int, str]:
    """Run with stdout on a pseudo-terminal (stderr a pipe); return (exit code, output)."""
    master, slave = pty.openpty()
    env = os.environ.copy()
    env.pop("NO_COLOR", None)
    env["TERM"] = "xterm-256color"
    env["COLUMNS"] = "200"
    proc = subprocess.Popen([*briefing_cmd(), *args], stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    output = drain_pty(master, proc, timeout, "no output from briefing in a terminal")
    return proc.wait(timeout=timeout), output.decode("utf-8", "replace")


def test_search_canola_in_a_pipe_is_plain():
    out = run("search", "canola", "--corpus", str(SEEDS))
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout and "\x1b" not in out.stderr
    ranked = [line for line in out.stdout.splitlines() if ".txt  score" in line]
    assert sorted(line.strip()[:3] for line in ranked) == ["002", "004"]
    assert "canola" in out.stdout.lower()


def test_search_canola_in_a_terminal_is_highlighted():
    code, output = run_in_pty("search", "canola", "--corpus", str(SEEDS))
    assert code == 0
    assert "\x1b[" in output
    # the matched word itself carries the palette's match style (black on yellow, readable on
    # dark and light terminals): an escape sequence right before it
    marked = re.search(r"\x1b\[([0-9;]*)m[Cc]anola\x1b\[0m", output)
    assert marked and {"30", "43"} <= set(marked.group(1).split(";")), output[:400]
    assert "002_" in output and "004_" in output


def test_search_json_parses_with_offsets_into_the_source():
    out = run("search", "canola", "--corpus", str(SEEDS), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["query"] == "canola" and data["total"] == 2
    assert sorted(Path(h["path"]).name[:3] for h in data["hits"]) == ["002", "004"]
    for hit in data["hits"]:
        assert set(hit) >= {"path", "id", "title", "score", "snippets"}
        content = Path(hit["path"]).read_text(encoding="utf-8")
        for snip in hit["snippets"]:
            assert content[snip["start"] : snip["end"]] == snip["sentence"]
            assert all(content[a:b].lower() == "canola" for a, b in snip["highlights"])


def test_nonsense_word_exits_1():
    out = run("search", "qzxwvunonsense", "--corpus", str(SEEDS))
    assert out.returncode == 1 and out.stdout == ""


def test_malformed_query_exits_2_with_one_line():
    for query in ("canola AND", '"canola', "nosuchfield:x", "*"):
        out = run("search", query, "--corpus", str(SEEDS))
        assert out.returncode == 2, query
        assert out.stdout == "" and len(out.stderr.strip().splitlines()) == 1
        assert "Traceback" not in out.stderr


def test_missing_corpus_exits_2():
    out = run("search", "canola", "--corpus", "/nonexistent/corpus")
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1


def test_one_shot_commands_import_neither_textual_nor_rich_in_a_pipe():
    probe = (
        "import sys, io\n"
        "from briefing.cli import main\n"
        "sys.stdout = io.StringIO()\n"
        "codes = [main(a) for a in (['search', 'canola', '--corpus', sys.argv[1]],"
        " ['index', sys.argv[1]], ['locate', '--corpus', sys.argv[1]],"
        " ['search', 'canola', '--json', '--corpus', sys.argv[1]])]\n"
        "sys.__stdout__.write(repr((codes, 'textual' in sys.modules, 'rich' in sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(SEEDS)], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout == "([0, 0, 0, 0], False, False)"


def test_index_prints_one_summary_line(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in ("one", "two"):
        (corpus / f"{name}.txt").write_text(
            f"Report {name}\n\nThe {name} report says grain prices rose.\n", encoding="utf-8"
        )
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    first = run("index", str(corpus), "--quiet")
    assert first.returncode == 0, first.stderr
    assert len(first.stdout.strip().splitlines()) == 1
    assert "2 added" in first.stdout and "1 skipped (empty file: 1)" in first.stdout
    (corpus / "two.txt").unlink()
    second = run("index", str(corpus))
    assert "0 added, 0 updated, 1 removed" in second.stdout


def test_locate_names_every_path(tmp_path):
    out = run("locate", "--corpus", str(SEEDS))
    assert out.returncode == 0
    for label in ("config:", "keymap:", "entities:", "state:", "private index:", "shared index:"):
        assert label in out.stdout
    assert os.environ["XDG_CACHE_HOME"] in out.stdout


def test_hostile_article_text_never_reaches_the_terminal_raw(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "Evil \x1b]0;pwned\x07 Title\n\nThe canola \x1b]52;c;ZWNobyBoaQ==\x07 harvest \x1b[31mred\x1b[0m "
        "and [bold red]markup[/] \u202eesrever\u202c grew.\n",
        encoding="utf-8",
    )
    out = run("search", "canola", "--corpus", str(corpus))
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout and "\x07" not in out.stdout and "\u202e" not in out.stdout
    assert "[bold red]markup[/]" in out.stdout
    code, output = run_in_pty("search", "canola", "--corpus", str(corpus))
    assert code == 0
    assert "\x1b]" not in output and "\x07" not in output  # no OSC (clipboard, title) gets through
    assert "[bold red]markup[/]" in output
    data = json.loads(run("search", "canola", "--json", "--corpus", str(corpus)).stdout)
    snip = data["hits"][0]["snippets"][0]
    content = (corpus / "evil.txt").read_text(encoding="utf-8")
    assert content[snip["start"] : snip["end"]] == snip["sentence"]


def test_single_file_corpus(tmp_path):
    article = tmp_path / "one.md"
    article.write_text(
        "---\ntitle: Lone Report\n---\nThe lone report mentions sorghum twice: sorghum.\n", encoding="utf-8"
    )
    out = run("search", "sorghum", "--corpus", str(article), "--json")
    assert out.returncode == 0, out.stderr
    hits = json.loads(out.stdout)["hits"]
    assert [Path(h["path"]).name for h in hits] == ["one.md"] and hits[0]["title"] == "Lone Report"
    assert run("index", "--shared", str(article)).returncode == 2


def test_a_sentence_that_repeats_the_title_is_not_listed_twice(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        "---\ntitle: Harbour ferry fares rise\n---\n\nHarbour ferry fares rise\n\n"
        "Fares on the harbour ferry will rise by a fifth in March, the operator said on Monday.\n\n"
        "Commuters said the ferry was already the dearest way to cross.\n",
        encoding="utf-8",
    )
    out = run("search", "ferry", "--corpus", str(corpus))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "1. Harbour ferry fares rise"
    assert sum("Harbour ferry fares rise" in line for line in lines) == 1, out.stdout
    assert any("by a fifth in March" in line for line in lines[2:]), out.stdout


def test_no_match_in_a_terminal_says_so_in_one_line():
    # a person who typed a search and saw nothing at all could not tell "none" from "broken"
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    argv = [*briefing_cmd(), "search", "zebracornqx", "--corpus", str(SEEDS)]
    proc = subprocess.Popen(argv, stdout=slave, stderr=slave, env={**env, "TERM": "xterm-256color"})
    os.close(slave)
    output = drain_pty(master, proc, 120, "no output from briefing in a terminal").decode("utf-8", "replace")
    assert proc.wait(timeout=120) == 1
    lines = [line for line in output.splitlines() if line.strip()]  # after the indexing bar
    assert "no articles match 'zebracornqx'" in lines[-1] and "Traceback" not in output, output


def test_no_match_in_a_pipe_prints_nothing():
    result = run("search", "zebracornqx", "--corpus", str(SEEDS))
    assert result.returncode == 1 and result.stdout == "" and result.stderr == ""
