"""Why each gold cross-source pair of the seeds is not linked, counted by cause (run by hand).

    python tools/eval/seeds_missed.py /work/shared/eval/seeds-facts.yaml seeds/ [-v]

Runs the pipeline of ``briefing facts`` (files, not the index) and, for each pair of
sentences of one ``cross_source.corroborated`` group in two articles that no shown
fact links (``seeds_links.py`` finds a pair through a shown fact's ``corroborated_by`` or an
``also_corroborated`` one's: a candidate past the shown ones that another source states),
names the first cause that applies:

- ``neither a candidate``: neither sentence is among its article's candidate key facts (the
  up to 15 above the score floor), so no listed fact, shown or ``also_corroborated``, can
  carry the link (whatever the measure);
- ``no shared word``: their similarity is 0;
- ``below the threshold``: similarity under ``linking.SAME_FROM`` (``LEAD_FROM`` for two
  first sentences), and no part of each restating the other (``parts``, ``PART_FROM``);
- ``not searched``: neither sentence's candidate search (``Linker.matches``) holds the other;
- ``claim rules``: ``claims.relation`` says another claim or a difference;
- ``copy or same source``: a copy of one text, or two reports of one outlet;
- ``other``: none of these (a defect to look at).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seeds_links import key, squash  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("articles", help="the seeds folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each missed pair")
    args = parser.parse_args(argv)
    from briefing.core.facts import linking, report
    from briefing.core.facts.copies import copy_groups

    gold = yaml.safe_load(open(args.gold, encoding="utf-8"))
    analysed = report.analyse([Path(args.articles)])
    articles = analysed.articles
    linker = linking.Linker(articles)
    copies = copy_groups(articles)
    unit_of = {key(u.ref.path, u.ref.sentence): n for n, u in enumerate(linker.units)}
    from briefing.core import analysis

    candidates = {key(a.path, f.sentence) for a in articles for f in analysis.facts(a, analysis.entities(a))}
    linked = set()
    for facts in [*analysed.facts, *analysed.beyond]:
        for f in facts:
            for r in f.corroborated_by:
                linked.add(frozenset((key(f.path, f.sentence), key(r.path, r.sentence))))
    causes: Counter[str] = Counter()
    pairs = 0
    for group in gold.get("cross_source", {}).get("corroborated", []):
        members = [(s["file"], squash(s["sentence"])) for s in group["sources"]]
        for n, a in enumerate(members):
            for b in members[n + 1 :]:
                if a[0] == b[0]:
                    continue
                pairs += 1
                if frozenset((a, b)) in linked:
                    continue
                cause = (
                    "neither a candidate"
                    if a not in candidates and b not in candidates
                    else _cause(linker, copies, unit_of, a, b)
                )
                causes[cause] += 1
                if args.verbose:
                    print(f"{group['id']} {cause}\n  {a[0][:3]}: {a[1][:100]}\n  {b[0][:3]}: {b[1][:100]}")
    print(f"gold pairs {pairs}, linked {pairs - sum(causes.values())}, missed {sum(causes.values())}:")
    for cause, n in causes.most_common():
        print(f"  {cause}: {n}")
    return 0


def _cause(linker, copies: list[int], unit_of: dict, a: tuple[str, str], b: tuple[str, str]) -> str:  # noqa: ANN001
    """The first cause that applies to a pair at least one of whose sentences is a candidate."""
    from briefing.core.facts import claims, linking
    from briefing.core.facts.copies import copied, shingles
    from briefing.core.facts.similarity import similarity

    i, j = unit_of.get(a), unit_of.get(b)
    if i is None or j is None:
        return "other"
    ui, uj = linker.units[i], linker.units[j]
    sim = similarity(ui.terms, uj.terms, linker.weight)
    if sim == 0:
        return "no shared word"
    if not linker.claim_similarity(i, j, sim):  # nor a restated part of each (``parts``)
        return "below the threshold"
    if j not in [k for _, k in linker.matches(i)] and i not in [k for _, k in linker.matches(j)]:
        return "not searched"
    found = claims.relation(ui.ref.sentence, uj.ref.sentence, sim, linking.SAME_FROM)
    if found is None or found.kind != "same":
        return "claim rules"
    if (
        copies[ui.article] == copies[uj.article]
        or copied(shingles(ui.ref.sentence), shingles(uj.ref.sentence))
        or ui.ref.source == uj.ref.source
    ):
        return "copy or same source"
    return "other"


if __name__ == "__main__":
    raise SystemExit(main())
