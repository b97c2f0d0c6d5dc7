"""Sample more BBC articles of one section as extra development gold (run by hand, never by pytest).

    python tools/eval/sport_gold.py sample [--count 12] [--out /work/cache/entities/news-gold-sport]
    python tools/eval/news_gold.py build --out /work/cache/entities/news-gold-sport
    .venv/bin/python tools/eval/news_eval.py --gold /work/cache/entities/news-gold-sport --half dev
    python tools/eval/sport_gold.py sample --section politics --count 8   # -> news-gold-politics
    python tools/eval/sport_gold.py l3s UUID8... --out /work/cache/entities/news-gold-sport3
    python tools/eval/sport_gold.py aeb ID8... --out /work/cache/entities/news-gold-aeb3   # unused pool pages
    python tools/eval/sport_gold.py aeb ID8... --half heldout --out /work/cache/entities/heldout4-aeb
    python tools/eval/sport_gold.py nd ID8... --out /work/cache/entities/news-gold-nd-sport  # NewsData.io
    python tools/eval/sport_gold.py mercury FIXTURE... --out /work/cache/entities/news-gold-merc-sport
    python tools/eval/sport_gold.py mercury politics:www.npr.org ... --half heldout --out .../heldout5-merc

The news gold's sport section holds 8 BBC articles in its held-out half, which is only ever
reported; sport errors are read on these instead. ``sample`` draws sport articles of the BBC
News dataset (``/work/cache/stories/bbc``) by a fixed seed, leaving out every article of the
news gold's manifest and any article that shares a tenth of its word 8-grams with one of the
news gold's texts (the dataset holds near-copies of some stories), and writes them in the news
gold's layout (``manifest.json``, ``texts/``, an ``ann/`` stub each), all in the ``dev`` half.
``--section politics`` (or any other BBC section) does the same for that section, leaving out
the articles of every other extra set too (``news-gold-sport``...), into ``news-gold-<section>``.
The ``ann`` files are written by hand by ``tools/eval/NEWS_GUIDE.md``, like the news gold's.

``l3s`` takes sport pages of other outlets instead: L3S-GN1 pages (Google News, 2008) named by the
first 8 characters of their id, as the article region's copy-paste text has them
(``/work/cache/ingest/paste/l3s-region``, the title and body lines by the assessors' labels). It
refuses pages of the half ``text_bench.py --half test`` keeps unseen.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

from news_gold import AEB_POOL, _git_show, _write_item

OUT = Path("/work/cache/entities/news-gold-sport")
GOLD = Path("/work/cache/entities/news-gold")
BBC = Path("/work/cache/stories/bbc")
SEED = 1336
L3S = Path("/work/cache/ingest/l3s")
L3S_PASTE = Path("/work/cache/ingest/paste/l3s-region")


def _grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}


def _golds(out: Path) -> list[Path]:
    """The news gold and every extra set beside it but the one being written."""
    return [GOLD] + sorted(p for p in GOLD.parent.glob("news-gold-*") if p != out and p.is_dir())


def sample(out: Path, count: int, section: str = "sport") -> None:
    used: set[str] = set()
    gold_grams = []
    for root in _golds(out):
        gold = json.loads((root / "manifest.json").read_text())
        used |= {item["source"].removeprefix("bbc/") for item in gold}
        gold_grams += [
            _grams((root / "texts" / f"{it['name']}.txt").read_text(encoding="utf-8")) for it in gold
        ]
    sections = json.loads((BBC / "gold.json").read_text())
    names = sorted(n for n, s in sections.items() if s == section and n not in used)
    rng = random.Random(SEED)
    rng.shuffle(names)
    manifest: list[dict[str, str]] = []
    for name in names:
        if len(manifest) == count:
            break
        text = (BBC / "corpus" / name).read_text(encoding="utf-8")
        grams = _grams(text)
        if not grams or any(len(grams & g) > 0.1 * len(grams) for g in gold_grams):
            continue  # a near-copy of a gold article
        item = {"name": f"bbc-{section[:3]}-{name[:8]}", "source": f"bbc/{name}", "section": section,
                "half": "dev"}  # fmt: skip
        _write_item(out, item | {"text": text}, manifest)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(manifest)} {section} articles -> {out}")


def l3s(out: Path, ids: list[str]) -> None:
    urls = {}
    for raw in (L3S / "url-mapping.txt").read_text(encoding="utf-8").splitlines():
        key, _, url = raw.partition("\t")
        urls[key.strip("<>").rsplit(":", 1)[-1]] = url
    manifest: list[dict[str, str]] = []
    for short in ids:
        (txt,) = L3S_PASTE.glob(f"{short}*.txt")
        if int(hashlib.sha1(txt.stem.encode()).hexdigest()[-1], 16) % 2:
            raise SystemExit(f"{short}: in the test half of L3S-GN1, never used for development")
        lines = [ln for ln in txt.read_text(encoding="utf-8").splitlines() if ln.strip()]
        labels = json.loads(txt.with_suffix(".labels.json").read_text(encoding="utf-8"))
        body = [ln for ln, lab in zip(lines, labels, strict=True) if lab in ("title", "body")]
        item = {"name": f"l3s-spo-{short}", "source": urls[txt.stem], "section": "sport", "half": "dev"}
        _write_item(out, item | {"text": "\n".join(body) + "\n"}, manifest)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(manifest)} L3S-GN1 sport pages -> {out}")


def aeb(out: Path, ids: list[str], half: str = "dev") -> None:
    """Pages of the article-extraction benchmark's news pool (``news_gold.AEB_POOL``) no set has
    used yet, in the news gold's layout, their section the pool's; ``half`` "heldout" for a set
    that is only ever reported (``news_eval.py`` then refuses to list its errors)."""
    truth = json.loads(_git_show("ground-truth.json"))
    section_of = {short: sec for sec, pool in AEB_POOL.items() for short in pool.split()}
    manifest: list[dict[str, str]] = []
    for short in ids:
        (key,) = [k for k in truth if k.startswith(short)]
        section = section_of[short]
        item = {"name": f"aeb-{section[:3]}-{short}", "source": truth[key]["url"], "section": section,
                "half": half}  # fmt: skip
        _write_item(out, item | {"text": truth[key]["articleBody"].strip() + "\n"}, manifest)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(manifest)} benchmark pages -> {out}")


def nd(out: Path, ids: list[str], half: str = "dev") -> None:
    """Articles of the NewsData.io pool (US news of March 2023, ``news_sources.ND_POOL``) no set has
    used yet, by the first 8 characters of their id, in the news gold's layout."""
    from news_sources import ND_POOL, _article, _nd_items  # noqa: PLC0415 - reads the fetched csv

    rows = _nd_items()
    section_of = {short: sec for sec, pool in ND_POOL.items() for short in pool.split()}
    manifest: list[dict[str, str]] = []
    for short in ids:
        row, section = rows[short], section_of[short]
        item = {"name": f"nd-{section[:3]}-{short}", "source": row["url"], "section": section, "half": half}
        _write_item(out, item | {"text": _article(row["title"], row["raw_text"])}, manifest)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(manifest)} NewsData.io articles -> {out}")


MERCURY = Path("/work/.mirror/postlight+parser/repo")


def mercury(out: Path, fixtures: list[str], half: str = "dev") -> None:
    """Pages of the Postlight (Mercury) parser's test fixtures (``fetch github:postlight/parser``;
    US outlets of 2016-20: Deadspin, SB Nation, CBS Sports, SI...), named by their path under
    ``fixtures/`` without ``.html`` (``www.sbnation.com``, ``deadspin.com/1476389931786``: a
    file since removed is read from the last commit that held it), a section before a colon
    where it is not sport (``politics:www.npr.org``). The text is trafilatura's extraction of the
    page (no ground truth comes with them), its title on the first line; ``half`` "heldout" for a
    set only ever reported."""
    import subprocess  # noqa: PLC0415

    import trafilatura  # noqa: PLC0415

    git = ["git", f"--git-dir={MERCURY}"]
    manifest: list[dict[str, str]] = []
    for spec in fixtures:
        section, _, fixture = spec.rpartition(":")  # "politics:www.npr.org"; sport when unsaid
        section = section or "sport"
        path = f"fixtures/{fixture}.html"
        run = subprocess.run(
            [*git, "log", "--all", "--format=%H", "-1", "--", path], capture_output=True, text=True
        )
        commit = run.stdout.strip() or "HEAD"
        shown = subprocess.run([*git, "show", f"{commit}:{path}"], capture_output=True, text=True)
        if shown.returncode:  # the last commit touching it removed it: its parent has it
            shown = subprocess.run(
                [*git, "show", f"{commit}^:{path}"], check=True, capture_output=True, text=True
            )
        html = shown.stdout
        meta = trafilatura.extract_metadata(html)
        body = (trafilatura.extract(html) or "").strip()
        title = (meta.title or "").strip() if meta else ""
        short = re.sub(r"[^a-z0-9]+", "-", re.sub(r"\.(com|org|net)\b", "", fixture.removeprefix("www.")))
        name = f"merc-{section[:3]}-{short.strip('-')[:28]}"
        item = {"name": name, "source": f"postlight/parser {path}", "section": section, "half": half}
        _write_item(out, item | {"text": f"{title}\n{body}\n" if title else body + "\n"}, manifest)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(manifest)} Mercury parser pages -> {out}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("sample", "l3s", "aeb", "nd", "mercury"))
    ap.add_argument("ids", nargs="*", help="l3s: L3S-GN1 page ids (their first 8 characters)")
    ap.add_argument("--count", type=int, default=12)
    ap.add_argument("--section", default="sport")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--half", choices=("dev", "heldout"), default="dev", help="aeb: the half its pages go in")
    args = ap.parse_args(argv)
    out = args.out or (OUT if args.section == "sport" else GOLD.parent / f"news-gold-{args.section}")
    if args.command == "l3s":
        l3s(out, args.ids)
        return 0
    if args.command == "aeb":
        aeb(out, args.ids, args.half)
        return 0
    if args.command == "nd":
        nd(out, args.ids, args.half)
        return 0
    if args.command == "mercury":
        mercury(out, args.ids, args.half)
        return 0
    sample(out, args.count, args.section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
