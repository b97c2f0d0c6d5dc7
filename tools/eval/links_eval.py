"""Links and stories of a labelled corpus, through the real index (run by hand).

    python tools/eval/links_eval.py /work/cache/stories/bbc      # DATASET/corpus + DATASET/gold.json
    python tools/eval/links_eval.py /work/cache/stories/bbc --dump links.tsv  # each link too, to diff runs

Indexes DATASET/corpus (the user's cache, as `briefing index` does), then prints:
facts shown and how many have a corroborating link; links, and how many join
articles of different gold labels (for BBC sections: links across sections); the briefing
items of the stories of 2+ sources (those 2+ sources state, and how many of their other
statements are of another label than the leading one);
the stories' B-cubed figures against the labels (``bcubed.py``).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bcubed import bcubed  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    dump = None
    if "--dump" in argv:
        k = argv.index("--dump")
        dump, argv = Path(argv[k + 1]), argv[:k] + argv[k + 2 :]
    dataset = Path(argv[0])
    rows: list[str] = []
    gold = json.loads((dataset / "gold.json").read_text(encoding="utf-8"))
    from briefing.core.library import Library

    started = time.perf_counter()
    with Library.open(dataset / "corpus") as lib:
        seconds = time.perf_counter() - started
        label = {s.id: gold.get(Path(s.path).name) for s in lib.summaries()}
        by_path = {lib.path_of(s.id): label[s.id] for s in lib.summaries()}
        facts = linked = links = across = 0
        for summary in lib.summaries():
            for fact in lib.facts(summary.id):
                facts += 1
                if fact.corroborated_by:
                    linked += 1
                for ref in fact.corroborated_by:
                    links += 1
                    other = by_path.get(ref.path)
                    across += other != label[summary.id]
                    if dump is not None:
                        sentences = (" ".join(fact.sentence.split()), " ".join(ref.sentence.split()))
                        rows.append("\t".join((str(label[summary.id]), str(other), *sentences)))
        pred = {Path(s.path).name: s.story for s in lib.summaries()}
        stories = lib.stories()
        briefing = lib.briefing()
        items = len(briefing)
        # items another source states, and their sources of another label than the leading fact's
        with_sources = [it for it in briefing if len({r.source for r in it.sources} - {it.fact.source})]
        item_sources = sum(len(it.sources) - 1 for it in with_sources)
        item_across = sum(
            by_path.get(r.path) != by_path.get(it.fact.path)
            for it in with_sources
            for r in it.sources
            if (r.path, r.start) != (it.fact.path, it.fact.start)
        )
    if dump is not None:
        dump.write_text("".join(f"{row}\n" for row in sorted(rows)), encoding="utf-8")
    p, r, f = bcubed(gold, pred)
    multi = [s for s in stories if len(s.articles) > 1]
    print(
        f"indexed {len(pred)} articles in {seconds:.1f} s; {len(stories)} stories, "
        f"{len(multi)} of 2+ articles, "
        f"largest {max((len(s.articles) for s in stories), default=0)}"
    )
    print(f"facts {facts}, with a link {linked} ({100 * linked / max(facts, 1):.1f}%)")
    print(f"links {links}, across labels {across} ({100 * across / max(links, 1):.2f}%)")
    print(f"briefing items of the stories of 2+ sources: {items}")
    print(
        f"  stated by 2+ sources {len(with_sources)}; their other statements {item_sources}, "
        f"across labels {item_across} ({100 * item_across / max(item_sources, 1):.2f}%)"
    )
    print(f"stories vs labels: B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
