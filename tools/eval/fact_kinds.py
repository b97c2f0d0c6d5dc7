"""Fact kinds on a corpus, one fact a line, to compare two versions of the kinds code by hand.

    python tools/eval/fact_kinds.py /work/cache/stories/bbc/corpus --limit 200 > after.tsv
    python tools/eval/fact_kinds.py --diff before.tsv after.tsv   # counts and changed facts

Each line: file name, fact start offset, kind ("-" for none), the sentence. Files are taken in
sorted name order (the BBC copy's names are hashes, so the first 200 mix its five sections).
Run by hand, not by pytest.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path


def dump(folder: Path, limit: int) -> None:
    from briefing.core import analysis, ingest

    paths = sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md", ".html"})[:limit]
    corpus = ingest.load_paths(paths)
    for article in corpus.articles:
        for fact in analysis.facts(article, analysis.entities(article)):
            sentence = " ".join(fact.sentence.split())
            print(f"{Path(article.path).name}\t{fact.start}\t{fact.kind or '-'}\t{sentence}")


def diff(before: Path, after: Path) -> None:
    def read(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
        rows = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            name, start, kind, sentence = line.split("\t", 3)
            rows[(name, start)] = (kind, sentence)
        return rows

    old, new = read(before), read(after)
    common = old.keys() & new.keys()
    changed = collections.Counter((old[k][0], new[k][0]) for k in common if old[k][0] != new[k][0])
    print(f"facts: {len(old)} before, {len(new)} after, {len(common)} in both")
    print("kinds before:", dict(collections.Counter(v[0] for v in old.values())))
    print("kinds after: ", dict(collections.Counter(v[0] for v in new.values())))
    print(f"changed: {sum(changed.values())}", dict(changed))
    for key in sorted(common):
        if old[key][0] != new[key][0]:
            print(f"{old[key][0]} -> {new[key][0]}\t{key[0]}\t{old[key][1][:200]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.diff:
        diff(*args.diff)
    elif args.folder:
        dump(args.folder, args.limit)
    else:
        parser.error("give a folder or --diff BEFORE AFTER")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
