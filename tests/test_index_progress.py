"""The indexing progress bar: on stderr only when it is a terminal, never with --quiet or in a pipe."""

from __future__ import annotations

import os
import pty
import subprocess

from .conftest import briefing_cmd, drain_pty
from .test_index_faults import make_corpus


def index_with_terminal_stderr(corpus, *extra) -> tuple[int, str, str]:
    master, slave = pty.openpty()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", BRIEFING_PROGRESS_DELAY="0")
    proc = subprocess.Popen(
        [*briefing_cmd(), "index", str(corpus), *extra], stdout=subprocess.PIPE, stderr=slave, env=env
    )
    os.close(slave)
    output = drain_pty(master, proc, 300, "briefing index did not finish")
    stdout = proc.stdout.read().decode()
    return proc.wait(timeout=60), stdout, output.decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_for_a_long_index(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 150, paragraphs=12)
    code, stdout, stderr = index_with_terminal_stderr(corpus)
    assert code == 0
    assert "150 added" in stdout and "\x1b" not in stdout
    assert "indexing" in stderr and "/150" in stderr


def test_quiet_shows_no_progress(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 150, paragraphs=12)
    code, stdout, stderr = index_with_terminal_stderr(corpus, "--quiet")
    assert code == 0 and "150 added" in stdout
    assert stderr == ""


def test_no_progress_in_a_pipe(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 150, paragraphs=12)
    out = subprocess.run([*briefing_cmd(), "index", str(corpus)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0 and "150 added" in out.stdout
    assert out.stderr == ""


def test_ctrl_c_while_indexing_prints_no_traceback(tmp_path):
    """Ctrl+C during `briefing index` printed a KeyboardInterrupt traceback from every parse
    worker over the progress bar. A terminal's Ctrl+C signals the whole process group: here
    the same, once the workers have analysed some files."""
    import re
    import select
    import signal

    # many files, and Ctrl+C sent while at most half are done: the rest takes seconds on any
    # machine, so the index cannot finish between the count read here and the SIGSTOP (with 400
    # files and any count accepted, a test starved under load first read "400/400")
    total = 2000
    corpus = make_corpus(tmp_path / "corpus", total, paragraphs=4)
    master, slave = pty.openpty()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", BRIEFING_PROGRESS_DELAY="0")
    proc = subprocess.Popen(
        [*briefing_cmd(), "index", str(corpus)],
        stdout=subprocess.PIPE,
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    seen = b""
    try:
        done = 0
        while not done:  # files analysed: the workers are at it
            ready, _, _ = select.select([master], [], [], 120)
            assert ready, f"no progress shown: {seen[-300:]!r}"
            seen += os.read(master, 65536)
            counts = [int(n) for n in re.findall(rb"\b(\d+)/%d\b" % total, seen)]
            done = counts[-1] if counts else 0
        assert done <= total // 2, f"read too late to stop it: {done}/{total}"
        # Freeze the whole group first, so a fast machine (or a slow read here) cannot let the
        # index finish between the progress seen and the Ctrl+C: the SIGINT is pending when the
        # processes go on, and arrives before they do anything else.
        os.killpg(proc.pid, signal.SIGSTOP)
        assert proc.poll() is None, "briefing index finished before Ctrl+C could be sent"
        os.killpg(proc.pid, signal.SIGINT)
        os.killpg(proc.pid, signal.SIGCONT)
        seen += drain_pty(master, proc, 60, "briefing index did not stop after Ctrl+C")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    code = proc.wait(timeout=60)
    text = seen.decode("utf-8", "replace")
    assert code == 130, text[-500:]
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text[-1500:]
