"""Candidate headlines of each benchmark page, for making the title gold by hand.

Usage: python tools/eval/title_candidates.py /work/cache/ingest/aeb > candidates.json

For every page it lists what the publisher states as the headline: the JSON-LD
``headline``, ``og:title``, ``twitter:title``, the ``<h1>`` elements and the
``<title>``, each also without a " | Site"-style tail. Where the JSON-LD, og:title
and first <h1> agree (after the tail is cut) that is taken as the gold headline;
the rest were chosen by hand from the candidates (the headline a reader sees on the
page; a shorter SEO variant stated by the publisher is also accepted). The gold
lives in /work/cache/ingest/aeb/titles.json, never in the repository.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import lxml.html

_TAIL = re.compile(r"\s+[|\-–—:·•»]+\s+[^|\-–—:·•»]{1,60}$")


def norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def _ld_headlines(doc) -> list[str]:
    found: list[str] = []

    def walk(x) -> None:
        if isinstance(x, dict):
            if isinstance(x.get("headline"), str):
                found.append(x["headline"])
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for script in doc.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text_content()))
        except ValueError:
            continue
    return found


def candidates(raw: bytes) -> dict[str, list[str]]:
    doc = lxml.html.fromstring(raw.decode("utf-8", errors="replace"))

    def meta(prop: str) -> list[str]:
        return [
            " ".join(v.split())
            for v in doc.xpath(f'//meta[@property="{prop}" or @name="{prop}"]/@content')
            if v.strip()
        ]

    title = doc.xpath("//title")
    out = {
        "ld": [
            " ".join(lxml.html.fromstring(f"<p>{h}</p>").text_content().split()) for h in _ld_headlines(doc)
        ],
        "og": meta("og:title"),
        "twitter": meta("twitter:title"),
        "h1": [t for t in (" ".join(h.text_content().split()) for h in doc.xpath("//h1")) if t][:3],
        "title": [" ".join(title[0].text_content().split())] if title else [],
    }
    return out


def agreed(cands: dict[str, list[str]]) -> str | None:
    """The headline when the publisher's statements agree: all equal, or equal once a tail is
    cut from some of them and at least one states it without a tail."""
    stated = [c[0] for c in (cands["ld"], cands["og"], cands["h1"]) if c]
    if len(stated) < 2:
        return None
    if len({norm(s) for s in stated}) == 1:
        return stated[-1]
    if len({norm(_TAIL.sub("", s)) for s in stated}) == 1:
        whole = [s for s in stated if norm(_TAIL.sub("", s)) == norm(s)]
        return whole[-1] if whole else None
    return None


def main(root: str) -> None:
    base = Path(root)
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    result = {}
    for key in truth:
        cands = candidates((base / "html" / f"{key}.html").read_bytes())
        result[key] = {"agreed": agreed(cands), **cands}
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
