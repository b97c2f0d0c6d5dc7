"""Development loop for story grouping: signatures analysis cached, signatures and grouping re-run fast.

    python tools/eval/stories_dev.py /work/cache/stories/basil [--set JOIN=0.3 ...] [-v]

Reads DATASET/corpus and DATASET/gold.json (``stories_data.py``), analyses each
article as the index does (ingest, entities; cached in DATASET/analysed.pickle),
computes the signatures afresh, then groups them in (day, name) order exactly as a full
index does and prints the B-cubed figures (``bcubed.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bcubed import bcubed  # noqa: E402


def analysed(dataset: Path) -> dict[str, tuple]:
    """{file name: (Article, mentions)}, cached in DATASET/analysed.pickle (a development cache of
    our own analysis under /work/cache; delete it after an ingest or entity change)."""
    cache = dataset / "analysed.pickle"
    if cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)  # noqa: S301 - our own cache, written just below
    from briefing.core import analysis, ingest

    out = {}
    for path in sorted((dataset / "corpus").iterdir()):
        try:
            article = ingest.load_file(path)
        except ingest.SkipFile as exc:  # counted as an article alone, as the index would skip it
            print(f"{path.name}: skipped ({exc})", file=sys.stderr)
            continue
        out[path.name] = (article, analysis.entities(article))
    with cache.open("wb") as fh:
        pickle.dump(out, fh)
    return out


def signatures(dataset: Path) -> dict[str, dict]:
    """Every article's story signature, computed afresh from the cached analysis (so a change to
    the signature is measured at once)."""
    from briefing.core.stories.signature import signature

    out = {}
    for name, (article, mentions) in analysed(dataset).items():
        sig = signature(article, mentions)
        sig["title"] = article.title
        out[name] = sig
    return out


def group(sigs: dict[str, dict], names: list[str]) -> dict[str, str]:
    """{name: story id} of ``names`` grouped as a full index does (one batch, (day, name) order)."""
    from briefing.core.stories import grouping

    grouper = grouping.Grouper()
    known = sorted((n for n in names if n in sigs), key=lambda n: (sigs[n].get("day") or "", n))
    grouper.add_all((name, sigs[name]) for name in known)
    return {name: grouper.story_of(name) or "\0" + name for name in names}


def sampled(gold: dict[str, str], sigs: dict[str, dict], size: int, draws: int = 200) -> str:
    """Mean and spread of B-cubed over corpora of ``size`` gold stories drawn at random (seeded)."""
    import random

    rng = random.Random(size)
    labels = sorted(set(gold.values()))
    scores = []
    for _ in range(draws):
        chosen = set(rng.sample(labels, min(size, len(labels))))
        names = sorted(n for n, g in gold.items() if g in chosen)
        part = {n: gold[n] for n in names}
        scores.append(bcubed(part, group(sigs, names)))
    mean = [sum(s[i] for s in scores) / len(scores) for i in range(3)]
    f1 = sorted(s[2] for s in scores)
    return (
        f"{draws} corpora of {size} stories: mean B-cubed P {mean[0]:.3f} R {mean[1]:.3f} F1 {mean[2]:.3f}; "
        f"F1 10th percentile {f1[len(f1) // 10]:.3f}, below 0.90 in {sum(1 for x in f1 if x < 0.9)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset")
    parser.add_argument(
        "--set", action="append", default=[], help="constant NAME=VALUE (grouping) or MODULE.NAME=VALUE"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--sample",
        type=int,
        default=0,
        help="also group N gold stories at a time (a corpus the size of the held-back set), 200 draws",
    )
    args = parser.parse_args(argv)
    import importlib

    for item in args.set:  # NAME=VALUE (grouping) or MODULE.NAME=VALUE (briefing.core.stories.MODULE)
        name, value = item.split("=")
        module_name, _, name = name.rpartition(".")
        module = importlib.import_module("briefing.core.stories." + (module_name or "grouping"))
        setattr(module, name, type(getattr(module, name))(value))
    dataset = Path(args.dataset)
    gold = json.loads((dataset / "gold.json").read_text(encoding="utf-8"))
    sigs = signatures(dataset)
    pred = group(sigs, list(gold))
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
    if args.sample:
        print(sampled(gold, sigs, args.sample))
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
