"""Every line of copied pages with its gold label, kept or dropped, and the cleaner's reason.

Usage:
  python tools/eval/text_lines.py /work/cache/ingest/paste/moz-region [--half dev] \
      [--only kept-chrome|lost-body] [NAME...]

One line per page line: ``label mark reason | text`` (mark ``+`` kept, ``T`` kept as the
title, ``D`` as the dek, ``-`` dropped), so the chrome a copy keeps is seen with its
neighbours. Refuses the test half of L3S-GN1 (held out:
its figures only, never its lines).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from text_bench import _half  # noqa: E402

from briefing.core import ingest  # noqa: E402
from briefing.core.lines import split_lines  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("names", nargs="*")
    parser.add_argument("--half", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--only", choices=["kept-chrome", "lost-body"], default=None)
    args = parser.parse_args()
    held_out = args.root.name.startswith("l3s")
    for txt in sorted(args.root.glob("*.txt")):
        name = txt.stem
        if args.names and name not in args.names:
            continue
        if args.half != "all" and _half(name) != args.half:
            continue
        if held_out and _half(name) == "test":
            continue
        labels = json.loads(txt.with_suffix(".labels.json").read_text(encoding="utf-8"))
        try:
            article = ingest.load_file(txt)
        except ingest.SkipFile:
            continue
        lines = split_lines(article.content)
        if len(lines) != len(labels):
            continue
        spans = [(b.start, b.end, b.kind) for b in article.blocks]
        reasons = {(d.start, d.end): d.reason for d in article.dropped}
        rows = []
        hit = False
        for line, label in zip(lines, labels, strict=True):
            kinds = {k for s, e, k in spans if s < line.end and e > line.start}
            kept = bool(kinds)
            why = "" if kept else reasons.get((line.start, line.end), "?")
            hit |= (args.only == "kept-chrome" and kept and label == "chrome") or (
                args.only == "lost-body" and not kept and label == "body"
            )
            mark = ("T" if "title" in kinds else "D" if "dek" in kinds else "+") if kept else "-"
            rows.append(f"{label[:6]:6} {mark} {why[:24]:24} | {line.text[:140]}")
        if args.only and not hit:
            continue
        print(f"=== {name}")
        print("\n".join(rows))


if __name__ == "__main__":
    main()
