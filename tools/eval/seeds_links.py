"""Link precision on the seeds: which cross-source links join sentences the gold says state one fact.

    briefing facts --json seeds/ > /tmp/facts.json
    python tools/eval/seeds_links.py /work/shared/eval/seeds-facts.yaml /tmp/facts.json [-v]

A link between two sentences that both appear in the gold (as key facts or as
sources of a cross-source fact) is right when one ``cross_source.corroborated``
group holds both, wrong otherwise; links touching a sentence the gold never
mentions are counted apart (unjudged). Gold pairs found: pairs of sentences of
one corroborated group (in different articles) that are linked either way.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata

import yaml


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def key(path: str, sentence: str) -> tuple[str, str]:
    return os.path.basename(path), squash(sentence)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("pred", help="output of `briefing facts --json FILES`")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every wrong link")
    args = parser.parse_args(argv)
    gold = yaml.safe_load(open(args.gold, encoding="utf-8"))
    pred = json.load(open(args.pred, encoding="utf-8"))
    known: set[tuple[str, str]] = set()
    for name, facts in gold.get("per_article", {}).items():
        known.update(key(name, f["sentence"]) for f in facts)
    groups: dict[tuple[str, str], set[str]] = {}
    group_members = []
    for group in gold.get("cross_source", {}).get("corroborated", []):
        members = [key(s["file"], s["sentence"]) for s in group["sources"]]
        group_members.append(members)
        for m in members:
            known.add(m)
            groups.setdefault(m, set()).add(group["id"])
    links: set[frozenset] = set()
    for article in pred:
        # the key facts, and the candidates the article does not show that other sources state
        # (the story's briefing lists them; ``also_corroborated``)
        for fact in article.get("facts", []) + article.get("also_corroborated", []):
            a = key(article["path"], fact["sentence"])
            for ref in fact.get("corroborated_by", []):
                b = key(ref["path"], ref["sentence"])
                if a[0] != b[0]:
                    links.add(frozenset((a, b)))
    right = wrong = unjudged = 0
    for link in sorted(links, key=sorted):
        a, b = sorted(link)
        if a in known and b in known:
            if groups.get(a, set()) & groups.get(b, set()):
                right += 1
            else:
                wrong += 1
                if args.verbose:
                    print(
                        f"WRONG  {a[0][:3]}: {a[1][:110]}\n       {b[0][:3]}: {b[1][:110]}", file=sys.stderr
                    )
        else:
            unjudged += 1
    pairs = found = 0
    for members in group_members:
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a[0] == b[0]:
                    continue
                pairs += 1
                if frozenset((a, b)) in links:
                    found += 1
                elif args.verbose:
                    print(
                        f"MISSED {a[0][:3]}: {a[1][:110]}\n       {b[0][:3]}: {b[1][:110]}", file=sys.stderr
                    )
    judged = right + wrong
    print(f"links between gold sentences: {right} right, {wrong} wrong; unjudged links {unjudged}")
    print(f"link precision {right / judged if judged else 0:.3f}")
    print(f"gold pairs found {found}/{pairs} = {found / pairs if pairs else 0:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
