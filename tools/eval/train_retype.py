"""Build ``briefing/data/entity_retype.txt``, the weights of the entity re-typer (run by hand).

    .venv/bin/python tools/eval/train_retype.py /work/cache/entities/eng.train

Every document of CoNLL-2003 **train** (never testa for training, never testb at all) goes
through the real pipeline with the re-typer switched off; each PERSON, ORG or GPE mention the
rules give becomes one example (``retype.features``), labelled with the gold type of the exact
same span (PER, ORG, LOC, MISC) or O. The learner is the fallback's (``train_fallback.train``:
the mean of ten averaged perceptrons, fixed seeds). Rebuild after changing the rules or the
fallback's weights, since it learns what they leave wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import conll  # noqa: E402 - the sibling converter, found through the path set above
import train_fallback  # noqa: E402

from briefing.core import entities, ingest  # noqa: E402
from briefing.core.entities import fallback, retype, tables  # noqa: E402
from briefing.core.entities.gazetteer import builtin  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "briefing" / "data" / retype.WEIGHTS


def examples(docs: list[conll.Doc]) -> list[tuple[list[str], int]]:
    """(features, class index) of every PERSON, ORG or GPE mention the rules give."""
    gaz = builtin()
    out = []
    retype.ENABLED = False
    try:
        for doc in docs:
            article = ingest.parse("doc.txt", doc.text, "txt")
            content = article.content
            sports = tables.sports_article(content)
            gold = {(s, e): kind for s, e, kind in doc.gold}
            for m in entities.extract(article):
                if m.type not in retype.CLASS_OF:
                    continue
                feats = retype.features(content, m.start, m.end, m.type, gaz, sports)
                out.append((feats, fallback.CLASSES.index(gold.get((m.start, m.end), "O"))))
    finally:
        retype.ENABLED = True
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train", type=Path, help="CoNLL-2003 eng.train")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if "testb" in args.train.name:
        print("never train on the CoNLL-2003 test split", file=sys.stderr)
        return 2
    data = examples(conll.read(args.train))
    avg = train_fallback.train(data)
    kept = train_fallback.write(avg, args.out, args.train.name, len(data), "retype", "mentions")
    print(f"{len(data)} mentions, {kept} features -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
