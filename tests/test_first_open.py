"""The reader on a folder never indexed before: indexing from inside the reader.

Under Textual, stdout and stderr have no file descriptor, so a parse pool started
there died with "bad value(s) in fds_to_keep" (every other test indexed first).
The reader now indexes in a child process of its own and fills the source list as
articles are analysed; processes it still starts itself work too (``spawn_ready``).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time

from briefing.core.index.updater import MANY_CHANGES, PARALLEL_PARSE
from briefing.tui.app import BriefingApp
from briefing.tui.screens import open_flow
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.source_list import SourceList

from .perf.generate_corpus import generate
from .tui_helpers import wait_for

N = PARALLEL_PARSE + 20  # enough files for the parse pool


async def test_a_never_indexed_folder_opens_and_lists_every_article(tmp_path, monkeypatch):
    corpus = tmp_path / "news"
    generate(corpus, N)
    fills: list[int] = []
    original = open_flow.OpenFlow._fill_sources

    def recording(self, summaries, total):
        fills.append(len(summaries))
        original(self, summaries, total)

    monkeypatch.setattr(open_flow, "FILL_EVERY", 0.0)
    monkeypatch.setattr(open_flow.OpenFlow, "_fill_sources", recording)
    app = BriefingApp(corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        sources = screen.query_one(SourceList)
        await wait_for(pilot, lambda: screen.library is not None, timeout=120)
        await wait_for(pilot, lambda: screen.article is not None)
        assert len(sources.items) == N
        assert sources.border_title == f"Sources ({N})"
        assert screen.query_one(ArticleView).rendered is not None, "an article is shown, not a message"
    # the list grew while indexing: some fills came before every article was analysed
    assert fills and min(fills) < N and max(fills) == N


def test_processes_start_where_stderr_has_no_file_descriptor(tmp_path):
    """As inside the reader: a spawn pool after ``spawn_ready`` works; without it, it fails."""
    probe = textwrap.dedent(
        """
        import io, multiprocessing, sys

        class NoFd(io.StringIO):
            def fileno(self):
                return -1

        def double(x):
            return 2 * x

        if __name__ == "__main__":
            from briefing.core.index.workers import spawn_ready
            sys.stderr = NoFd()
            ctx = multiprocessing.get_context("spawn")
            try:
                ctx.Pool(1).close()
                before = "started"
            except ValueError as exc:
                before = str(exc)
            spawn_ready()
            with ctx.Pool(2) as pool:
                after = pool.map(double, [1, 2, 3])
            sys.__stdout__.write(repr((before, after)))
        """
    )
    script = tmp_path / "probe.py"
    script.write_text(probe)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    before, after = eval(out.stdout)  # noqa: S307 - our own repr
    assert "fds_to_keep" in before  # the failure the reader had
    assert after == [2, 4, 6]


async def test_an_index_being_updated_lists_its_old_articles_meanwhile(tmp_path, monkeypatch):
    # every file changed since the last run (as after an upgrade that analyses all again):
    # the list shows the articles the index had, not an empty pane, until the update is done
    from briefing.core.library import Library

    corpus = tmp_path / "news"
    generate(corpus, 12)
    Library.open(corpus).close()
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        path.write_text(path.read_text() + "\nA line added since the last run.\n")
    fills: list[tuple[int, str]] = []
    original = open_flow.OpenFlow._fill_sources

    def recording(self, summaries, total, note=""):
        original(self, summaries, total, note)
        fills.append((len(summaries), str(self.query_one(SourceList).border_title)))

    monkeypatch.setattr(open_flow.OpenFlow, "_fill_sources", recording)
    unverified = Library.open_unverified(corpus, one_shot=False, link=False)
    assert unverified is not None, "the reader's pre-check could not run here"
    app = BriefingApp(corpus, unverified=unverified)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.library is not None, timeout=120)
        assert len(screen.query_one(SourceList).items) == 12
    assert fills[0] == (12, "Sources (12, updating the index…)")


def test_one_slow_file_holds_back_no_other_files_progress(tmp_path):
    """A file that takes long to analyse (here 440 KB of sentences; in the field a 5 MB
    one-line page) first in path order froze the reader's "Indexing… 1/439 files" and its
    source list for a minute: the workers' results were taken in file order. They now
    count and are listed as each is done, and the index still lists the files in order."""
    from briefing.core.library import Library

    corpus = tmp_path / "news"
    generate(corpus, PARALLEL_PARSE + 20)
    sentences = (
        f"The council in Ashford said on Monday that {i} new homes would be built." for i in range(6000)
    )
    (corpus / "000_slow.txt").write_text("A long report\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
    announced: list[str] = []
    library = Library.open(corpus, link=False, on_article=lambda entry: announced.append(entry["path"]))
    try:
        assert len(announced) == PARALLEL_PARSE + 21
        slow_at = announced.index("000_slow.txt")
        assert slow_at > 4, f"the slow file held back the others: announced {slow_at + 1}th"
        assert library.summaries()[0].path.endswith("000_slow.txt")  # the index is in file order
        assert [s.path for s in library.summaries()] == sorted(s.path for s in library.summaries())
    finally:
        library.close()


def test_stopping_the_indexer_mid_way_stops_its_workers_and_ends_its_events(tmp_path):
    """Quitting the reader while it indexed left its screen blank and the shell without a prompt
    until a parse worker the killed indexer left behind ended (over a minute): the worker kept
    the indexer's stdout open, so the reader's thread reading it never saw the end."""
    import threading

    from briefing.core.index.indexer_process import IndexerProcess

    corpus = tmp_path / "news"
    generate(corpus, MANY_CHANGES + 60)  # parse pool and Whoosh's writer processes both at work
    indexer = IndexerProcess(corpus, {})
    analysing = threading.Event()
    ended = threading.Event()

    def read() -> None:
        for event in indexer.events():
            if "progress" in event and event["progress"][0] > PARALLEL_PARSE + 20:  # well under way
                analysing.set()
        ended.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert analysing.wait(120), "the indexer never got to analysing"
    finally:
        indexer.stop()
    assert ended.wait(20), "the indexer's output never ended after it was stopped"
    deadline = time.monotonic() + 20  # killed processes take a moment to be gone
    while _living_in_group(indexer.process.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _living_in_group(indexer.process.pid), "a process of the indexer's group outlived it"


def _living_in_group(pgid: int) -> list[int]:
    """Pids of processes in group ``pgid`` that are not zombies (from /proc)."""
    from pathlib import Path

    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] not in "ZX" and int(fields[2]) == pgid:
            alive.append(int(stat.parent.name))
    return alive


def test_an_indexer_whose_reader_went_away_leaves_no_process_behind(tmp_path):
    """An SSH session dropped while the reader indexed: the indexer's next event line failed
    (its reader gone) and it ended, but Whoosh's writer processes lived on with no parent,
    for good. Here the reader's end of the pipe is closed while the indexer is at work."""
    import threading

    from briefing.core.index.indexer_process import IndexerProcess

    corpus = tmp_path / "news"
    generate(corpus, MANY_CHANGES + 60)
    indexer = IndexerProcess(corpus, {})
    try:
        for event in indexer.events():
            if "progress" in event and event["progress"][0] > PARALLEL_PARSE + 40:  # the writer is at work
                break
        threading.Thread(target=indexer.process.stdout.close, daemon=True).start()
        assert indexer.process.wait(timeout=60) is not None
        deadline = time.monotonic() + 20
        while _living_in_group(indexer.process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _living_in_group(indexer.process.pid), "processes of the indexer outlived it"
    finally:
        indexer.stop()


def test_the_indexer_counts_the_whole_before_its_first_article(tmp_path):
    # it sent each article, then counted it: the first article came before any count
    corpus = tmp_path / "news"
    generate(corpus, 3)
    indexer = open_flow.IndexerProcess(corpus, {})
    try:
        events = list(indexer.events())
    finally:
        indexer.stop()
    assert events[0] == {"progress": [0, 3]}, events[:2]
    assert sum("article" in e for e in events) == 3 and "done" in events[-1]


async def test_the_list_counts_the_whole_from_the_first_article(tmp_path, monkeypatch):
    # the list said "Sources (1, indexing…)" while the first of many articles was analysed
    corpus = tmp_path / "news"
    generate(corpus, 3)
    held = threading.Event()
    titles: list[str] = []

    class HeldAfterTheFirstArticle(open_flow.IndexerProcess):
        def events(self):
            announced = False
            for event in super().events():
                yield event
                if "article" in event and not announced:
                    announced = True
                    assert held.wait(60), "the test never let the indexer go on"

    monkeypatch.setattr(open_flow, "FILL_EVERY", 0.0)
    monkeypatch.setattr(open_flow, "IndexerProcess", HeldAfterTheFirstArticle)
    app = BriefingApp(corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        sources = screen.query_one(SourceList)
        await wait_for(pilot, lambda: len(sources.items) == 1, timeout=120)
        titles.append(str(sources.border_title))
        held.set()
        await wait_for(pilot, lambda: screen.library is not None, timeout=120)
        assert str(sources.border_title) == "Sources (3)"
    assert titles == ["Sources (1 of 3, indexing…)"]


def test_the_indexer_exits_cleanly_while_its_stdin_stays_open(tmp_path):
    # its watcher thread blocked in a read of the buffered sys.stdin: at exit, "Fatal Python
    # error: _enter_buffered_busy" and status 134
    import json

    corpus = tmp_path / "news"
    generate(corpus, 2)
    request = json.dumps({"corpus": str(corpus), "options": {}})
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing.core.index.indexer_process", request],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        out = proc.stdout.read()  # to the end: the child has exited, its stdin still open
        code = proc.wait(timeout=120)
        err = proc.stderr.read()
    finally:
        proc.stdin.close()
        if proc.poll() is None:
            proc.kill()
    assert b'"done"' in out
    assert b"Fatal Python error" not in err, err.decode()
    assert code == 0, err.decode()


def test_the_indexer_starts_early_only_for_a_folder_never_indexed(tmp_path):
    from briefing.core.index import indexer_process
    from briefing.core.library import Library

    corpus = tmp_path / "news"
    generate(corpus, 3)
    early = indexer_process.start_early(corpus, {"max_bytes": 1 << 20})
    assert early is not None
    try:
        assert "done" in list(early.events())[-1]
    finally:
        early.stop()
    Library.open(corpus).close()
    assert indexer_process.start_early(corpus, {}) is None  # indexed: the reader checks it first


async def test_the_reader_takes_the_indexer_started_before_it(tmp_path, monkeypatch):
    # the child's start-up (Python, the gazetteer, the parse pool) took seconds after the
    # reader's first paint: commands.read starts it before Textual, and the reader uses it
    from briefing.core.index import indexer_process

    corpus = tmp_path / "news"
    generate(corpus, 4)
    early = indexer_process.start_early(corpus, {})

    def no_second_child(*args, **kwargs):
        raise AssertionError("the reader started a second indexer")

    monkeypatch.setattr(open_flow, "IndexerProcess", no_second_child)
    app = BriefingApp(corpus)
    app.early_indexer = early
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        sources = screen.query_one(SourceList)
        await wait_for(pilot, lambda: screen.library is not None, timeout=120)
        assert len(sources.items) == 4 and sources.border_title == "Sources (4)"
    assert app.early_indexer is None and early.process.poll() is not None
