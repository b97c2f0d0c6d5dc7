"""Word classes as features of the entity fallback: an experiment, measured and not shipped.

    .venv/bin/python tools/eval/word_classes.py CLASSES [--use L0,L1,L2,first,ctx] [--weights FILE] \
        TOOL [TOOL ARGS...]

TOOL is ``fallback_cv``, ``train_fallback``, ``news_eval`` or ``ner_eval`` (the siblings here);
it runs with ``fallback.features`` extended by the classes of the chunk's words, so the same
features are used to train (``train_fallback --out FILE``), to cross-validate and to score
(``--weights FILE``: the fallback reads that file instead of the shipped one). CLASSES is a file
of ``tools/build_clusters.py`` (k-means classes of static word vectors, in /work/cache/embed/).
``--use`` picks the features: ``L0``/``L1``/``L2`` the fine/mid/coarse class of the name's last
word, ``first`` the same of its first word (names of two words or more), ``ctx`` the mid and
coarse classes of the words just before and after it, ``rare``: the name's own classes only
when the training data holds its last word once at most. README "Entity quality" has the figures.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from briefing.core.entities import fallback  # noqa: E402

TOOLS = ("fallback_cv", "train_fallback", "news_eval", "ner_eval")
NONE = ("-", "-", "-")


def read_classes(path: Path) -> dict[str, tuple[str, str, str]]:
    """Lower-case word -> (fine, mid, coarse) class of a build_clusters.py file."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ids, _, words = line.partition("\t")
            fine, mid, coarse = ids.split()
            for word in words.split():
                out[word] = (fine, mid, coarse)
    return out


def class_features(
    table: dict[str, tuple[str, str, str]], use: set[str], words: list[str], context: tuple[str, str]
) -> list[str]:
    """The class features of one chunk (its words) and its two neighbouring tokens."""

    def of(word: str) -> tuple[str, str, str]:
        low = word.lower()
        return table.get(low[:-2] if low.endswith(("'s", "’s")) else low, NONE)

    levels = [k for k in range(3) if f"L{k}" in use]
    last = of(words[-1])
    out = [f"cl{k}={last[k]}" for k in levels]
    if "first" in use and len(words) > 1:
        first = of(words[0])
        out += [f"cf{k}={first[k]}" for k in levels]
    if "ctx" in use:
        before, after = of(context[0]), of(context[1])
        out += [f"cp1={before[1]}", f"cp2={before[2]}", f"cn1={after[1]}", f"cn2={after[2]}"]
    return out


def install(table: dict[str, tuple[str, str, str]], use: set[str]) -> None:
    """Extend ``fallback.features`` (as every caller reaches it) by the class features; with
    ``rare`` in ``use``, only for names whose last word the training data holds once at most
    (the words it holds more often are marked in the weights, so scoring knows them too)."""
    base = fallback.features
    if "rare" in use:
        _only_rare()

    def features(chunk, content, gaz, caps_line, lower_seen, count):  # type: ignore[no-untyped-def]
        before, after = fallback._context(content, chunk[0].start, chunk[-1].end)
        words = [u.text for u in chunk if u.text[:1].isupper()] or [chunk[-1].text]
        extra = class_features(table, use, words, (before[1], after[0]))
        return base(chunk, content, gaz, caps_line, lower_seen, count) + extra

    fallback.features = features  # type: ignore[assignment]


def _only_rare() -> None:
    import train_fallback

    train = train_fallback.train

    def rare_train(data):  # type: ignore[no-untyped-def]
        counts: dict[str, int] = {}
        for feats, _ in data:
            for f in feats:
                if f.startswith("l="):
                    counts[f] = counts.get(f, 0) + 1
        seen = {f for f, n in counts.items() if n >= 2}
        data = [
            ([f for f in feats if f[:2] not in ("cl", "cf")] if seen.intersection(feats) else feats, g)
            for feats, g in data
        ]
        avg = train(data)
        for f in seen:
            avg["~seen" + f] = [1.0, 0.0, 0.0, 0.0, 0.0]
        return avg

    train_fallback.train = rare_train
    real_scores = fallback.scores

    def rare_scores(feats, model):  # type: ignore[no-untyped-def]
        last = next((f for f in feats if f.startswith("l=")), "")
        if last and model.get("~seen" + last) is not None:
            feats = [f for f in feats if f[:2] not in ("cl", "cf")]
        return real_scores(feats, model)

    fallback.scores = rare_scores  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("classes", type=Path)
    ap.add_argument("--use", default="L0,L1,L2,first,ctx")
    ap.add_argument("--weights", type=Path, help="the fallback's weights file to score with")
    ap.add_argument("tool", choices=TOOLS)
    ap.add_argument("args", nargs=argparse.REMAINDER)
    args = ap.parse_args(argv)
    install(read_classes(args.classes), set(args.use.split(",")))
    if args.weights:
        text = args.weights.read_text(encoding="utf-8")
        weights: fallback.Weights = {}
        for line in text.splitlines():
            if line and not line.startswith("#"):
                feature, _, values = line.rpartition("\t")
                weights[feature] = values
        fallback.weights = lambda: weights  # type: ignore[assignment]
    tool = importlib.import_module(args.tool)
    return int(tool.main(args.args) or 0)


if __name__ == "__main__":
    sys.exit(main())
