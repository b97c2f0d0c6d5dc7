"""How often ``core.language.english`` calls an article English, per folder (run by hand).

    .venv/bin/python tools/eval/language_eval.py /work/cache/stories/bbc/corpus \
        /work/cache/ingest/l3s/original
    .venv/bin/python tools/eval/language_eval.py --tld /work/cache/ingest/traf/tests/eval

Each file is read as briefing reads it (``ingest.load_file``) and its kept text tested.
``--tld`` also groups HTML pages by the country domain in their name or address
(``.de``, ``.fr``, ``.com``...), a rough label of the language, and lists the pages
whose verdict disagrees with a country domain's language.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

from briefing.core import ingest, language
from briefing.core.model import Article

_TLD_LANG = {
    "de": "de",
    "at": "de",
    "ch": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "pl": "pl",
    "nl": "nl",
    "pt": "pt",
    "br": "pt",
    "se": "sv",
    "cn": "zh",
    "jp": "ja",
    "ru": "ru",
    "uk": "en",
    "us": "en",
    "au": "en",
    "ca": "en",
}


def text_of(article: Article) -> str:
    kept = [
        article.content[b.start : b.end]
        for b in article.blocks
        if b.kind in ("title", "dek", "heading", "body")
    ]
    return "\n".join(kept)


def tld(path: Path, article: Article) -> str:
    for source in (article.url or "", path.name):
        m = re.search(r"[a-z0-9-]+\.([a-z]{2,3})(?:[/._-]|$)", source)
        if m:
            return m.group(1)
    return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--tld", action="store_true")
    args = parser.parse_args(argv)
    for folder in args.folders:
        files = sorted(p for p in Path(folder).rglob("*") if p.is_file())
        verdicts: collections.Counter[str] = collections.Counter()
        by_tld: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        odd = []
        for path in files:
            try:
                article = ingest.load_file(path)
            except ingest.SkipFile:
                continue
            verdict = "en" if language.english(text_of(article)) else "other"
            verdicts[verdict] += 1
            if args.tld:
                t = tld(path, article)
                by_tld[t][verdict] += 1
                expected = _TLD_LANG.get(t)
                if expected and (expected == "en") != (verdict == "en"):
                    odd.append(f"  {t} {verdict}: {path.name}")
            elif verdict != "en":
                odd.append(f"  other: {path}")
        total = sum(verdicts.values())
        print(f"{folder}: {total} articles, English {verdicts['en']}, other {verdicts['other']}")
        for t, c in sorted(by_tld.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"  .{t}: English {c['en']}, other {c['other']}")
        print("\n".join(odd[:40]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
