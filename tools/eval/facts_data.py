"""Converter for the key-facts development data (run by hand).

    python tools/eval/facts_data.py MIRROR_GIT_DIR [--out /work/cache/facts/bbcsum] [--per-section 60]

The BBC News Summary dataset (Sharif, Kaggle 2018; the 2,225 BBC News articles of
Greene & Cunningham 2006, each with an extractive summary: sentences of the article
chosen by others, about two fifths of it), e.g. from ``github:Miguel-G-Soares/PRI_proj1``
(folder ``BBC News Summary``). A sample of ``--per-section`` articles of each of the
five sections, drawn by a seeded hash of the text, is written as ``OUT/corpus/NAME.txt``
(file names are content hashes) with ``OUT/gold.json`` = {name: {"section", "half",
"summary"}}. ``half`` is "dev" or "test" by the hash: rules are looked at on the dev
half, the test half is only ever reported. Nothing of it goes into the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
from pathlib import Path

ROOT = "BBC News Summary"
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")


def _git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("git_dir")
    parser.add_argument("--out", default="/work/cache/facts/bbcsum")
    parser.add_argument("--per-section", type=int, default=60)
    args = parser.parse_args(argv)
    out = Path(args.out)
    (out / "corpus").mkdir(parents=True, exist_ok=True)
    names = _git(args.git_dir, "ls-tree", "-r", "--name-only", "HEAD", f"{ROOT}/News Articles").decode()
    gold: dict[str, dict[str, str]] = {}
    for section in SECTIONS:
        files = [n for n in names.splitlines() if n.split("/")[-2] == section]
        items = []
        for path in files:
            text = _git(args.git_dir, "show", f"HEAD:{path}")
            summary = _git(args.git_dir, "show", "HEAD:" + path.replace("News Articles", "Summaries"))
            digest = hashlib.sha1(text).hexdigest()
            items.append((hashlib.sha1(b"facts-sample" + text).hexdigest(), digest, text, summary))
        for _, digest, text, summary in sorted(items)[: args.per_section]:
            name = digest[:16] + ".txt"
            (out / "corpus" / name).write_bytes(text)
            gold[name] = {
                "section": section,
                "half": "dev" if int(digest, 16) % 2 == 0 else "test",
                "summary": summary.decode("utf-8", errors="replace"),
            }
    (out / "gold.json").write_text(json.dumps(gold, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(gold)} articles in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
