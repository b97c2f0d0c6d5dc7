"""Benchmark (run by hand): one-shot ``briefing search`` wall time vs a minimal Whoosh script.

    python tests/perf/search_vs_whoosh.py CORPUS [--query canola] [--runs 7]

Both sides are whole processes on the same corpus: briefing (stat the corpus,
check the manifest, open the index, parse, search, best sentences with
highlights, print) against a minimal script (open a plain Whoosh index of the
same texts, parse, search, print 10 highlighted hits). Prints the medians and
their ratio (target <= 1.2). Also times an incremental update after touching
one file. Uses its own XDG cache under a temp folder.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MINIMAL_INDEX = r'''
import os, sys
from whoosh import fields, index
from whoosh.analysis import StemmingAnalyzer
src, dest = sys.argv[1], sys.argv[2]
os.makedirs(dest, exist_ok=True)
schema = fields.Schema(path=fields.ID(stored=True, unique=True),
                       content=fields.TEXT(analyzer=StemmingAnalyzer(), phrase=True, stored=True))
ix = index.create_in(dest, schema)
w = ix.writer(procs=2, multisegment=True)
for folder, dirs, files in os.walk(src):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    for name in sorted(files):
        if name.endswith((".txt", ".md", ".html", ".htm")):
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                w.add_document(path=os.path.join(folder, name), content=f.read())
w.commit()
'''

MINIMAL_SEARCH = r'''
import sys
from whoosh import highlight, index, qparser
ix = index.open_dir(sys.argv[1])
with ix.searcher() as s:
    q = qparser.QueryParser("content", ix.schema).parse(sys.argv[2])
    results = s.search(q, limit=10)
    results.fragmenter = highlight.SentenceFragmenter()
    for hit in results:
        print(hit["path"], hit.score)
        print("  ", hit.highlights("content", top=2))
'''


def timed(cmd: list[str], env: dict, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out.append(time.perf_counter() - start)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--query", default="canola")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    corpus = str(Path(args.corpus).resolve())
    work = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    env = dict(os.environ, XDG_CACHE_HOME=str(work / "cache"), XDG_CONFIG_HOME=str(work / "config"),
               XDG_STATE_HOME=str(work / "state"))
    briefing = [str(Path(sys.executable).parent / "briefing")]
    if not Path(briefing[0]).exists():
        briefing = [sys.executable, "-m", "briefing"]
    start = time.perf_counter()
    subprocess.run([*briefing, "index", corpus, "--quiet"], env=env, check=True, stdout=subprocess.DEVNULL)
    full = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", MINIMAL_INDEX, corpus, str(work / "minimal")], check=True)
    minimal_full = time.perf_counter() - start
    print(f"full index: briefing {full:.2f} s, minimal Whoosh {minimal_full:.2f} s, ratio {full / minimal_full:.2f}")

    first = sorted(p for p in Path(corpus).rglob("*.txt") if "/." not in str(p))[0]
    os.utime(first, ns=(time.time_ns(), time.time_ns()))
    with open(first, "a", encoding="utf-8") as handle:
        handle.write("\nOne more line for the benchmark.\n")
    start = time.perf_counter()
    subprocess.run([*briefing, "index", corpus, "--quiet"], env=env, check=True, stdout=subprocess.DEVNULL)
    incremental = time.perf_counter() - start
    print(f"incremental update after changing 1 file: {incremental:.2f} s "
          f"({100 * incremental / full:.1f}% of the full index)")

    ours = timed([*briefing, "search", args.query, "--corpus", corpus], env, args.runs)
    theirs = timed([sys.executable, "-c", MINIMAL_SEARCH, str(work / "minimal"), args.query], env, args.runs)
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"one-shot search {args.query!r}: briefing {a * 1000:.0f} ms, minimal Whoosh {b * 1000:.0f} ms "
          f"(medians of {args.runs}), ratio {a / b:.2f} (target <= 1.2)")
    print(f"(scratch data in {work})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
