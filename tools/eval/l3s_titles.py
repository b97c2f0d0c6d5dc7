"""Titles of real news pages against their assessor-labelled headline (L3S-GN1; run by hand).

    .venv/bin/python tools/eval/l3s_titles.py /work/cache/ingest/l3s [--half dev|test|all] [--show N]

L3S-GN1 (Kohlschütter et al. 2010: 621 Google News pages of 2008 from 408 sites) marks
each text run of its ``annotated/`` pages with a class; ``x-nc-sel1`` is the headline.
Each ``original/`` page is read as briefing reads it (``ingest.load_file``) and its
title counts as right when its words are the headline's (case, punctuation and spacing
aside), or three or more of them in a row (the labelled runs often hold a kicker or the
deck line too). Pages without a labelled headline are
left out. ``--half`` splits the pages as ``text_bench.py`` does (dev: the name's SHA-1
ends in an even digit); the test half is for figures only.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import lxml.html

from briefing.core import ingest


def norm(text: str) -> list[str]:
    return re.findall(r"\w+", (text or "").casefold())


def half(name: str) -> str:
    return "dev" if int(hashlib.sha1(name.encode()).hexdigest()[-1], 16) % 2 == 0 else "test"


def headline(annotated: Path) -> str:
    doc = lxml.html.fromstring(annotated.read_bytes())
    runs = [" ".join(el.text_content().split()) for el in doc.xpath('//span[@class="x-nc-sel1"]')]
    return " ".join(r for r in runs if r)


def right(title: str, gold: str) -> bool:
    t, g = norm(title), norm(gold)
    if not t or not g:
        return False
    if t == g:
        return True
    # the labelled runs often hold the deck or a kicker too: the title is right when it is
    # a run of three or more of the label's words
    return len(t) >= 3 and f" {' '.join(t)} " in f" {' '.join(g)} "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--half", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--show", type=int, default=0, help="print N wrong titles")
    args = parser.parse_args(argv)
    ok = total = 0
    wrong = []
    for annotated in sorted((args.root / "annotated").glob("*.html")):
        if args.half != "all" and half(annotated.name) != args.half:
            continue
        gold = headline(annotated)
        original = args.root / "original" / annotated.name
        if not gold or not original.exists():
            continue
        try:
            title = ingest.load_file(original).title
        except ingest.SkipFile:
            title = ""
        total += 1
        if right(title, gold):
            ok += 1
        else:
            wrong.append(f"{annotated.name[:12]}  got: {title[:70]!r}\n{'':14}gold: {gold[:70]!r}")
    print(f"L3S-GN1 {args.half}: title is the labelled headline on {ok}/{total} = {ok / max(total, 1):.3f}")
    for line in wrong[: args.show]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
