"""Lines ingest drops from texts that hold no chrome at all: CoNLL-format news (every line is
article text: headline, dateline, byline, body, results tables). Run by hand:

  python tools/eval/kept_lines.py /work/cache/entities/eng.train /work/cache/entities/eng.testa [--show N]

Documents are rebuilt by ``conll.py`` (one sentence a line, detokenised) and read by
``ingest.parse`` as .txt; every line no block covers is a line lost. Prints lines lost
over lines, by reason, and with ``--show`` examples. (Never the CoNLL-2003 test split.)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from conll import read  # noqa: E402

from briefing.core import ingest  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    lines = lost = docs = 0
    reasons: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for path in args.files:
        for doc in read(path):
            docs += 1
            article = ingest.parse("doc.txt", doc.text, "txt")
            why = {(d.start, d.end): d.reason for d in article.dropped}
            for s, e in doc.lines:
                lines += 1
                if not any(b.start < e and b.end > s for b in article.blocks):
                    lost += 1
                    reason = why.get((s, e), "?")
                    reasons[reason] += 1
                    examples.setdefault(reason, []).append(doc.text[s:e][:100])
    print(f"{docs} documents: lines dropped {lost}/{lines} = {lost / max(lines, 1):.4f}")
    print(f"by reason: {dict(reasons.most_common())}")
    for reason, texts in examples.items():
        for text in texts[: args.show]:
            print(f"  {reason}: {text!r}")


if __name__ == "__main__":
    main()
