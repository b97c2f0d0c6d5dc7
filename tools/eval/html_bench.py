"""HTML extraction benchmark: briefing's ingest against public gold, run by hand (not by pytest).

Data (fetched, never committed; see tools/eval/README.md):
  AEB  = scrapinghub/article-extraction-benchmark: html/*.html + ground-truth.json
         (181 pages), titles.json (gold headlines, see title_candidates.py)
  TRAF = adbar/trafilatura tests: evaldata.json + tests/eval, tests/cache pages
         (with/without snippets per page)
  L3S  = L3S-GN1 (Kohlschuetter et al. 2010): original/*.html + annotated/*.html, 621 Google
         News pages of 2008 from 408 sites, blocks labelled by assessors (headline, full text)

Usage:
  python tools/eval/html_bench.py aeb  /work/cache/ingest/aeb  [--extractor briefing|fallback|trafilatura]
  python tools/eval/html_bench.py traf /work/cache/ingest/traf [--extractor ...]
  python tools/eval/html_bench.py l3s  /work/cache/ingest/l3s [--half dev|test|all] [--extractor ...]

``aeb`` prints the benchmark's own metric (token 4-shingle precision/recall/F1, see
shingles.py) on the title+dek+heading+body blocks and on body blocks only, the share
of pages whose title is a gold headline, and the median/p90 time per page of
``ingest.load_file`` (read, decode, extract, structure, sentences; the first page,
which imports trafilatura, is not timed; each page is read ``--repeat`` times, 3 by
default, and the fastest counts, as the machine is shared; ``--clock cpu`` counts the
process's CPU time instead of the wall clock, which other jobs on the machine do not
inflate). ``traf`` prints trafilatura's own evaluation figures: a "with" snippet found
is a true positive, a "without" snippet found a false positive. ``l3s`` prints the same
F1 as ``aeb`` against the assessors' headline + full-text blocks (body only: full text), on
the half of the pages whose name hashes even (dev) or odd (test), as ``text_bench.py``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from shingles import page_f1, summary, tp_fp_fn  # noqa: E402

from briefing.core import htmlpage, ingest, titles  # noqa: E402

KINDS = ("title", "dek", "heading", "body")
REPEAT = 1
CLOCK = time.perf_counter  # --clock cpu: time.process_time, this process's CPU time only


def _force_fallback() -> None:
    htmlpage._extract_tree = lambda source: None  # the standard-library extractor only


def extracted(path: Path, extractor: str) -> tuple[str, str, str, float]:
    """(text of title+dek+heading+body blocks, body text, title, seconds)."""
    if extractor == "trafilatura":
        import trafilatura

        raw = path.read_bytes()
        t0 = CLOCK()
        text = trafilatura.extract(raw, include_comments=False) or ""
        meta = trafilatura.extract_metadata(raw)
        elapsed = CLOCK() - t0
        return text, text, (meta.title if meta else "") or "", elapsed
    elapsed = float("inf")
    for _ in range(REPEAT):  # the fastest of REPEAT runs: the machine is shared
        t0 = CLOCK()
        try:
            article = ingest.load_file(path)
        except ingest.SkipFile:
            return "", "", "", CLOCK() - t0
        elapsed = min(elapsed, CLOCK() - t0)
    shown = "\n".join(b.text for b in article.blocks if b.kind in KINDS)
    body = "\n".join(b.text for b in article.blocks if b.kind == "body")
    return shown, body, article.title, elapsed


def run_aeb(root: Path, extractor: str, show_worst: int) -> None:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    gold_titles = json.loads((root / "titles.json").read_text(encoding="utf-8"))
    rows, body_rows, times, worst = [], [], [], []
    title_ok = 0
    bad_titles = []
    extracted(root / "html" / f"{next(iter(truth))}.html", extractor)  # warm-up: imports
    for key, item in truth.items():
        shown, body, title, elapsed = extracted(root / "html" / f"{key}.html", extractor)
        times.append(elapsed)
        row = tp_fp_fn(item["articleBody"], shown)
        rows.append(row)
        body_rows.append(tp_fp_fn(item["articleBody"], body))
        worst.append((page_f1(row), key))
        if titles.norm(title) in {titles.norm(t) for t in gold_titles.get(key, [])}:
            title_ok += 1
        else:
            bad_titles.append((key[:10], title, gold_titles.get(key, [""])[0]))
    full, bodies = summary(rows), summary(body_rows)
    print(f"pages {len(rows)}  extractor {extractor}")
    print("title+dek+heading+body  P={precision:.4f} R={recall:.4f} F1={f1:.4f}".format(**full))
    print("body only               P={precision:.4f} R={recall:.4f} F1={f1:.4f}".format(**bodies))
    print(f"title correct {title_ok}/{len(rows)} = {title_ok / len(rows):.3f}")
    ms = sorted(t * 1000 for t in times)
    print(f"time per page: median {statistics.median(ms):.1f} ms, p90 {ms[int(len(ms) * 0.9)]:.1f} ms")
    for f1, key in sorted(worst)[:show_worst]:
        print(f"  worst F1 {f1:.3f} {key}")
    for key, title, gold in bad_titles[:show_worst]:
        print(f"  title {key}: {title!r} (gold {gold!r})")


def run_traf(root: Path, extractor: str, show_worst: int) -> None:
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    tp = fp = fn = tn = 0
    times = []
    misses = []
    for item in data.values():
        path = root / "tests" / "eval" / item["file"]
        if not path.exists():
            path = root / "tests" / "cache" / item["file"]
        if not path.exists():
            continue
        shown, _body, _title, elapsed = extracted(path, extractor)
        times.append(elapsed)
        flat = " ".join(shown.split())
        for snippet in item.get("with", []):
            if " ".join(snippet.split()) in flat:
                tp += 1
            else:
                fn += 1
                misses.append(("missing", item["file"], snippet))
        for snippet in item.get("without", []):
            if " ".join(snippet.split()) in flat:
                fp += 1
                misses.append(("kept", item["file"], snippet))
            else:
                tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (tp + tn) / (tp + tn + fp + fn)
    print(f"pages {len(times)}  extractor {extractor}")
    print(f"P={precision:.4f} R={recall:.4f} F1={f1:.4f} accuracy={accuracy:.4f}")
    ms = sorted(t * 1000 for t in times)
    print(f"time per page: median {statistics.median(ms):.1f} ms, p90 {ms[int(len(ms) * 0.9)]:.1f} ms")
    for kind, name, snippet in misses[:show_worst]:
        print(f"  {kind} {name}: {snippet[:80]!r}")


def _l3s_gold(annotated: Path) -> tuple[str, str]:
    """(headline and full text, full text) the assessors marked in an annotated page."""
    import lxml.html

    raw = annotated.read_bytes()
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError:
        source = raw.decode("cp1252", errors="replace")
    root = lxml.html.fromstring(source)
    parts: dict[str, list[str]] = {"x-nc-sel1": [], "x-nc-sel2": []}
    for span in root.iter("span"):
        kind = span.get("class", "").strip()
        if kind in parts:
            parts[kind].append(span.text_content())
    body = " ".join(parts["x-nc-sel2"])
    return " ".join(parts["x-nc-sel1"]) + " " + body, body


def run_l3s(root: Path, extractor: str, show_worst: int, half: str) -> None:
    import hashlib

    rows, body_rows, worst = [], [], []
    for annotated in sorted((root / "annotated").glob("*.html")):
        name = annotated.stem
        side = "dev" if int(hashlib.sha1(name.encode()).hexdigest()[-1], 16) % 2 == 0 else "test"
        if half != "all" and side != half:
            continue
        gold, gold_body = _l3s_gold(annotated)
        if not gold_body.strip():
            continue
        shown, body, _title, _elapsed = extracted(root / "original" / annotated.name, extractor)
        row = tp_fp_fn(gold, shown)
        rows.append(row)
        body_rows.append(tp_fp_fn(gold_body, body))
        worst.append((page_f1(row), name))
    full, bodies = summary(rows), summary(body_rows)
    print(f"pages {len(rows)} (half {half})  extractor {extractor}")
    print("headline+full text      P={precision:.4f} R={recall:.4f} F1={f1:.4f}".format(**full))
    print("full text only          P={precision:.4f} R={recall:.4f} F1={f1:.4f}".format(**bodies))
    print(f"pages below F1 0.5: {sum(1 for f, _ in worst if f < 0.5)}")
    for f1, key in sorted(worst)[:show_worst]:
        print(f"  worst F1 {f1:.3f} {key}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", choices=["aeb", "traf", "l3s"])
    parser.add_argument("--half", choices=["dev", "test", "all"], default="all", help="l3s: which half")
    parser.add_argument("root", type=Path)
    parser.add_argument("--extractor", choices=["briefing", "fallback", "trafilatura"], default="briefing")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages / misses")
    parser.add_argument("--repeat", type=int, default=3, help="time each page N times, keep the fastest")
    parser.add_argument(
        "--clock",
        choices=["wall", "cpu"],
        default="wall",
        help="cpu: time this process's CPU time (time.process_time), not the wall clock, so that "
        "other jobs on a shared machine do not count",
    )
    args = parser.parse_args()
    global REPEAT, CLOCK
    REPEAT = max(1, args.repeat)
    if args.clock == "cpu":
        CLOCK = time.process_time
    if args.extractor == "fallback":
        _force_fallback()
    if args.set == "l3s":
        run_l3s(args.root, args.extractor, args.worst, args.half)
    else:
        (run_aeb if args.set == "aeb" else run_traf)(args.root, args.extractor, args.worst)


if __name__ == "__main__":
    main()
