"""Would evidence across the corpus help? The news gold run as one corpus (run by hand; a measurement).

    .venv/bin/python tools/eval/corpus_evidence.py --half heldout [--min-articles 2]

Every article of the news gold (all halves: one corpus, as an index would hold it) goes through
the real pipeline once. A name typed alike in at least ``--min-articles`` other articles then
(a) retypes this article's mentions of it typed otherwise and (b) types its untyped whole-word
occurrences here (names of two words or more, or one word no dictionary knows). The half asked
for is scored as ``news_eval.py`` scores it, before and after. Nothing of briefing changes; the
figure says whether an index-time pass over the corpus would be worth building.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import news_eval  # noqa: E402

Pred = tuple[int, int, str]


def raw_predictions(items: list[dict]) -> dict[str, tuple[list[Pred], list[tuple[int, int]]]]:
    out = {}
    for item in items:
        text = (news_eval.GOLD / "texts" / f"{item['name']}.txt").read_text(encoding="utf-8")
        out[item["name"]] = news_eval.predict(item["name"], text)
    return out


def votes(preds: dict, texts: dict[str, str]) -> dict[str, dict[str, set[str]]]:
    """name -> type -> the articles that typed it so (each article's majority type for it)."""
    table: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name, (pred, _) in preds.items():
        per: dict[str, Counter[str]] = defaultdict(Counter)
        for s, e, kind in pred:
            per[texts[name][s:e]][kind] += 1
        for surface, counts in per.items():
            table[surface][counts.most_common(1)[0][0]].add(name)
    return table


def adjusted(name: str, text: str, pred: list[Pred], table: dict, need: int, english: set[str]) -> list[Pred]:
    def corpus_type(surface: str) -> str | None:
        kinds = {k: arts - {name} for k, arts in table.get(surface, {}).items()}
        kinds = {k: a for k, a in kinds.items() if a}
        if len(kinds) != 1:
            return None
        ((kind, arts),) = kinds.items()
        return kind if len(arts) >= need else None

    out = []
    for s, e, kind in pred:
        other = corpus_type(text[s:e])
        out.append((s, e, other or kind))
    taken = sorted((s, e) for s, e, _ in out)
    for surface in table:
        if " " not in surface and (surface in english or len(surface) < 3):
            continue
        kind = corpus_type(surface)
        if kind is None:
            continue
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(surface) + r"(?![\w-])", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            out.append((m.start(), m.end(), kind))
            taken.append((m.start(), m.end()))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", default="heldout")
    ap.add_argument("--min-articles", type=int, default=2)
    args = ap.parse_args(argv)
    items = [json.loads(line) for line in (news_eval.GOLD / "gold.jsonl").read_text().splitlines() if line]
    texts = {
        i["name"]: (news_eval.GOLD / "texts" / f"{i['name']}.txt").read_text(encoding="utf-8") for i in items
    }
    preds = raw_predictions(items)
    table = votes(preds, texts)
    from briefing.core.entities.gazetteer import builtin

    english = builtin().english
    halves = {"devs": {"dev", "dev2"}}.get(args.half, {args.half})
    chosen = [i for i in items if i["half"] in halves]
    for label, use in (("one article at a time", False), ("with the corpus's evidence", True)):
        tally = news_eval.Tally()

        def predict(name: str, text: str, use: bool = use) -> tuple[list[Pred], list[tuple[int, int]]]:
            pred, blocks = preds[name]
            return (adjusted(name, text, pred, table, args.min_articles, english) if use else pred), blocks

        news_eval.predict = predict
        for item in chosen:
            news_eval.score_article(item, texts[item["name"]], tally, [], False)
        print(f"{label:<28} {tally.line('all', args.half)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
