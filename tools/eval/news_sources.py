"""The second development split (``dev2``) of the modern-news entity gold: its sources and sample.

    python tools/eval/news_gold.py sample2 [--out /work/cache/entities/news-gold]

Drawn by a fixed seed (``SEED2``), never from an article already in the gold, from four public
sources of different outlets and years (the texts are third-party: they stay under
``/work/cache``):

- ``bbc``: the BBC News dataset (2004-05; ``/work/cache/stories/bbc``), 6 per section;
- ``aeb``: news pages of 2019 from the scrapinghub article-extraction benchmark's ground truth
  (CNN, Fox News, The Verge, Reuters, Live Science...), 3 per section from ``AEB_POOL``;
- ``nd``: US news of March 2023 (CBS, HuffPost, LA Times, ESPN, NY Post, Rolling Stone, NPR,
  Teslarati...) scraped with newspaper3k from NewsData.io listings, published with
  ``github:jennhu/metalinguistic-prompting`` (``datasets/exp1/news/cleaned.csv``), 3 per section
  from ``ND_POOL``;
- ``moz``: the expected output of Mozilla Readability's test pages (BBC, NYT, Washington Post,
  Telegraph, CNET, The Verge, TMZ...; 2013-17; ``github:mozilla/readability``), 2 per section from
  ``MOZ_POOL`` (it has no sports page), paragraphs one per line.

The pools only say which items are news articles of a section (listicles, recipes, explainers,
op-eds, videos and non-English pages are left out); the seed picks from them.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import random
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

SEED2 = 1302
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")
BBC = Path("/work/cache/stories/bbc")
AEB = Path("/work/.mirror/scrapinghub+article-extraction-benchmark/repo")
ND = Path("/work/.mirror/jennhu+metalinguistic-prompting/repo")
MOZ = Path("/work/.mirror/mozilla+readability/repo")

# NewsData.io items of 1,500-6,000 characters by the sha1 of their URL (first 8 hex digits).
ND_POOL = {
    "politics": """99943ee0 61e3e60e 50f17534 52cb5ad6 1f57c989 fc8e9f19 0561a154 ea801d9b 48659a6e
        3e6ff18d 311b1681 7d8435f5 839b9504 624fee3a 3f0f3eac dfd48b67 8845ab3e 76d13624 a593b3b2
        0d30c0c9 a5ff944a 11d3f024 6c912093 338279ee 91db6274 943183f0 1b1fef15 5c177438""",
    "sport": "61cecbb3 e5ac1807 126f656b d9fd902a b8a818da 8d25837d 4d33186f fdf25901",
    "business": """aa24df21 7f2b9492 9e1bea6a 46ecf212 86b3917c 33b4ac2f ed868682 da2aa8cd 888d8761
        c6b403e4 5d2d0cde 975efe3c adeaecc9 dd24b1fc 0bf2c6b2 93b48bc3 dfd47741 237bd082 e50ccba7""",
    "entertainment": """11aeb1c8 3fd7f55c 7c23a5e0 39eedad6 ceba2745 29858877 3181ea2c dc2ca774 af9dbd86
        715fd25a d2cbdd25 bca5c864 574e6ce3 46eb7476 7eab3059 271fdca3""",
    "tech": """0cbdfdf8 7812d956 ad1c88a1 dfb6ded8 72ecb9d3 d64093a6 d88f0ef8 180e12d5 fb83341a fdae29d5
        a8f5acf1 55cbb303 bd4505a3 52850bd9 04c7597a 0c821092""",
}
# Mozilla Readability test pages that are English news articles under 8,000 characters.
MOZ_POOL = {
    "politics": "bbc-1 nytimes-1 telegraph wapo-1 wapo-2 breitbart",
    "business": "nytimes-2 cnn spiceworks",
    "tech": "cnet theverge yahoo-1 msn ars-1 herald-sun-1",
    "entertainment": "tmz-1 yahoo-3",
    "sport": "",
}
PER_SECTION = {"bbc": 6, "aeb": 3, "nd": 3, "moz": 2}


def _git(git_dir: Path, path: str) -> str:
    out = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"], check=True, capture_output=True
    )
    return out.stdout.decode("utf-8")


class _Paragraphs(HTMLParser):
    """The text of an HTML fragment, one line per block element; figures (photos, credits) left out."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dd", "dt", "div"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        if text:
            self.lines.append(text)
        self.buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("figure", "script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS or tag == "br":
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("figure", "script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data)


def html_text(fragment: str) -> str:
    parser = _Paragraphs()
    parser.feed(fragment)
    parser.close()
    parser._flush()
    return "\n".join(parser.lines)


def _article(title: str, body: str) -> str:
    """Title, a blank line, the body's non-empty lines (the BBC dataset's own layout)."""
    lines = [" ".join(line.split()) for line in body.splitlines()]
    body = "\n".join(line for line in lines if line)
    title = " ".join(html.unescape(title).split())
    return f"{title}\n\n{body}\n" if title and not body.startswith(title) else f"{body}\n"


def _slug(url: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]{4,}", url.lower().rstrip("/").rsplit("/", 1)[-1]))


def _distinct(rng: random.Random, keys: list[str], url_of: dict[str, str], k: int) -> list[str]:
    """``k`` keys in the seed's order, skipping a page on a story already drawn (two words of
    four or more letters shared by the URLs' last parts: one event reported by three outlets)."""
    order = rng.sample(keys, len(keys))
    out: list[str] = []
    for key in order:
        if all(len(_slug(url_of[key]) & _slug(url_of[o])) < 2 for o in out):
            out.append(key)
        if len(out) == k:
            break
    return out


def _nd_items() -> dict[str, dict[str, str]]:
    csv.field_size_limit(1 << 30)
    rows = csv.DictReader(io.StringIO(_git(ND, "datasets/exp1/news/cleaned.csv")))
    return {hashlib.sha1(r["url"].encode()).hexdigest()[:8]: r for r in rows}


def sample2(used_sources: set[str]) -> list[dict[str, str]]:
    """The dev2 items (name, source, section, half, text); ``used_sources`` are the sources
    already in the gold (never drawn again)."""
    rng = random.Random(SEED2)
    picked: list[dict[str, str]] = []
    sections = json.loads((BBC / "gold.json").read_text())
    for section in SECTIONS:
        names = sorted(n for n, s in sections.items() if s == section and f"bbc/{n}" not in used_sources)
        for name in rng.sample(names, PER_SECTION["bbc"]):
            text = (BBC / "corpus" / name).read_text(encoding="utf-8")
            picked.append({"name": f"bbc-{section[:3]}-{name[:8]}", "source": f"bbc/{name}",
                           "section": section, "text": text})  # fmt: skip
    from news_gold import AEB_POOL  # noqa: PLC0415 - the one pool both splits draw from

    truth = json.loads(_git(AEB, "ground-truth.json"))
    shorts = [short for pool in AEB_POOL.values() for short in pool.split()]
    url_of = {short: next(v["url"] for t, v in truth.items() if t.startswith(short)) for short in shorts}
    for section in SECTIONS:
        keys = [k for k in sorted(AEB_POOL[section].split()) if url_of[k] not in used_sources]
        for short in _distinct(rng, keys, url_of, PER_SECTION["aeb"]):
            (key,) = [k for k in truth if k.startswith(short)]
            picked.append({"name": f"aeb-{section[:3]}-{short}", "source": truth[key]["url"],
                           "section": section, "text": truth[key]["articleBody"].strip() + "\n"})  # fmt: skip
    nd = _nd_items()
    for section in SECTIONS:
        for short in rng.sample(sorted(ND_POOL[section].split()), PER_SECTION["nd"]):
            row = nd[short]
            picked.append({"name": f"nd-{section[:3]}-{short}", "source": row["url"], "section": section,
                           "text": _article(row["title"], row["raw_text"])})  # fmt: skip
    for section in SECTIONS:
        pool = sorted(MOZ_POOL[section].split())
        for page in rng.sample(pool, min(PER_SECTION["moz"], len(pool))):
            meta = json.loads(_git(MOZ, f"test/test-pages/{page}/expected-metadata.json"))
            body = html_text(_git(MOZ, f"test/test-pages/{page}/expected.html"))
            picked.append({"name": f"moz-{section[:3]}-{re.sub(r'[^a-z0-9]', '', page)}",
                           "source": f"mozilla/readability test-pages/{page}", "section": section,
                           "text": _article(meta.get("title") or "", body)})  # fmt: skip
    for item in picked:
        item["half"] = "dev2"
    return picked
