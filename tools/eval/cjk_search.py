"""Words inside CJK text (no spaces): are they found, and highlighted? Run by hand.

Indexes a folder of pages (e.g. trafilatura's Chinese and Japanese test pages copied to
/work/cache/h34/cjk) with empty XDG dirs of its own, then for each article draws words
from its own text: substrings of 2, 3 and 4 characters at seeded random places in its
CJK runs (a known-item search: a word a reader saw there). A query is *found* when its
article is among the hits (limit 50), *highlighted* when one of the article's snippets
highlights exactly the query's characters. Latin words drawn the same way (the article's
own words of 4+ letters) check that nothing changed for them.

    python tools/eval/cjk_search.py CORPUS [--per-article 40] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
from pathlib import Path

_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{4,}")
_LATIN = re.compile(r"\b[A-Za-z]{4,}\b")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--per-article", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    xdg = Path(tempfile.mkdtemp(prefix="cjk-eval-"))
    for var in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(xdg / var.lower())
    from briefing.core.library import Library

    library = Library.open(args.corpus.resolve())
    rng = random.Random(args.seed)
    counts = {"cjk": [0, 0, 0], "latin": [0, 0, 0]}  # queries, found, highlighted
    for summary in library.summaries():
        article = library.article(summary.id)
        text = " ".join(s.text for s in article.sentences)
        runs = _RUN.findall(text)
        latin = _LATIN.findall(text)
        queries = []
        for _ in range(args.per_article if runs else 0):
            run = rng.choice(runs)
            size = rng.choice((2, 3, 4))
            at = rng.randrange(0, len(run) - size + 1)
            queries.append(("cjk", run[at : at + size]))
        for _ in range(min(args.per_article, len(latin)) // 4):
            queries.append(("latin", rng.choice(latin)))
        for kind, q in queries:
            counts[kind][0] += 1
            result = library.search(q, limit=50)
            hit = next((h for h in result.hits if h.id == summary.id), None)
            if hit is None:
                continue
            counts[kind][1] += 1
            marked = {
                s.sentence[a - s.start : b - s.start].lower() for s in hit.snippets for a, b in s.highlights
            }
            counts[kind][2] += any(q.lower() == m or q.lower() in m for m in marked)
    print(f"articles: {len(library.summaries())}")
    for kind, (n, found, lit) in counts.items():
        if n:
            print(f"{kind}: {n} queries, found {found / n:.3f}, highlighted {lit / n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
