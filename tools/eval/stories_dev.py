"""Development loop for story grouping: signatures computed once (cached), grouping re-run fast.

    python tools/eval/stories_dev.py /work/cache/stories/basil [--set JOIN=0.3 ...] [-v]

Reads DATASET/corpus and DATASET/gold.json (``stories_data.py``), analyses each
article as the index does (ingest, entities, signature), caches the signatures in
DATASET/signatures.json, then groups them in (day, name) order exactly as a full
index does and prints the B-cubed figures (``bcubed.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bcubed import bcubed  # noqa: E402


def signatures(dataset: Path) -> dict[str, dict]:
    cache = dataset / "signatures.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    from briefing.core import analysis, ingest
    from briefing.core.stories.signature import signature

    out = {}
    for path in sorted((dataset / "corpus").iterdir()):
        try:
            article = ingest.load_file(path)
        except ingest.SkipFile as exc:  # counted as an article alone, as the index would skip it
            print(f"{path.name}: skipped ({exc})", file=sys.stderr)
            continue
        sig = signature(article, analysis.entities(article))
        sig["title"] = article.title
        out[path.name] = sig
    cache.write_text(json.dumps(out), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset")
    parser.add_argument("--set", action="append", default=[], help="grouping constant NAME=VALUE")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    from briefing.core.stories import grouping

    for item in args.set:
        name, value = item.split("=")
        setattr(grouping, name, type(getattr(grouping, name))(value))
    dataset = Path(args.dataset)
    gold = json.loads((dataset / "gold.json").read_text(encoding="utf-8"))
    sigs = signatures(dataset)
    grouper = grouping.Grouper()
    grouper.add_all((name, sigs[name]) for name in sorted(sigs, key=lambda n: (sigs[n].get("day") or "", n)))
    pred = {name: grouper.story_of(name) or "\0" + name for name in gold}
    p, r, f = bcubed(gold, pred)
    stories = {}
    for name, sid in pred.items():
        stories.setdefault(sid, []).append(name)
    multi = [m for m in stories.values() if len(m) > 1]
    mixed = [m for m in multi if len({gold[n] for n in m}) > 1]
    print(
        f"{len(gold)} articles, {len(set(gold.values()))} gold, {len(stories)} stories, "
        f"{len(multi)} with 2+, {len(mixed)} mixed; B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}"
    )
    sizes = sorted((len(m) for m in stories.values()), reverse=True)
    print("largest stories:", sizes[:12])
    if args.verbose:
        for members in mixed[:15]:
            print("MIXED:", " | ".join(f"{gold[n]} {sigs[n]['title'][:50]}" for n in members))
        by_gold = {}
        for n, g in gold.items():
            by_gold.setdefault(g, []).append(n)
        split = [ns for ns in by_gold.values() if len({pred[n] for n in ns}) > 1]
        for ns in split[:15]:
            print("SPLIT:", " | ".join(f"{pred[n][:7]} {sigs.get(n, {}).get('title', '')[:50]}" for n in ns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
