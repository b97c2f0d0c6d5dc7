"""BBC News text files: the title is the first line, and the chrome stage's CPU time.

Usage:
  python tools/eval/bbc_titles.py /work/cache/stories/bbc/corpus [--n 2000]

Each file is read with ``ingest.load_file``; a title counts when it equals the file's first
non-empty line (the BBC corpus prints its headline there). ``classify`` (the chrome
classifier) is timed in process CPU time, summed over the files, so a change to the rules can
be measured for cost on the same files before and after (run it on both trees in turn).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from briefing.core import ingest, structure  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--n", type=int, default=0)
    args = parser.parse_args()
    files = sorted(args.root.glob("*.txt"))
    files = files[: args.n] if args.n else files
    spent = [0.0]
    classify = structure.classify

    def timed(*a, **k):  # noqa: ANN002, ANN003, ANN202 - a pass-through wrapper
        start = time.process_time()
        try:
            return classify(*a, **k)
        finally:
            spent[0] += time.process_time() - start

    structure.classify = timed  # type: ignore[assignment]
    same = 0
    for path in files:
        article = ingest.load_file(path)
        first = next((line.strip() for line in article.content.splitlines() if line.strip()), "")
        same += " ".join(article.title.split()) == " ".join(first.split())
    print(f"titles == first line {same}/{len(files)} = {same / max(len(files), 1):.3f}")
    print(f"chrome classifier CPU {spent[0]:.2f} s for {len(files)} files")


if __name__ == "__main__":
    main()
