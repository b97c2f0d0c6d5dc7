"""Cross-validate the entity fallback on the news gold's development halves (run by hand).

    .venv/bin/python tools/eval/fallback_cv.py [--folds 3] [--bags 10]

The shipped weights learn from dev and dev2, so their figures on those halves are biased, and
the held-out half (25 articles) is too small to choose between two feature sets by: a rebuild's
noise alone moves it by about 0.004. This script gives an unbiased figure on the 93 articles
of dev and dev2 together: the articles are split into ``--folds`` folds (by name order), and for
each fold the fallback is trained as ``train_fallback.py`` does (CoNLL-2003 train plus the
other folds' articles, each counted ``--news-weight`` times) and scored on that fold with
``news_eval``'s scorer; the tallies are summed over the folds. Never the held-out half.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import news_eval  # noqa: E402 - siblings, found through the path set above
import train_fallback  # noqa: E402

from briefing.core.entities import fallback  # noqa: E402


def dev_items(gold: Path) -> list[dict]:  # type: ignore[type-arg]
    items = [json.loads(line) for line in (gold / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    return sorted((i for i in items if i["half"] in ("dev", "dev2")), key=lambda i: i["name"])


def news_doc(gold: Path, item: dict):  # type: ignore[no-untyped-def, type-arg]
    """One article as train_fallback's document (its gold in CoNLL classes)."""
    doc = train_fallback.conll.Doc(text=(gold / "texts" / f"{item['name']}.txt").read_text(encoding="utf-8"))
    for m in item["mentions"]:
        s, e = m["start"], m["end"]
        if doc.text[s : s + 4] == "the ":
            s += 4
        doc.gold.append((s, e, "MISC" if m["optional"] else train_fallback.NEWS_CLASS[m["types"][0]]))
    return doc


def as_weights(avg: dict[str, list[float]]) -> fallback.Weights:
    """The trained weights as the fallback reads them (rounded like the shipped file)."""
    out: fallback.Weights = {}
    for f, row in avg.items():
        rounded = tuple(round(v, 2) for v in row)
        if any(abs(v) >= 0.01 for v in rounded):
            out[f] = rounded
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=Path("/work/cache/entities/eng.train"))
    ap.add_argument("--gold", type=Path, default=news_eval.GOLD)
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--bags", type=int, default=train_fallback.BAGS)
    ap.add_argument("--news-weight", type=int, default=3)
    ap.add_argument("--errors", type=Path, help="write every miss and false alarm with its context here")
    args = ap.parse_args(argv)
    train_fallback.BAGS = args.bags
    items = dev_items(args.gold)
    conll_data = train_fallback.examples(args.train)
    per_doc = [train_fallback.doc_examples([news_doc(args.gold, i)]) for i in items]
    tally = news_eval.Tally()
    errors: list[str] = []
    real = fallback.weights
    try:
        for fold in range(args.folds):
            data = list(conll_data)
            for k, ex in enumerate(per_doc):
                if k % args.folds != fold:
                    data += ex * args.news_weight
            model = as_weights(train_fallback.train(data))
            fallback.weights = lambda model=model: model  # type: ignore[misc]
            for k, item in enumerate(items):
                if k % args.folds == fold:
                    text = (args.gold / "texts" / f"{item['name']}.txt").read_text(encoding="utf-8")
                    news_eval.score_article(item, text, tally, errors, False)
    finally:
        fallback.weights = real  # type: ignore[assignment]
    print(f"{len(items)} articles of dev and dev2, {args.folds}-fold, {args.bags} bags")
    for key in (*news_eval.SECTIONS, *news_eval.TYPES):
        print(tally.line(key))
    print(tally.line("product", "(products)"))
    p, r, f = news_eval.prf(tally.tp["all"], tally.fp["all"], tally.fn["all"])
    print(f"typed micro P={p:.3f} R={r:.3f} F1={f:.3f}")
    if args.errors:
        args.errors.write_text("\n".join(sorted(errors)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
