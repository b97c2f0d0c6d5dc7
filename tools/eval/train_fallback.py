"""Build ``briefing/data/entity_model.txt``, the weights of the entity fallback (run by hand).

    .venv/bin/python tools/eval/train_fallback.py /work/cache/entities/eng.train \
        --news dev,dev2 --news-weight 3

The shipped weights learn from CoNLL-2003 train and the news gold's development halves (dev and
dev2, each news example counted three times: the weight chosen on dev2 while training on dev
alone, 1 -> 0.903, 3, 5 and 8 -> 0.904; never the held-out half, which the script refuses).
Every document of CoNLL-2003 **train** (never testa for training, never testb at all) goes
through the real pipeline with the fallback switched off; each capitalised chunk the rules
leave untyped becomes one example, labelled with the gold type of the exact same span (PER,
ORG, LOC, MISC) or O. Ten averaged perceptrons, each shuffling the examples by its own seed
(fixed seeds and epoch count, so the build is reproducible), learn one weight per feature and
class over ``fallback.features``, and the file holds their mean (one perceptron alone moved the
news figures by up to 0.01 when a rule changed a handful of its examples); weights whose size
rounds to nothing are left out of the file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import conll  # noqa: E402 - the sibling converter, found through the path set above

from briefing.core import entities, ingest  # noqa: E402
from briefing.core.entities import fallback  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "briefing" / "data" / "entity_model.txt"
EPOCHS = 6
SEED = 13
BAGS = 10  # perceptrons averaged, one shuffle seed each (seeds SEED .. SEED + BAGS - 1)

Example = tuple[list[str], int]


NEWS_CLASS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC"}


def news_docs(gold_dir: Path, halves: set[str]) -> list[conll.Doc]:
    """The hand-annotated modern-news articles of the given halves (never "heldout") as documents
    with CoNLL-class gold: a name of no scored type (optional in the gold) counts as MISC."""
    if "heldout" in halves:
        raise SystemExit("never train on the held-out half of the news gold")
    out = []
    for line in (gold_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["half"] not in halves:
            continue
        doc = conll.Doc(text=(gold_dir / "texts" / f"{item['name']}.txt").read_text(encoding="utf-8"))
        for m in item["mentions"]:
            s, e = m["start"], m["end"]
            if doc.text[s : s + 4] == "the ":
                s += 4
            doc.gold.append((s, e, "MISC" if m["optional"] else NEWS_CLASS[m["types"][0]]))
        out.append(doc)
    return out


def examples(path: Path) -> list[Example]:
    """(features, class index) of every chunk the rules leave untyped in the file's documents."""
    return doc_examples(conll.read(path))


def doc_examples(docs: list[conll.Doc]) -> list[Example]:
    """(features, class index) of every chunk the rules leave untyped in the documents."""
    seen: list[tuple[list[list[str]], list[tuple[int, int]]]] = []

    def record(chunks, content, gaz):  # type: ignore[no-untyped-def]
        spans = [(c[0].start, c[-1].end) for c in chunks]
        seen.append((fallback.article_features(chunks, content, gaz), spans))
        return {}

    real = fallback.classify
    fallback.classify = record  # type: ignore[assignment]
    out: list[Example] = []
    try:
        for doc in docs:
            seen.clear()
            entities.extract(ingest.parse("doc.txt", doc.text, "txt"))
            gold = {(s, e): kind for s, e, kind in doc.gold}
            for feats, spans in seen:
                for f, span in zip(feats, spans, strict=True):
                    out.append((f, fallback.CLASSES.index(gold.get(span, "O"))))
    finally:
        fallback.classify = real  # type: ignore[assignment]
    return out


def train(data: list[Example]) -> dict[str, list[float]]:
    """The mean of ``BAGS`` averaged perceptrons, each shuffled by its own seed: one perceptron's
    weights swing with the order it saw the examples in, and so did the figures."""
    runs = [train_one(data, SEED + k) for k in range(BAGS)]
    out: dict[str, list[float]] = {}
    for run in runs:
        for f, row in run.items():
            acc = out.setdefault(f, [0.0] * len(row))
            for k, v in enumerate(row):
                acc[k] += v / len(runs)
    return out


def train_one(data: list[Example], seed: int) -> dict[str, list[float]]:
    """Averaged multi-class perceptron (the averaging by the usual timestamp trick)."""
    n = len(fallback.CLASSES)
    w: dict[str, list[float]] = {}
    total: dict[str, list[float]] = {}
    stamp: dict[str, list[int]] = {}
    t = 0
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            t += 1
            feats, gold = data[i]
            score = [0.0] * n
            for f in feats:
                row = w.get(f)
                if row:
                    for k in range(n):
                        score[k] += row[k]
            guess = max(range(n), key=score.__getitem__)
            if guess == gold:
                continue
            for f in feats:
                row = w.setdefault(f, [0.0] * n)
                tot = total.setdefault(f, [0.0] * n)
                st = stamp.setdefault(f, [0] * n)
                for k, delta in ((gold, 1.0), (guess, -1.0)):
                    tot[k] += (t - st[k]) * row[k]
                    st[k] = t
                    row[k] += delta
    avg: dict[str, list[float]] = {}
    for f, row in w.items():
        tot, st = total[f], stamp[f]
        avg[f] = [(tot[k] + (t - st[k]) * row[k]) / t for k in range(n)]
    return avg


def write(
    avg: dict[str, list[float]],
    out: Path,
    source: str,
    count: int,
    what: str = "fallback",
    unit: str = "chunks",
) -> int:
    lines = [
        f"# entity {what} weights: {count} {unit} of {source}, {EPOCHS} epochs, {BAGS} bags from seed {SEED}",
        f"# built by tools/eval/train_{what}.py; classes: " + " ".join(fallback.CLASSES),
    ]
    kept = 0
    for f in sorted(avg):
        row = [round(v, 2) for v in avg[f]]
        if all(abs(v) < 0.01 for v in row) or "\t" in f or "\n" in f:
            continue
        lines.append(f + "\t" + " ".join(f"{v:g}" for v in row))
        kept += 1
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train", type=Path, help="CoNLL-2003 eng.train")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--news", default="", help="also learn from these news-gold halves (dev,dev2; never heldout)"
    )
    ap.add_argument("--news-gold", type=Path, default=Path("/work/cache/entities/news-gold"))
    ap.add_argument("--news-weight", type=int, default=1, help="how many times each news example counts")
    ap.add_argument(
        "--news-extra", type=Path, nargs="*", default=[], help="extra news-gold sets (their dev half)"
    )
    ap.add_argument(
        "--extra", type=Path, nargs="*", default=[], help="more CoNLL-format gold (extra_ner.py's files)"
    )
    args = ap.parse_args(argv)
    if "testb" in args.train.name:
        print("never train on the CoNLL-2003 test split", file=sys.stderr)
        return 2
    data = examples(args.train)
    source = args.train.name
    for extra in args.extra:
        more = examples(extra)
        data += more
        source += f" + {extra.name} ({len(more)} chunks)"
    if args.news:
        news = doc_examples(news_docs(args.news_gold, set(args.news.split(","))))
        data += news * args.news_weight
        source += f" + news-gold {args.news} ({len(news)} chunks x{args.news_weight})"
    for extra in args.news_extra:  # sport_gold.py's sets: only their development pages
        more = doc_examples(news_docs(extra, {"dev"}))
        data += more * args.news_weight
        source += f" + {extra.name} ({len(more)} chunks x{args.news_weight})"
    avg = train(data)
    kept = write(avg, args.out, source, len(data))
    print(f"{len(data)} chunks, {kept} features -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
