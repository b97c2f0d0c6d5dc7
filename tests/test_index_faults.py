"""Faults with real processes: concurrent updates, kill -9 mid-index, searching during commits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from briefing.core import paths
from briefing.core.library import Library

from .conftest import briefing_cmd

WORDS = (
    "harvest freight tariff council harbour ledger quota summit border rail pipeline "
    "budget rebate levy mineral export import forecast ministry delegation"
).split()


def make_corpus(folder: Path, count: int, paragraphs: int = 6) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = []
        for p in range(paragraphs):
            words = [WORDS[(i * 7 + p * 3 + k) % len(WORDS)] for k in range(12)]
            body.append(
                f"Officials said the {' '.join(words)} would change by {i + p} percent. "
                f"The uniqword{i} review continues in section {p}."
            )
        (folder / f"article_{i:05d}.txt").write_text(
            f"Regional Report Number {i}\n\n" + "\n\n".join(body) + "\n", encoding="utf-8"
        )
    return folder


def whoosh_count(corpus: Path) -> int:
    from whoosh import index

    ix = index.open_dir(str(paths.private_index_dir(corpus) / "whoosh"))
    with ix.searcher() as s:
        return s.doc_count()


def test_four_concurrent_index_runs_all_succeed_and_agree(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 60)
    procs = [
        subprocess.Popen(
            [*briefing_cmd(), "index", str(corpus), "--quiet"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], results
    assert all("Traceback" not in err for _, err in results)
    assert sum("60 added" in out for out, _ in results) == 1  # exactly one did the work
    assert whoosh_count(corpus) == 60
    with Library.open(corpus) as lib:
        assert lib.report.changed == 0
        assert len(lib.summaries()) == 60
        assert [Path(h.path).name for h in lib.search("uniqword17").hits] == ["article_00017.txt"]


def test_kill_9_during_indexing_then_rerun_gives_a_complete_index(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 400, paragraphs=12)
    objects = paths.private_index_dir(corpus) / "objects"
    proc = subprocess.Popen(
        [*briefing_cmd(), "index", str(corpus), "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if objects.is_dir() and len(os.listdir(objects)) >= 20:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "indexing finished before it could be killed; make the corpus bigger"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    rerun = subprocess.run(
        [*briefing_cmd(), "index", str(corpus), "--quiet"], capture_output=True, text=True, timeout=600
    )
    assert rerun.returncode == 0, rerun.stderr
    assert "400 articles" in rerun.stdout
    assert whoosh_count(corpus) == 400
    with Library.open(corpus) as lib:
        assert lib.report.changed == 0 and len(lib.summaries()) == 400
        for i in (0, 199, 399):
            assert [Path(h.path).name for h in lib.search(f"uniqword{i}").hits] == [f"article_{i:05d}.txt"]


SEARCH_LOOP = """
import sys
from pathlib import Path
from briefing.core.library import Library
lib = Library.open(Path(sys.argv[1]), update_index=False)
n = 0
while not Path(sys.argv[2]).exists():
    result = lib.search("uniqword3")
    assert result.total >= 1, result
    n += 1
print(n)
"""


def test_search_while_another_process_commits_never_fails(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 30)
    Library.open(corpus).close()
    stop = tmp_path / "stop"
    searcher = subprocess.Popen(
        [sys.executable, "-c", SEARCH_LOOP, str(corpus), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for round_ in range(6):
            target = corpus / f"article_{round_ + 10:05d}.txt"
            target.write_text(
                target.read_text(encoding="utf-8") + f"\nExtra line {round_} added.\n", encoding="utf-8"
            )
            out = subprocess.run(
                [*briefing_cmd(), "index", str(corpus), "--quiet"],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert out.returncode == 0 and "1 updated" in out.stdout, out
    finally:
        stop.touch()
        stdout, stderr = searcher.communicate(timeout=120)
    assert searcher.returncode == 0, stderr
    assert int(stdout) > 0


def test_busy_index_is_used_as_it_is(tmp_path):
    from briefing.core.index.locking import IndexLock

    corpus = make_corpus(tmp_path / "corpus", 5)
    Library.open(corpus).close()
    (corpus / "article_00001.txt").write_text(
        "New Title Here\n\nFresh text about walnuts.\n", encoding="utf-8"
    )
    lock = IndexLock(paths.private_index_dir(corpus) / "lock")
    assert lock.acquire()
    try:
        with Library.open(corpus, wait=0.2) as lib:
            assert lib.report.busy
            assert any("another briefing process" in n for n in lib.notices)
            assert lib.search("walnuts").total == 0  # the index as it was
    finally:
        lock.release()
    with Library.open(corpus) as lib:
        assert lib.report.updated == 1 and lib.search("walnuts").total == 1
