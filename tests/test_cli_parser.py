"""The command line parser: only the named subcommand is set up, and nothing changes for users."""

from __future__ import annotations

import subprocess

import pytest

from briefing import cli

from .conftest import briefing_cmd


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["search", "canola"], "search"),
        (["--corpus", "search", "index"], "index"),  # "search" is --corpus' value here
        (["--corpus=x", "facts", "--json"], "facts"),
        (["--keymap", "vim", "read"], "read"),
        (["--version"], None),
        ([], None),
        (["serch", "x"], None),
        (["--", "search"], None),
    ],
)
def test_command_in(argv, expected):
    assert cli.command_in(argv) == expected


def test_one_command_parses_like_the_full_parser():
    argv = ["search", "tariff~", "--limit", "3", "--json", "--corpus", "/tmp/x"]
    assert vars(cli.build_parser(only="search").parse_args(argv)) == vars(cli.build_parser().parse_args(argv))


def test_top_level_help_lists_every_command_and_a_typo_exits_2():
    out = subprocess.run([*briefing_cmd(), "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    for name in cli.COMMANDS:
        assert name in out.stdout
    bad = subprocess.run([*briefing_cmd(), "serch", "x"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "invalid choice: 'serch'" in bad.stderr and "search" in bad.stderr


def test_a_folder_as_first_word_is_the_corpus(tmp_path):
    folder = str(tmp_path)
    assert cli.folder_as_corpus([folder]) == ["--corpus", folder]
    assert cli.folder_as_corpus(["--keymap", "vim", folder]) == ["--keymap", "vim", "--corpus", folder]
    assert cli.folder_as_corpus(["search", folder]) == ["search", folder]  # a query, not a corpus
    assert cli.folder_as_corpus(["--corpus", "x", folder]) == ["--corpus", "x", folder]
    assert cli.folder_as_corpus([str(tmp_path / "missing")]) == [str(tmp_path / "missing")]
    args = cli.build_parser().parse_args(cli.folder_as_corpus([folder]))
    assert args.command is None and args.corpus == folder


def test_a_missing_folder_as_first_word_is_one_line(tmp_path):
    missing = str(tmp_path / "nope")
    out = subprocess.run([*briefing_cmd(), missing], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert out.stderr == f"briefing: {missing}: no such file or folder, and no command; check the path\n"


@pytest.mark.parametrize(
    "argv, line",
    [
        (
            ["show", "--limit", "3"],
            "briefing show: unrecognized arguments: --limit; see 'briefing show --help'",
        ),
        (
            ["search"],
            "briefing search: the following arguments are required: QUERY; see 'briefing search --help'",
        ),
        (["--bogus"], "briefing: unrecognized arguments: --bogus; see 'briefing --help'"),
    ],
)
def test_a_usage_mistake_is_one_line_naming_the_command_and_its_help(argv, line):
    out = subprocess.run([*briefing_cmd(), *argv], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert out.stderr == line + "\n"


def test_search_takes_the_folder_after_the_query(tmp_path):
    (tmp_path / "a.txt").write_text("Potash prices\n\nPotash prices rose sharply in Saskatoon on Monday.\n")
    found = subprocess.run(
        [*briefing_cmd(), "search", "potash", str(tmp_path), "--quiet"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert found.returncode == 0, found.stderr
    assert "Potash prices" in found.stdout and "a.txt" in found.stdout
    missing = subprocess.run(
        [*briefing_cmd(), "search", "potash", str(tmp_path / "nope")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2
    assert missing.stderr == f"briefing: {tmp_path / 'nope'}: no such file or folder; check the path\n"
    twice = subprocess.run(
        [*briefing_cmd(), "--corpus", str(tmp_path), "search", "potash", "seeds"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert twice.returncode == 2 and "give the corpus once" in twice.stderr


@pytest.mark.parametrize(
    "argv, want",
    [
        (["search", "oil", "--json", "DIR"], {"query": "oil", "folder": "DIR", "json": True}),
        (["search", "--limit", "3", "oil", "--sort", "date", "DIR"], {"folder": "DIR", "limit": 3}),
        (["show", "a.txt", "--json", "b.txt"], {"paths": ["a.txt", "b.txt"], "json": True}),
        (["facts", "a.txt", "--briefing", "b.txt", "--json"], {"paths": ["a.txt", "b.txt"]}),
        (["stories", "one", "--all", "two"], {"paths": ["one", "two"], "all": True}),
        (["search", "--", "-canola", "DIR"], {"query": "-canola", "folder": "DIR"}),
    ],
)
def test_words_and_options_in_any_order(argv, want):
    """`briefing search oil --json ~/news` was 'unrecognized arguments: ~/news', exit 2."""
    args = cli.build_parser(only=argv[0]).parse_args(argv)
    assert {key: getattr(args, key) for key in want} == want
