"""Build word classes for the entity fallback's experiment, into /work/cache/embed (run by hand).

    /work/cache/embed-venv/bin/python tools/build_clusters.py [--vectors /work/cache/embed/vectors.bin]

Measured with ``tools/eval/word_classes.py`` and **not shipped**: README "Entity quality".

The classic gain for names no list knows is a word's distributional class (Brown clusters in
the NER literature): "Arsenal" sits with the clubs, "Leeds" with the towns, "Kowalski" nowhere,
"iPhone" with the devices, so the fallback can learn "a chunk whose last word is in the clubs'
class is an organisation" from the clubs it has seen and apply it to ones it has not.

- the words and their vectors: ``/work/cache/embed/vectors.bin``, the 40,000 most frequent
  lower-case English words of wordfreq 3.1.1, each embedded alone by all-MiniLM-L6-v2
  (Apache-2.0) and reduced to 64 dimensions (``tools/eval/build_vectors.py`` builds it);
- each vector scaled back to length 1 (the file's frequency weighting undone), then k-means
  (scikit-learn's ``KMeans``, k-means++ start, fixed seed) into ``FINE`` classes; the fine
  classes' centres (weighted by their sizes) into ``MID`` classes and those into ``COARSE``, so
  the three levels nest like the prefixes of a Brown-cluster bit string;
- written as one line per fine class: ``fine mid coarse``, a tab, its words by frequency.

``--vectors`` may also name a ``.npy`` of full 384-dimension vectors with a ``words.json``
beside it (``{"words": [...]}``; /work/cache/embed/words_full.npy, the same model on the
50,000 most frequent words, built by the ``words_full.py`` beside it), centred and scaled to
length 1 before clustering. The file is about 330 KB (420 KB from 50,000 words). It needs
numpy and scikit-learn, which live in the embedding venv (``/work/cache/embed-venv``:
tools/eval/README.md), never in briefing's dependencies. The
classes derive from the Apache-2.0 model and wordfreq's word list and stay in /work/cache.
"""

from __future__ import annotations

import argparse
from pathlib import Path

VECTORS = Path("/work/cache/embed/vectors.bin")
OUT = Path("/work/cache/embed/word_clusters.txt")
FINE, MID, COARSE = 1024, 256, 64
SEED = 13


def read_vectors(path: Path):  # type: ignore[no-untyped-def] - numpy only here
    """(words, unit vectors) of a ``briefing-vectors 1`` file (or a .npy beside a words.json)."""
    import numpy as np

    if path.suffix == ".npy":
        import json

        words = json.loads((path.parent / "words.json").read_text(encoding="utf-8"))["words"]
        x = np.load(path).astype(np.float64)
        x -= x.mean(axis=0)
        return words, x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-12)
    raw = path.read_bytes()
    head, rest = raw.split(b"\n", 1)
    _, _, n, d, _ = head.split()
    count, dims = int(n), int(d)
    words_blob, blob = rest.split(b"\n\n", 1)
    words = words_blob.decode("utf-8").split("\n")
    x = np.frombuffer(blob[: count * dims], dtype=np.int8).reshape(count, dims).astype(np.float64)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    return words, x


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vectors", type=Path, default=VECTORS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    import numpy as np
    from sklearn.cluster import KMeans

    words, x = read_vectors(args.vectors)
    fine = KMeans(FINE, random_state=SEED, n_init=1).fit(x)
    sizes = np.bincount(fine.labels_, minlength=FINE).astype(np.float64)
    centres = fine.cluster_centers_ / (np.linalg.norm(fine.cluster_centers_, axis=1, keepdims=True) + 1e-12)
    mid = KMeans(MID, random_state=SEED, n_init=4).fit(centres, sample_weight=sizes)
    msizes = np.bincount(mid.labels_, weights=sizes, minlength=MID)
    mcentres = mid.cluster_centers_ / (np.linalg.norm(mid.cluster_centers_, axis=1, keepdims=True) + 1e-12)
    coarse = KMeans(COARSE, random_state=SEED, n_init=4).fit(mcentres, sample_weight=msizes)
    members: list[list[str]] = [[] for _ in range(FINE)]
    for word, label in zip(words, fine.labels_, strict=True):
        members[int(label)].append(word)
    lines = [
        f"# word classes of {len(words)} words (all-MiniLM-L6-v2 vectors, wordfreq 3.1.1 list), "
        f"k-means {FINE} > {MID} > {COARSE}, seed {SEED}",
        "# built by tools/build_clusters.py; a line: fine mid coarse<TAB>words",
    ]
    for k in range(FINE):
        m = int(mid.labels_[k])
        c = int(coarse.labels_[m])
        lines.append(f"{k} {m} {c}\t" + " ".join(members[k]))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"{len(words)} words, {FINE}/{MID}/{COARSE} classes -> {args.out} ({args.out.stat().st_size:,} bytes)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
