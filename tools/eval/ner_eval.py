"""Score briefing's entity extractor on CoNLL-format gold (CoNLL-2003 train/testa, wikigold).

Run by hand (never by pytest)::

    .venv/bin/python tools/eval/ner_eval.py /work/cache/entities/eng.testa
    .venv/bin/python tools/eval/ner_eval.py /work/cache/entities/wikigold.conll.txt --errors /tmp/wg.txt

Every document goes through the real pipeline (``ingest.parse`` as a .txt file, then
``entities.extract``), so headlines, datelines and tables meet ingest as they would for a
user. Our types map to CoNLL's: PERSON->PER, ORG->ORG, GPE/LOC->LOC, NORP/EVENT->MISC; the
others (DATE, MONEY...) are not CoNLL entities and are left out. A mention counts when its
span and type are exactly the gold ones. Never point this at the CoNLL-2003 test split (testb).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conll import Doc, read  # noqa: E402 - run as a script from tools/eval

TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC", "EVENT": "MISC"}
TYPES = ("PER", "ORG", "LOC", "MISC")


def predict(doc: Doc, raw: bool) -> tuple[list[tuple[int, int, str]], set[int]]:
    """Predicted (start, end, CoNLL type) and the line starts ingest kept as blocks."""
    from briefing.core import entities, ingest
    from briefing.core.model import Article, Block

    if raw:  # diagnostic: every line a body block, ingest bypassed
        blocks = [Block("body", s, e, doc.text[s:e]) for s, e in doc.lines]
        article = Article(path="doc.txt", content=doc.text, title="", blocks=blocks)
    else:
        article = ingest.parse("doc.txt", doc.text, "txt")
        assert article.content == doc.text, "ingest changed the text"
    kept = {b.start for b in article.blocks}
    out = []
    for m in entities.extract(article):
        kind = TYPE_MAP.get(m.type)
        if kind:
            out.append((m.start, m.end, kind))
    covered = set()
    for s, e in doc.lines:
        if any(b.start <= s < b.end or s <= b.start < e for b in article.blocks):
            covered.add(s)
    return out, covered | kept


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _prose(text: str) -> bool:
    return len(text.split()) >= 8 and text.rstrip("\"' ").endswith((".", "?", "!"))


def _error(kind: str, span: tuple[int, int, str], text: str, ls: int, le: int, where: str) -> str:
    s, e, t = span
    return f"{kind} {t:<4} {text[s:e]!r:<32} | {text[ls:le][:160]}  [{where}]"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--errors", type=Path, help="write every miss and false alarm with its line here")
    ap.add_argument("--raw", action="store_true", help="bypass ingest: every line is a body block")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args(argv)
    for path in args.files:
        if "testb" in path.name.lower():
            print(f"{path}: the CoNLL-2003 test split is an acceptance set, not for development")
            return 2
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    shape: Counter[str] = Counter()  # prose/short x tp/gold
    errors = []
    lost = 0
    elapsed = 0.0
    n_docs = n_lines = 0
    for path in args.files:
        docs = read(path)
        if args.limit:
            docs = docs[: args.limit]
        for d, doc in enumerate(docs):
            t0 = time.process_time()
            pred, kept = predict(doc, args.raw)
            elapsed += time.process_time() - t0
            n_docs += 1
            n_lines += len(doc.lines)
            gold = set(doc.gold)
            got = set(pred)
            line_of = {}
            for s, e in doc.lines:
                for k in range(s, e + 1):
                    line_of[k] = (s, e)
            for g in gold:
                ls, le = line_of.get(g[0], (0, 0))
                cls = "prose" if _prose(doc.text[ls:le]) else "short"
                shape[cls + "_gold"] += 1
                if ls not in kept:
                    lost += 1
                if g in got:
                    tp[g[2]] += 1
                    shape[cls + "_tp"] += 1
                else:
                    fn[g[2]] += 1
                    errors.append(_error("FN", g, doc.text, ls, le, f"{path.name}#{d}"))
            for p in got - gold:
                fp[p[2]] += 1
                ls, le = line_of.get(p[0], (0, 0))
                errors.append(_error("FP", p, doc.text, ls, le, f"{path.name}#{d}"))
    print(f"{' '.join(str(p) for p in args.files)}: {n_docs} documents, {n_lines} lines")
    print(f"{'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for t in TYPES:
        p, r, f = prf(tp[t], fp[t], fn[t])
        print(f"{t:<5} {p:6.3f} {r:6.3f} {f:6.3f} {tp[t] + fn[t]:6d}")
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    for cls in ("prose", "short"):
        g = shape[cls + "_gold"]
        print(f"recall on {cls} lines: {shape[cls + '_tp'] / max(g, 1):.3f} ({g} gold)")
    print(f"gold on lines ingest dropped: {lost}")
    print(f"pipeline CPU: {elapsed:.2f} s ({n_lines / max(elapsed, 1e-9):,.0f} lines/s)")
    print(f"typed micro P={p:.3f} R={r:.3f} F1={f:.3f}")
    if args.errors:
        args.errors.write_text("\n".join(sorted(errors)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
