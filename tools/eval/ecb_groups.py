"""Links of whole stories of ECB+ sentences, pairwise and with a consensus rule (run by hand).

    python tools/eval/ecb_groups.py /work/cache/paraphrase/ecbplus/pairs.tsv [--sweep]

``ecb_pairs.py`` writes every pair of annotated sentences from two documents of one
ECB+ sub-topic (a story), labelled 1 when they report one event. Here each story is
linked as linking links one: a pair is one claim at ``linking.SAME_FROM`` when
``claims.relation`` agrees; then the consensus rule (``confirmed``) adds the links of a
sentence at least ``CONFIRMED_FROM``-similar to both statements of a claim two other
documents share (a third source wording the claim its own way: one weak agreement is
often another claim about the same subject, agreeing weakly with both statements of a
claim two sources share is more evidence). Prints precision and recall over all pairs
of each way, of the added links alone, and of every pair in the same band of similarity
without the confirmation (``--sweep``: CONFIRMED_FROM 0.14-0.30). A document is a
source. Measured, not used by linking: on the seeds it links background sentences of
one subject (README, Stories and links quality).
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from paraphrase_eval import _read  # noqa: E402

CONFIRMED_FROM = 0.2  # similarity with each of the two statements of a claim that confirms a link


def _figures(label: str, accepted: set[frozenset[int]], gold: dict[frozenset[int], bool]) -> None:
    tp = sum(1 for p in accepted if gold.get(p))
    positives = sum(gold.values())
    p = tp / max(len(accepted), 1)
    r = tp / max(positives, 1)
    print(f"{label}: links {len(accepted)}, precision {p:.3f}, recall {r:.3f}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from briefing.core.facts import claims
    from briefing.core.facts.linking import SAME_FROM
    from briefing.core.facts.similarity import Weights, similarity, terms_of

    by_story: dict[str, list[tuple[bool, tuple[str, str], tuple[str, str]]]] = defaultdict(list)
    with open(argv[0], encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
    ids = _ids(argv[0]) if header[1] == "#1 ID" else None
    for n, (label, a, b, story) in enumerate(_read(argv[0])):
        da, db = ids[n] if ids else ("a", "b")
        by_story[story].append((label, (da, a), (db, b)))
    steps = [x / 100 for x in range(14, 32, 2)] if "--sweep" in argv else [CONFIRMED_FROM]
    gold: dict[frozenset[int], bool] = {}
    rows: list[tuple[frozenset[int], float, bool]] = []  # pair, similarity, claim rules agree
    source: dict[int, object] = {}
    node: dict[tuple[str, tuple[str, str]], int] = {}
    for story, pairs in by_story.items():
        sentences = {s for _, a, b in pairs for s in (a, b)}
        for s in sorted(sentences):
            node[(story, s)] = len(node)
            source[node[(story, s)]] = (story, s[0])
        terms = {s: terms_of(s[1]) for s in sentences}
        weights = Weights(list(terms.values()))
        for t in terms.values():
            weights.measure(t)
        for label, a, b in pairs:
            pair = frozenset((node[(story, a)], node[(story, b)]))
            sim = similarity(terms[a], terms[b], weights)
            rel = claims.relation(a[1], b[1], sim, SAME_FROM)
            gold[pair] = label
            rows.append((pair, sim, rel is not None and rel.kind == "same"))
    linked = {p for p, sim, ok in rows if ok and sim >= SAME_FROM}
    _figures(f"pairwise at {SAME_FROM}", linked, gold)
    for step in steps:
        weak: dict[int, set[int]] = defaultdict(set)
        for p, sim, ok in rows:
            if ok and sim >= step:
                x, y = sorted(p)
                weak[x].add(y)
                weak[y].add(x)
        added = {
            frozenset((x, j))
            for x, js in confirmed(weak, linked, source).items()
            for j in js
            if frozenset((x, j)) not in linked
        }
        _figures(f"  confirmed from {step:.2f}: pairwise and confirmed", linked | added, gold)
        _figures(f"  confirmed from {step:.2f}: the confirmed links alone", added, gold)
        lowered = {p for p, sim, ok in rows if ok and step <= sim < SAME_FROM}
        _figures(f"  (every pair from {step:.2f} to {SAME_FROM}, unconfirmed)", lowered, gold)
    return 0


def _ids(path: str) -> list[tuple[str, str]]:
    """The two document ids of each row, in the order ``_read`` returns the rows."""
    import csv

    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        rows = [r for r in reader if len(r) in (5, 6)][1:]
    return [(r[1], r[2]) for r in rows]


def confirmed(
    weak: Mapping[int, Iterable[int]],
    linked: set[frozenset[int]],
    source: Mapping[int, object],
) -> dict[int, set[int]]:
    """For each sentence, the sentences it joins: ``weak[x]`` holds the sentences ``x`` is at
    least the step's similarity to and agrees with by the claim rules (below the
    threshold); two of them from different sources that are ``linked`` at the threshold,
    neither of ``x``'s source, confirm ``x``'s links to both."""
    out: dict[int, set[int]] = {}
    for x, near in weak.items():
        others = sorted({j for j in near if source[j] != source[x]})
        for n, a in enumerate(others):
            for b in others[n + 1 :]:
                if source[a] != source[b] and frozenset((a, b)) in linked:
                    out.setdefault(x, set()).update((a, b))
    return out


if __name__ == "__main__":
    raise SystemExit(main())
