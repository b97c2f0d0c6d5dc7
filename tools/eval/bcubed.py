"""B-cubed precision, recall and F1 of a grouping against gold labels (Bagga & Baldwin 1998).

    briefing stories --json --corpus DIR > /tmp/stories.json
    python tools/eval/bcubed.py GOLD.json /tmp/stories.json

GOLD.json maps file names to labels (``stories_data.py`` writes it); the
prediction is the JSON of ``briefing stories --json``. Per article: precision is
the share of its predicted story that has its gold label, recall the share of
its gold group that is in its predicted story; both averaged over articles.
Also printed: predicted stories that mix gold labels (for topic labels such as
the BBC sections, where a story may be smaller than a label but never span two).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    """``gold`` and ``predicted`` map item -> cluster label; items missing from ``predicted``
    count as clusters of their own."""
    items = list(gold)
    pred = {i: predicted.get(i, "\0" + i) for i in items}
    by_pred: dict[str, list[str]] = {}
    by_gold: dict[str, list[str]] = {}
    for i in items:
        by_pred.setdefault(pred[i], []).append(i)
        by_gold.setdefault(gold[i], []).append(i)
    p = r = 0.0
    for i in items:
        same = sum(1 for j in by_pred[pred[i]] if gold[j] == gold[i])
        p += same / len(by_pred[pred[i]])
        r += same / len(by_gold[gold[i]])
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predicted_from_json(data: dict) -> dict[str, str]:
    return {
        os.path.basename(a["path"]): story["id"]
        for story in data.get("stories", [])
        for a in story["articles"]
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold = json.load(open(argv[0], encoding="utf-8"))
    pred = predicted_from_json(json.load(open(argv[1], encoding="utf-8")))
    p, r, f = bcubed(gold, pred)
    groups: dict[str, Counter] = {}
    for name, sid in pred.items():
        if name in gold:
            groups.setdefault(sid, Counter())[gold[name]] += 1
    multi = [g for g in groups.values() if sum(g.values()) > 1]
    mixed = [g for g in multi if len(g) > 1]
    print(
        f"{len(gold)} articles, {len(set(gold.values()))} gold groups, {len(groups)} predicted stories "
        f"({len(multi)} with 2+ articles; {len(mixed)} of them mix gold labels)"
    )
    print(f"B-cubed precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
