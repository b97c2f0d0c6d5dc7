"""Key facts against sentences chosen by others: the BBC News Summary's extractive summaries.

    briefing facts --json /work/cache/facts/bbcsum/corpus > facts.json
    python tools/eval/facts_eval.py /work/cache/facts/bbcsum facts.json [--half dev|test] [--k 8]

``facts_data.py`` makes the data. A body sentence is a summary sentence when its letters and
digits appear in the summary's (the summaries are the article's own sentences run together).
Per article, over the first ``k`` facts shown:

- precision: the share of shown facts that are summary sentences;
- recall@k: summary sentences shown / min(k, summary sentences), as ``score.py facts`` counts it.

Beside briefing's figures, two baselines over briefing's own body sentences: the lede (the
first k body sentences, a strong baseline in news) and chance (the share of body sentences
that are summary sentences). Run by hand, never by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

MIN_KEY = 20  # letters and digits: shorter sentences could match inside another by chance


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def in_summary(sentence: str, summary_key: str) -> bool:
    k = key(sentence)
    return len(k) >= MIN_KEY and k in summary_key


def body_sentences(path: Path) -> list[str]:
    """The article's body sentences as briefing reads them (the baselines' units)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from briefing.core import ingest
    from briefing.core.facts.extract import body_sentences as body

    return [s.text for s in body(ingest.load_file(path))]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset")
    parser.add_argument("facts_json")
    parser.add_argument("--half", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--k", type=int, default=8)
    parser.add_argument("--show", type=int, default=0, help="print N dev articles' shown facts, marked")
    args = parser.parse_args(argv)
    dataset = Path(args.dataset)
    gold = json.loads((dataset / "gold.json").read_text(encoding="utf-8"))
    pred = {os.path.basename(item["path"]): item for item in json.loads(Path(args.facts_json).read_text())}
    rows: dict[str, list[tuple[float, float, float, float, float, int]]] = {}
    shown_any = 0
    for name, entry in sorted(gold.items()):
        if args.half != "all" and entry["half"] != args.half:
            continue
        summary = key(entry["summary"])
        body = body_sentences(dataset / "corpus" / name)
        marks = [in_summary(s, summary) for s in body]
        n_gold = sum(marks)
        if not n_gold:
            continue
        denominator = min(args.k, n_gold)
        facts = [f.get("sentence", "") for f in (pred.get(name) or {}).get("facts", [])][: args.k]
        hits = sum(in_summary(s, summary) for s in facts)
        lede = sum(marks[: args.k])
        shown = len(facts)
        shown_any += bool(shown)
        rows.setdefault(entry["section"], []).append(
            (
                hits / shown if shown else 0.0,
                hits / denominator,
                lede / min(args.k, len(body)),
                lede / denominator,
                n_gold / len(body),
                shown,
            )
        )
        if args.show and entry["half"] == "dev" and args.show > 0:
            args.show -= 1
            print(
                f"--- {name} ({entry['section']}): {hits}/{shown} shown in summary, {n_gold} of {len(body)}"
            )
            for s in facts:
                print(("  + " if in_summary(s, summary) else "  - ") + s[:150])
    everything = [r for section in rows.values() for r in section]
    print(f"{len(everything)} articles ({args.half}), k={args.k}; {shown_any} with facts shown")
    print("section        n  facts/art  precision  recall@k | lede P  lede R@k | chance")
    for section, items in sorted(rows.items()) + [("all", everything)]:
        cols = [_mean([r[i] for r in items]) for i in range(6)]
        print(
            f"{section:<13}{len(items):>4}  {cols[5]:9.2f}  {cols[0]:9.3f}  {cols[1]:8.3f} | "
            f"{cols[2]:6.3f}  {cols[3]:8.3f} | {cols[4]:6.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
