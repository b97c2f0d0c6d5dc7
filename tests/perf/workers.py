"""The benchmark's in-process measurements, each run in a fresh process by ``bench.py``.

    python tests/perf/workers.py latency CORPUS BASELINE_INDEX QUERIES_JSON
    python tests/perf/workers.py reader CORPUS
    python tests/perf/workers.py extraction CORPUS SAMPLE_SIZE

Each prints one JSON object on its last stdout line. A fresh process per figure
keeps memory and import state of one measurement out of the next (peak RSS of
the reader is this process' own ``ru_maxrss``).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path


def _emit(data: dict) -> None:
    sys.stdout.write("\n" + json.dumps(data) + "\n")
    sys.stdout.flush()


def _percentiles(values: list[float]) -> dict:
    values = sorted(values)
    if not values:
        return {"p50": None, "p95": None, "n": 0}
    p95 = values[min(len(values) - 1, max(0, int(round(0.95 * len(values) + 0.5)) - 1))]
    return {"p50": statistics.median(values), "p95": p95, "n": len(values)}


# --- (4) query latency ------------------------------------------------------------------
def latency(corpus: str, baseline_index: str, queries_json: str, which: str = "both") -> None:
    queries: dict[str, list[str]] = json.loads(queries_json)
    out: dict = {"briefing": {}, "baseline": {}, "hits": {}}
    first = next(iter(queries.values()))[0]
    library = None
    if which == "both":
        started = time.perf_counter()
        from briefing.core.library import Library

        library = Library.open(Path(corpus))
        out["open_s"] = time.perf_counter() - started
        library.search(first, limit=10)  # warm-up: imports, first segment reads
        for kind, items in queries.items():
            times, hits = [], []
            for query in items:
                t = time.perf_counter()
                result = library.search(query, limit=10)
                times.append(time.perf_counter() - t)
                hits.append(result.total)
            out["briefing"][kind] = _percentiles(times)
            out["hits"][kind] = hits

    from whoosh import highlight, index
    from whoosh.qparser import FuzzyTermPlugin, QueryParser

    ix = index.open_dir(baseline_index)
    searcher = ix.searcher()
    parser = QueryParser("content", ix.schema)
    parser.add_plugin(FuzzyTermPlugin())

    def whoosh_search(query: str) -> int:
        results = searcher.search(parser.parse(query), limit=10)
        results.fragmenter = highlight.SentenceFragmenter()
        for hit in results:
            hit.highlights("content", top=2)
        return len(results)

    whoosh_search(first)
    out["baseline_hits"] = {}
    for kind, items in queries.items():
        times, hits = [], []
        for query in items:
            t = time.perf_counter()
            hits.append(whoosh_search(query))
            times.append(time.perf_counter() - t)
        out["baseline"][kind] = _percentiles(times)
        out["baseline_hits"][kind] = hits
    searcher.close()
    if library is not None:
        library.close()
    _emit(out)


# --- (5) reader: time to first paint and peak RSS -----------------------------------------
def _ready(app) -> tuple[bool, str]:
    """True once the source list has rows and an article's text is on screen."""
    screen = app.screen
    sources = article = None
    for widget in screen.walk_children():
        name = type(widget).__name__
        if sources is None and name == "SourceList":
            sources = widget
        elif article is None and name in ("ArticleView", "ArticlePane", "ArticleText", "Reader"):
            article = widget
    if sources is None or not getattr(sources, "items", None):
        return False, "source list empty"
    if article is None:
        return False, "no article view"
    shown = getattr(article, "rendered", None) or getattr(article, "article_id", None)
    if not shown:
        return False, "article not shown"
    return True, ""


def reader(corpus: str) -> None:
    import asyncio

    from textual.app import App

    report: dict = {}

    def headless_run(self, *args, **kwargs):
        async def go() -> None:
            async with self.run_test(size=(140, 45)) as pilot:
                deadline = time.monotonic() + 120
                why = ""
                while time.monotonic() < deadline:
                    ok, why = _ready(self)
                    if ok:
                        report["ready_at"] = time.time()
                        break
                    await pilot.pause(0.01)
                else:
                    report["error"] = f"not ready after 120 s ({why})"
                report["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                report["sources"] = sum(
                    len(getattr(w, "items", []) or [])
                    for w in self.screen.walk_children()
                    if type(w).__name__ == "SourceList"
                )

        asyncio.run(go())
        return None

    App.run = headless_run  # the reader command builds its app and calls run(); run it headless
    from briefing.cli import main
    from briefing.commands import read as read_command

    # the harness's stdio are pipes: the reader's check for a terminal would refuse to start
    read_command.refuse_without_terminal = lambda: None

    try:
        main(["--corpus", corpus, "read"])
    except Exception as exc:  # noqa: BLE001 - reported as "not available"
        report.setdefault("error", f"{type(exc).__name__}: {exc}")
    report.setdefault("maxrss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    if "ready_at" not in report:
        report.setdefault("error", "the reader returned before its first paint")
    _emit(report)


# --- (6) entity and fact extraction throughput ------------------------------------------------
def extraction(corpus: str, sample: str) -> None:
    from briefing.core import analysis, ingest

    files = ingest.iter_files([Path(corpus)])
    size = min(int(sample), len(files))
    step = max(1, len(files) // max(1, size))
    chosen = files[::step][:size]
    articles = [ingest.load_file(p) for p in chosen]
    sentences = sum(len(a.sentences) for a in articles)
    warm = articles[:5]
    t = time.perf_counter()
    for a in warm:  # first calls load gazetteers and compile patterns: reported, not counted
        analysis.facts(a, analysis.entities(a))
    first_call = time.perf_counter() - t
    t, c = time.perf_counter(), time.process_time()
    mentions = [analysis.entities(a) for a in articles]
    entities_s, entities_cpu = time.perf_counter() - t, time.process_time() - c
    t, c = time.perf_counter(), time.process_time()
    facts = [analysis.facts(a, m) for a, m in zip(articles, mentions, strict=False)]
    facts_s, facts_cpu = time.perf_counter() - t, time.process_time() - c
    linked = min(len(articles), 100)  # linking is across articles: timed on a fixed 100
    t = time.perf_counter()
    analysis.link(articles[:linked], facts[:linked])
    link_s = time.perf_counter() - t
    _emit(
        {
            "articles": len(articles),
            "sentences": sentences,
            "entities_s": entities_s,
            "facts_s": facts_s,
            "link_s": link_s,
            "linked": linked,
            "entities_cpu": entities_cpu,
            "facts_cpu": facts_cpu,
            "warmup_s": first_call,
            "mentions": sum(len(m) for m in mentions),
            "facts": sum(len(f) for f in facts),
        }
    )


if __name__ == "__main__":
    kind, rest = sys.argv[1], sys.argv[2:]
    {"latency": latency, "reader": reader, "extraction": extraction}[kind](*rest)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown (textual/whoosh threads) - the figures are out
