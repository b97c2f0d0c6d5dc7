"""The article-extraction benchmark's metric: token 4-shingle precision, recall and F1.

A re-implementation of ``evaluate.py`` of scrapinghub/article-extraction-benchmark:
tokens are ``\\w+`` runs, shingles are 4-token windows counted as a multiset, each
page's (tp, fp, fn) is normalised to sum 1, precision and recall are the means over
pages, and F1 is their harmonic mean (not a mean of per-page F1).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = tokens(text)
    out: Counter[tuple[str, ...]] = Counter()
    for i in range(max(1, len(toks) - n + 1)):
        gram = tuple(toks[i : i + n])
        if gram:
            out[gram] += 1
    return out


def tp_fp_fn(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    t, p = shingles(true, n), shingles(pred, n)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tc, pc = t.get(key, 0), p.get(key, 0)
        tp += min(tc, pc)
        fp += max(0, pc - tc)
        fn += max(0, tc - pc)
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return tp, fp, fn


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def summary(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    """Benchmark precision, recall and F1 over pages' normalised (tp, fp, fn)."""
    precision = statistics.mean([_precision(*r) for r in rows if r[0] + r[1] > 0])
    recall = statistics.mean([_recall(*r) for r in rows if r[0] + r[2] > 0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def page_f1(row: tuple[float, float, float]) -> float:
    p, r = _precision(*row), _recall(*row)
    return 2 * p * r / (p + r) if p + r else 0.0
