"""How well the linker's sentence similarity tells a restated claim from a related sentence (run by hand).

    python tools/eval/paraphrase_eval.py /work/cache/paraphrase/msrp/msr_paraphrase_train.txt
        [--vectors /work/cache/embed/vectors.bin] [--full FULL.json] [--sweep]

Reads a tab-separated paraphrase set with the Microsoft Research Paraphrase Corpus's
columns (label, id, id, sentence, sentence): news sentences from one story each,
labelled 1 when they say the same thing, and optionally a sixth column naming the
story (``ecb_pairs.py``). Term weights come from all sentences of the file, or of
the pair's story when there is one, as linking weighs a story's sentences. Prints the area under the ROC
curve of ``similarity`` alone, its best F1 over thresholds, and precision/recall
of what linking would accept as the same claim (similarity >= SAME_FROM and
``claims.relation`` == "same"). Develop on the train file; the test file is held out.

``--vectors``: static word vectors (``build_vectors.py``, ``static_vectors.py``) as a
measure of meaning: the AUC of their cosine, of the mean of it and the similarity, and
what linking would accept with that mean >= a threshold in place of the similarity
("gate"), or besides it ("or"); ``--sweep`` tries thresholds 0.40-0.64. ``--full``: the
cosine of the full model's vectors (``embed_full.py``), the upper bound.
"""

from __future__ import annotations

import csv
import json
import sys

MEANING_SHARE = 0.5  # of the mean that the cosine of the meaning vectors gives
MEANING_FROM = 0.52  # the lowest gate at which MSRP train's precision is that of the words alone


def auc_of(scored: list[tuple[float, bool]]) -> float:
    """Share of (positive, negative) pairs ranked the right way (ties count half)."""
    positives = sum(g for _, g in scored)
    negatives = len(scored) - positives
    scored = sorted(scored, key=lambda x: -x[0])
    rank_sum = 0.0
    below = negatives
    i = 0
    while i < len(scored):
        j = i
        while j < len(scored) and scored[j][0] == scored[i][0]:
            j += 1
        pos = sum(g for _, g in scored[i:j])
        neg = (j - i) - pos
        below -= neg
        rank_sum += pos * (below + neg / 2)
        i = j
    return rank_sum / max(positives * negatives, 1)


def _option(argv: list[str], name: str) -> tuple[list[str], str | None]:
    if name not in argv:
        return argv, None
    at = argv.index(name)
    return argv[:at] + argv[at + 2 :], argv[at + 1]


def _read(path: str) -> list[tuple[bool, str, str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        rows = [r for r in reader if len(r) in (5, 6)][1:]
    return [(r[0] == "1", r[3], r[4], r[5] if len(r) == 6 else "") for r in rows]


def _linked(accept: list[bool], gold: list[bool], label: str) -> None:
    tp = sum(1 for ok, g in zip(accept, gold, strict=True) if ok and g)
    fp = sum(1 for ok, g in zip(accept, gold, strict=True) if ok and not g)
    p = tp / max(tp + fp, 1)
    r = tp / max(sum(gold), 1)
    print(f"{label}: precision {p:.3f}, recall {r:.3f}, F1 {2 * p * r / max(p + r, 1e-9):.3f}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    argv, vectors_path = _option(argv, "--vectors")
    argv, full_path = _option(argv, "--full")
    sweep = "--sweep" in argv
    argv = [a for a in argv if a != "--sweep"]
    from briefing.core.facts import claims
    from briefing.core.facts.linking import PART_FROM, SAME_FROM, SUPPORTED
    from briefing.core.facts.parts import Parts
    from briefing.core.facts.similarity import Terms, Weights, similarity, terms_of

    pairs = _read(argv[0])
    stories: dict[str, dict[str, Terms]] = {}
    for _, a, b, story in pairs:
        sentences = stories.setdefault(story, {})
        for s in (a, b):
            if s not in sentences:
                sentences[s] = terms_of(s)
    weights = {}
    for story, sentences in stories.items():
        weights[story] = Weights(list(sentences.values()))
        for t in sentences.values():
            weights[story].measure(t)
    gold = [g for g, _, _, _ in pairs]
    sims = [similarity(stories[st][a], stories[st][b], weights[st]) for _, a, b, st in pairs]
    # what linking reads: the whole sentences, else a restated part of each (``parts``)
    parts = {story: Parts(w) for story, w in weights.items()}
    reads = list(sims)
    for n, (_, a, b, st) in enumerate(pairs):
        if SUPPORTED <= sims[n] < SAME_FROM:
            part = parts[st].similarity(a, stories[st][a], b, stories[st][b])
            reads[n] = part if part >= PART_FROM else sims[n]
    same = [
        (rel := claims.relation(a, b, sim, SAME_FROM)) is not None and rel.kind == "same"
        for (_, a, b, _), sim in zip(pairs, reads, strict=True)
    ]
    positives = sum(gold)
    best = (0.0, 0.0)
    hits = 0
    for n, (sim, g) in enumerate(sorted(zip(sims, gold, strict=True), key=lambda x: -x[0]), 1):
        hits += g
        f1 = 2 * hits / (n + positives)
        if f1 > best[0]:
            best = (f1, sim)
    print(f"{len(pairs)} pairs, {positives} paraphrases")
    print(
        f"similarity AUC {auc_of(list(zip(sims, gold, strict=True))):.3f}; "
        f"best F1 {best[0]:.3f} at similarity >= {best[1]:.3f}"
    )
    _linked(
        [s >= SAME_FROM and ok for s, ok in zip(reads, same, strict=True)], gold, "linked as the same claim"
    )
    _linked(
        [s >= SAME_FROM and ok for s, ok in zip(sims, same, strict=True)],
        gold,
        "... on whole sentences alone",
    )
    if full_path:
        with open(full_path, encoding="utf-8") as handle:
            full = json.load(handle)
        upper = [sum(x * y for x, y in zip(full[a], full[b], strict=True)) for _, a, b, _ in pairs]
        mixed = [(1 - MEANING_SHARE) * s + MEANING_SHARE * c for s, c in zip(sims, upper, strict=True)]
        print(
            f"full model cosine AUC {auc_of(list(zip(upper, gold, strict=True))):.3f}; "
            f"mean with the similarity {auc_of(list(zip(mixed, gold, strict=True))):.3f}"
        )
    if vectors_path:
        _meaning(pairs, sims, same, gold, vectors_path, sweep, SAME_FROM, SUPPORTED)
    return 0


def _meaning(
    pairs: list[tuple[bool, str, str, str]],
    sims: list[float],
    same: list[bool],
    gold: list[bool],
    path: str,
    sweep: bool,
    same_from: float,
    supported: float,
) -> None:
    from pathlib import Path

    import static_vectors

    static_vectors.path = Path(path)
    vectors = {s: static_vectors.vector(s) for _, a, b, _ in pairs for s in (a, b)}
    cos = [static_vectors.cosine(vectors[a], vectors[b]) for _, a, b, _ in pairs]
    mixed = [(1 - MEANING_SHARE) * s + MEANING_SHARE * c for s, c in zip(sims, cos, strict=True)]
    print(
        f"static vectors cosine AUC {auc_of(list(zip(cos, gold, strict=True))):.3f}; "
        f"mean with the similarity {auc_of(list(zip(mixed, gold, strict=True))):.3f}"
    )
    for t in [MEANING_FROM] + ([x / 100 for x in range(40, 66, 2)] if sweep else []):
        rows = list(zip(sims, mixed, same, strict=True))
        _linked([m >= t and s >= supported and ok for s, m, ok in rows], gold, f"gate, mean >= {t:.2f}")
        _linked(
            [(s >= same_from or (m >= t and s >= supported)) and ok for s, m, ok in rows],
            gold,
            f"or, mean >= {t:.2f}",
        )


if __name__ == "__main__":
    raise SystemExit(main())
