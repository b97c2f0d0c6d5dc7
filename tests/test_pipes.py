"""Output in a pipe: no hard wrapping, and a reader that goes away early is not an error."""

from __future__ import annotations

import os
import subprocess

import pytest

from .conftest import SEEDS, briefing_cmd

LONG_PARAGRAPH = (
    "The harbour authority said on Monday that grain shipments through the eastern terminal would "
    "resume within a week, once inspectors had checked the damaged loading arms and the dredging "
    "of the approach channel, delayed since the spring floods, was finished by the contractor."
)


def _big_corpus(root):
    """Enough articles that every command's output overflows a pipe's buffer (64 KB)."""
    root.mkdir()
    for n in range(150):
        (root / f"a{n:03d}.txt").write_text(
            f"Harbour Terminal Reopens After Repairs Number {n}\n\n"
            + "\n\n".join(f"{LONG_PARAGRAPH} Paragraph {k} of article {n}." for k in range(4))
            + "\n",
            encoding="utf-8",
        )
    return root


def test_show_in_a_pipe_keeps_each_paragraph_on_one_line(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(f"Harbour Terminal Reopens\n\n{LONG_PARAGRAPH}\n", encoding="utf-8")
    out = subprocess.run(briefing_cmd() + ["show", str(path)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert LONG_PARAGRAPH in lines
    assert lines[0] == "Harbour Terminal Reopens"


def test_show_of_a_hard_wrapped_file_joins_its_lines_in_a_pipe(tmp_path):
    second = LONG_PARAGRAPH.replace("Monday", "Tuesday")
    path = tmp_path / "wrapped.txt"
    path.write_text(
        f"Harbour Terminal Reopens\n\n{_wrap(LONG_PARAGRAPH)}\n\n{_wrap(second)}\n", encoding="utf-8"
    )
    out = subprocess.run(briefing_cmd() + ["show", str(path)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert LONG_PARAGRAPH in lines and second in lines


def _wrap(text: str, width: int = 60) -> str:
    wrapped, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            wrapped.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    wrapped.append(line)
    return "\n".join(wrapped)


@pytest.mark.parametrize(
    "args",
    [
        ["show"],
        ["show", "--json"],
        ["entities"],
        ["entities", "--json"],
        ["facts"],
        ["facts", "--json"],
        ["search", "harbour"],
        ["export"],
    ],
    ids=lambda a: " ".join(a),
)
def test_a_reader_leaving_early_is_a_quiet_exit_0(tmp_path_factory, args):
    corpus = _big_corpus(tmp_path_factory.mktemp("pipe") / "corpus")
    proc = subprocess.Popen(
        briefing_cmd() + ["--corpus", str(corpus), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = proc.stdout.readline()  # like `| head -1`
    proc.stdout.close()
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=120)
    assert first.strip()
    assert code == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


def test_head_dash_1_in_a_shell_exits_0():
    script = f"{' '.join(briefing_cmd())} show {SEEDS} | head -1; exit ${{PIPESTATUS[0]}}"
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=dict(os.environ))
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("\n") == 1 and out.stderr == ""
