"""How well the linker's sentence similarity tells a restated claim from a related sentence (run by hand).

    python tools/eval/paraphrase_eval.py /work/cache/paraphrase/msrp/msr_paraphrase_train.txt

Reads a tab-separated paraphrase set with the Microsoft Research Paraphrase Corpus's
columns (label, id, id, sentence, sentence): news sentences from one story each,
labelled 1 when they say the same thing, and optionally a sixth column naming the
story (``ecb_pairs.py``). Term weights come from all sentences of the file, or of
the pair's story when there is one, as linking weighs a story's sentences. Prints the area under the ROC
curve of ``similarity`` alone, its best F1 over thresholds, and precision/recall
of what linking would accept as the same claim (similarity >= SAME_FROM and
``claims.relation`` == "same"). Develop on the train file; the test file is held out.
"""

from __future__ import annotations

import csv
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from briefing.core.facts import claims
    from briefing.core.facts.linking import SAME_FROM
    from briefing.core.facts.similarity import Terms, Weights, similarity, terms_of

    with open(argv[0], encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        rows = [r for r in reader if len(r) in (5, 6)][1:]
    pairs = [(r[0] == "1", r[3], r[4], r[5] if len(r) == 6 else "") for r in rows]
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
    scored = []
    tp = fp = fn = 0
    for gold, a, b, story in pairs:
        sim = similarity(stories[story][a], stories[story][b], weights[story])
        scored.append((sim, gold))
        found = sim >= SAME_FROM and (rel := claims.relation(a, b, sim, SAME_FROM)) is not None
        same = found and rel is not None and rel.kind == "same"
        tp += same and gold
        fp += same and not gold
        fn += gold and not same
    positives = sum(g for _, g in scored)
    negatives = len(scored) - positives
    scored.sort(key=lambda x: -x[0])
    # AUC: share of (positive, negative) pairs ranked the right way (ties count half)
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
    auc = rank_sum / max(positives * negatives, 1)
    best = (0.0, 0.0)
    hits = 0
    for n, (sim, g) in enumerate(scored, 1):
        hits += g
        f1 = 2 * hits / (n + positives)
        if f1 > best[0]:
            best = (f1, sim)
    p = tp / max(tp + fp, 1)
    r = tp / max(positives, 1)
    print(f"{len(pairs)} pairs, {positives} paraphrases")
    print(f"similarity AUC {auc:.3f}; best F1 {best[0]:.3f} at similarity >= {best[1]:.3f}")
    print(
        f"linked as the same claim: precision {p:.3f}, recall {r:.3f}, F1 {2 * p * r / max(p + r, 1e-9):.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
