"""Score briefing's entity extractor on the hand-annotated modern-news gold (run by hand).

    .venv/bin/python tools/eval/news_eval.py                    # the dev half
    .venv/bin/python tools/eval/news_eval.py --half dev2        # the second dev split (--half devs: both)
    .venv/bin/python tools/eval/news_eval.py --half heldout     # report only, never tune on it
    .venv/bin/python tools/eval/news_eval.py --errors /tmp/news-errors.txt

The gold is built by ``tools/eval/news_gold.py`` (guideline: ``tools/eval/NEWS_GUIDE.md``) and
lives with the article texts in ``/work/cache/entities/news-gold/``. Each article goes through
the real pipeline (``ingest.parse`` as a .txt file, then ``entities.extract``). Types are
compared as PERSON, ORG, PLACE (GPE and LOC) and NORP; other types are not scored. A prediction
is right when its span is exactly a gold mention's (a leading "the" aside) and its type one of
the mention's types; a prediction overlapping an optional gold span (a work, an event, an
award...) is not counted.
Figures per section, per type, for product names apart, and with products left out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

GOLD = Path("/work/cache/entities/news-gold")
TYPE_MAP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "NORP": "NORP"}
TYPES = ("PERSON", "ORG", "PLACE", "NORP")
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")


def predict(name: str, text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Predicted (start, end, scored type) and the spans of the blocks ingest kept."""
    from briefing.core import entities, ingest

    article = ingest.parse(f"{name}.txt", text, "txt")
    out = []
    for m in entities.extract(article):
        kind = TYPE_MAP.get(m.type)
        if kind:
            out.append((m.start, m.end, kind))
    return out, [(b.start, b.end) for b in article.blocks]


def _strip_the(text: str, s: int, e: int) -> tuple[int, int]:
    """A leading "the" is no part of the compared span (as the seeds' scorer has it)."""
    return (s + 4, e) if text[s : s + 4].lower() == "the " and e - s > 4 else (s, e)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Tally:
    """True positives, false alarms and misses under named keys."""

    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def line(self, key: str, label: str = "") -> str:
        p, r, f = prf(self.tp[key], self.fp[key], self.fn[key])
        gold = self.tp[key] + self.fn[key]
        return f"{label or key:<15} {p:6.3f} {r:6.3f} {f:6.3f} {gold:6d}"


def _context(text: str, s: int, e: int) -> str:
    left = text.rfind("\n", 0, s) + 1
    right = text.find("\n", e)
    right = len(text) if right < 0 else right
    line = text[left:right]
    cut = s - left
    window = line[max(0, cut - 70) : cut + (e - s) + 70]
    return " ".join(window.split())


def score_article(item: dict, text: str, tally: Tally, errors: list[str], no_products: bool) -> int:
    pred, blocks = predict(item["name"], text)
    pred = [(*_strip_the(text, s, e), kind) for s, e, kind in pred]
    section = item["section"]
    gold: dict[tuple[int, int], tuple[set[str], str, str]] = {}
    optional: list[tuple[int, int]] = []
    for m in item["mentions"]:
        span = _strip_the(text, m["start"], m["end"])
        if m["optional"] or (no_products and m["tag"] == "product"):
            optional.append(span)
            continue
        kinds = [TYPE_MAP[t] for t in m["types"]]
        gold[span] = (set(kinds), kinds[0], m["tag"])
    lost = 0
    matched: set[tuple[int, int]] = set()
    for s, e, kind in pred:
        g = gold.get((s, e))
        if g and kind in g[0] and (s, e) not in matched:
            matched.add((s, e))
            keys = ("all", section, g[1]) + (("product",) if g[2] == "product" else ())
            for k in keys:
                tally.tp[k] += 1
            continue
        if any(s < oe and os_ < e for os_, oe in optional):
            continue
        for k in ("all", section, kind):
            tally.fp[k] += 1
        errors.append(f"FP {kind:<6} {text[s:e]!r:<34} | {_context(text, s, e)}  [{item['name']}]")
    for (s, e), (_, primary, tag) in gold.items():
        if (s, e) in matched:
            continue
        keys = ("all", section, primary) + (("product",) if tag == "product" else ())
        for k in keys:
            tally.fn[k] += 1
        if not any(bs <= s < be for bs, be in blocks):
            lost += 1
        errors.append(f"FN {primary:<6} {text[s:e]!r:<34} | {_context(text, s, e)}  [{item['name']}]")
    return lost


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD, help="the news-gold folder")
    halves = ("dev", "dev2", "devs", "heldout", "all")
    ap.add_argument("--half", choices=halves, default="dev", help="devs: dev and dev2; heldout: figures only")
    ap.add_argument("--source", choices=("bbc", "aeb", "nd", "moz", "all"), default="all")
    ap.add_argument("--errors", type=Path, help="write every miss and false alarm with its context here")
    ap.add_argument("--no-products", action="store_true", help="product names optional")
    args = ap.parse_args(argv)
    if args.errors and args.half in ("heldout", "all"):
        print("the held-out half is only reported: no --errors for it", file=sys.stderr)
        return 2
    items = [json.loads(line) for line in (args.gold / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    halves = {"devs": ("dev", "dev2"), "all": ("dev", "dev2", "heldout")}.get(args.half, (args.half,))
    items = [i for i in items if i["half"] in halves]
    items = [i for i in items if args.source in ("all", i["name"].split("-")[0])]
    tally = Tally()
    errors: list[str] = []
    lost = 0
    for item in items:
        text = (args.gold / "texts" / f"{item['name']}.txt").read_text(encoding="utf-8")
        if hashlib.sha1(text.encode()).hexdigest()[:12] != item["sha1"]:
            print(f"{item['name']}: the text changed since the gold was built", file=sys.stderr)
            return 2
        lost += score_article(item, text, tally, errors, args.no_products)
    print(f"{len(items)} articles ({args.half} half, {args.source})")
    print(f"{'':<15} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for key in SECTIONS:
        print(tally.line(key))
    for key in TYPES:
        print(tally.line(key))
    print(tally.line("product", "(products)"))
    print(f"gold on lines ingest dropped: {lost}")
    p, r, f = prf(tally.tp["all"], tally.fp["all"], tally.fn["all"])
    print(f"typed micro P={p:.3f} R={r:.3f} F1={f:.3f}")
    if args.errors:
        args.errors.write_text("\n".join(sorted(errors)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
