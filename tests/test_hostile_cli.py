"""Every one-shot command over the hostile corpus, in a pipe and on a terminal (pty).

Nothing an article, a file name or front matter holds may reach the terminal as a
control sequence; markup is shown literally; each bad file costs one warning line
and the rest loads; offsets stay exact against the file.
"""

from __future__ import annotations

import json
import os
import pty
import select
import struct
import subprocess
import time
from pathlib import Path

import pytest

from briefing.core.ingest import decode

from .conftest import briefing_cmd
from .hostile import (
    MARKUP,
    assert_no_injected,
    assert_no_traceback,
    assert_terminal_safe,
    running_as_root,
    write_hostile_corpus,
)

# One line per one-shot command to run over the hostile corpus, in this order: (id, argv
# after `briefing --corpus ROOT`, exit codes that are fine, whether it reports bad files).
# `index` runs first, so it is the one that warns about each bad file while indexing.
COMMANDS = [
    ("index", ["index", "--quiet"], {0}, True),
    ("show", ["show"], {0}, True),
    ("show-json", ["show", "--json"], {0}, True),
    ("show-dropped", ["show", "--dropped", "--no-entities"], {0}, True),
    ("search", ["search", "canola"], {0}, False),
    ("search-json", ["search", "--json", "canola"], {0}, False),
    ("search-markup", ["search", "--limit", "50", "officials"], {0}, False),
    ("entities", ["entities"], {0}, True),
    ("entities-json", ["entities", "--json"], {0}, True),
    ("facts", ["facts"], {0}, True),
    ("facts-json", ["facts", "--json"], {0}, True),
    ("facts-briefing", ["facts", "--briefing"], {0}, True),
    ("export", ["export"], {0}, True),
    ("keys", ["keys"], {0}, False),
    ("keys-json", ["keys", "--json"], {0}, False),
    ("locate", ["locate"], {0}, False),
    ("locate-json", ["locate", "--json"], {0}, False),
]
WARNS = [c[0] for c in COMMANDS if c[3]]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return write_hostile_corpus(tmp_path_factory.mktemp("hostile") / "corpus")


def run_briefing(argv, env=None, timeout=180) -> subprocess.CompletedProcess:
    env = dict(os.environ if env is None else env)
    env.setdefault("COLUMNS", "100")
    return subprocess.run(briefing_cmd() + argv, capture_output=True, timeout=timeout, env=env)


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory):
    """One user's environment for the whole module, so the corpus is indexed once."""
    home = tmp_path_factory.mktemp("hostile-xdg")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "BRIEFING_"))}
    env.update(
        {
            name: str(home / name.lower())
            for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME")
        }
    )
    env.pop("NO_COLOR", None)
    return env


@pytest.fixture(scope="module")
def outputs(hostile, cli_env):
    """Each command's (exit code, stdout, stderr) over the hostile corpus, run once."""
    env = cli_env
    results = {}
    for name, argv, _codes, _warns in COMMANDS:
        proc = run_briefing(["--corpus", str(hostile.root)] + argv, env=env)
        results[name] = (proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))
    return results


@pytest.mark.parametrize("name", [c[0] for c in COMMANDS])
def test_command_output_is_terminal_safe_in_a_pipe(outputs, name):
    codes = {c[0]: c[2] for c in COMMANDS}[name]
    code, out, err = outputs[name]
    assert_no_traceback(err, f"{name} stderr")
    assert code in codes, f"{name} exited {code}: {err[-2000:]}"
    assert_terminal_safe(out, f"{name} stdout")
    assert_terminal_safe(err, f"{name} stderr")
    assert out.strip(), f"{name} printed nothing"


@pytest.mark.parametrize("name", WARNS)
def test_one_warning_line_per_bad_file_and_nothing_from_outside(outputs, hostile, name):
    _code, out, err = outputs[name]
    lines = err.splitlines()
    assert all(line.startswith("briefing: ") for line in lines), err
    for label, path in hostile.skipped.items():
        mine = [line for line in lines if path.name in line]
        assert len(mine) == 1, f"{label}: expected one warning line for {path.name}, got {mine}"
    for link in hostile.symlinks:
        mine = [line for line in lines if link.name in line]
        assert len(mine) == 1 and "symlink" in mine[0], f"{link.name}: {mine}"
    assert hostile.secret not in out and hostile.secret not in err
    if not running_as_root():
        assert [line for line in lines if hostile.unreadable.name in line], (
            "no warning for the unreadable file"
        )


def test_show_lists_every_loadable_article_with_markup_literal(outputs, hostile):
    _code, out, _err = outputs["show"]
    flat = " ".join(out.split())
    for title in (
        "A Plain Headline Here",
        "Evil Name Headline",
        "Undecodable Name Headline",
        "Long Line Headline",
        "Invalid Encoding Headline Here",
        "Wrong Types Headline",
        "Alias Bomb Headline",
        "Huge Front Matter Headline",
        "Broken Front Matter Headline",
    ):
        assert title in flat
    for markup in MARKUP:
        assert " ".join(markup.split()) in flat, f"markup {markup!r} not shown literally"
    # the Markdown title from front matter is markup too
    assert "[bold red]Markup[/] In [link=file:///etc/passwd]Title[/link] $title" in flat
    # the escape characters are made visible, not dropped: the text around them stays
    assert "␛]52;c;" in out and "␛]0;pwned␇" in out
    if running_as_root():
        assert "Unreadable Headline" in flat  # root reads a chmod 000 file; covered as non-root below


def _content_on_disk(path: str) -> str:
    data = Path(path).read_bytes()
    try:
        with open(path, encoding="utf-8") as handle:  # text mode: what the offsets index
            return handle.read()
    except UnicodeDecodeError:
        return decode(data)[0]


def test_show_json_offsets_are_exact_against_the_files(outputs, hostile):
    _code, out, _err = outputs["show-json"]
    articles = json.loads(out)
    paths = {a["path"] for a in articles}
    for label, path in hostile.loads.items():
        assert str(path) in paths, f"{label} ({path.name}) did not load"
    for path in hostile.skipped.values():
        assert str(path) not in paths
    assert not any(hostile.secret in a["path"] or "outside" in Path(a["path"]).name for a in articles)
    checked = 0
    for article in articles:
        content = _content_on_disk(article["path"])
        for item in article["blocks"] + article["sentences"] + article["dropped"]:
            assert content[item["start"] : item["end"]] == item["text"], (article["path"], item)
            checked += 1
    assert checked > 50
    escapes = next(a for a in articles if a["path"] == str(hostile.loads["escapes"]))
    # the raw control characters are in the JSON data (escaped), exactly as in the file
    assert any("\x1b]52;c;" in s["text"] for s in escapes["sentences"])
    assert "\\u001b" in out and "\\u009b" in out and "\\u202e" in out


def test_front_matter_problems_are_reported_with_file_and_key(outputs, hostile):
    _code, _out, err = outputs["show"]
    lines = err.splitlines()

    def about(label):
        return [line for line in lines if hostile.loads[label].name in line]

    assert len(about("front_alias_bomb")) == 1 and "alias" in about("front_alias_bomb")[0]
    assert len(about("front_huge")) == 1 and "KB" in about("front_huge")[0]
    assert len(about("front_broken")) == 1 and "invalid YAML" in about("front_broken")[0]
    wrong = about("front_wrong_types")
    assert wrong and all("'title'" in line or "'date'" in line or "'outlet'" in line for line in wrong)
    assert any("'title'" in line for line in wrong), wrong


def _run_on_pty(argv, env, timeout=180) -> tuple[int, str]:
    """Run with stdout and stderr on a fresh pty (120x40); return (exit code, all output)."""
    import fcntl
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1.0)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
        else:
            proc.kill()
            pytest.fail(f"{argv} did not finish within {timeout} s on a pty")
    finally:
        os.close(master)
    return proc.wait(timeout=30), b"".join(chunks).decode("utf-8", errors="strict")


PTY_RUNS = [
    (c[0], c[1]) for c in COMMANDS if "json" not in c[0] and c[0] not in {"facts-briefing", "search-markup"}
] + [("index-progress", ["index", "--rebuild"])]  # the progress bar on stderr, a terminal


@pytest.mark.parametrize("name,argv", PTY_RUNS, ids=[r[0] for r in PTY_RUNS])
def test_on_a_colour_terminal_only_richs_own_styling_reaches_it(hostile, outputs, cli_env, name, argv):
    env = dict(cli_env)
    env.update(TERM="xterm-256color", COLORTERM="truecolor")
    code, raw = _run_on_pty(briefing_cmd() + ["--corpus", str(hostile.root)] + argv, env)
    assert_no_traceback(raw, f"{name} on a pty")
    assert code == 0
    if name == "show":
        assert "\x1b[" in raw, "expected colour on a terminal"
    assert_no_injected(raw, f"{name} on a pty")
    assert_terminal_safe(raw, f"{name} on a pty", allow_sgr=True)
