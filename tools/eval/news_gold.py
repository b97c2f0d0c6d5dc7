"""Build the modern-news entity gold (hand annotation) and show it for review (run by hand).

    python tools/eval/news_gold.py sample [--out /work/cache/entities/news-gold]
    python tools/eval/news_gold.py sample2 [--out ...]   # the dev2 split (tools/eval/news_sources.py)
    python tools/eval/news_gold.py build  [--out ...]
    python tools/eval/news_gold.py show NAME [--out ...] [--todo]

``sample`` picks the articles with a fixed seed and copies their text (third-party: it stays
under ``/work/cache``, never in the repository): 8 per section from the BBC News dataset
(``/work/cache/stories/bbc``, sections from its gold mapping) and 2 per topic from the
scrapinghub article-extraction-benchmark ground truth (news pages of 2019 from many outlets;
``fetch github:scrapinghub/article-extraction-benchmark``). Within each section the articles
alternate between the ``dev`` and the ``heldout`` half.

The annotation is written by hand, one ``ann/NAME.ann`` per article, following
``tools/eval/NEWS_GUIDE.md``. Each line names a surface form and its type::

    PERSON        Tony Blair
    ORG|NORP      Labour             # alternative types: either is correct
    ORG:product   PlayStation 2      # a tag, reported apart by the scorer
    ?             Today              # optional: neither a miss nor a false alarm
    -             May @1             # occurrence 1 of 'May' is no entity
    GPE           Chelsea @2,3       # occurrences 2 and 3 only (counted in the text, from 1)

Every whole-word, case-sensitive occurrence of the form is a mention unless '@' limits it;
a longer mention wins over a shorter one it overlaps. ``build`` resolves the files into
``gold.jsonl`` (character offsets into the article text) and fails on a form that does not
occur. ``show`` prints the article with the gold marked up ([TYPE text], {?text}) and, with
``--todo``, the capitalised words no mention covers, to check that none was forgotten.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

OUT = Path("/work/cache/entities/news-gold")
BBC = Path("/work/cache/stories/bbc")
AEB = Path("/work/.mirror/scrapinghub+article-extraction-benchmark/repo")
SEED = 13
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")
TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP"}

# The benchmark's English news articles of 1,000-5,000 characters (listicles, deal lists, reviews,
# recipes, opinion columns, blogs and non-English pages left out), by the section their outlet
# filed them under. The sample draws from these by seed; the list only says what is news.
AEB_POOL = {
    "politics": """156770d6 2c46804d 432362af 4a44ab3e 5a822960 5caf91b8 5f9c5ed5 624fcd90 6ebac05f
        776a1c04 7916ecca 7a457a4f 7de52419 82b6d780 833caf3b 8b194530 a1fca19b a6968f42 c467d507
        c7e39ac4 c90731f0 d0382c0d d90bda7e db6b0816 dc7ccccc e7994d55 ef4e67b6 961bd85c 51d066b0
        0dd13570 e7301133""",
    "business": """06e5123e 1ace8c85 360c732d 374ac9a5 39d5c43b 51374560 55bb6340 57d46c9d 65408257
        9ebb3af6 bc13ff87 d605bdef f8ff621a ffc109d4 b0cf2bbf 05844573""",
    "sport": """08f79376 0d461229 264dc3ae 65ce3a45 6a72de37 88c328b6 8e3efab5 92101975 9a440270
        c81e134e ecb46e3e""",
    "entertainment": "098bb3e9 3f65af7b 785affa2 7dfc3e35 9cb8224b ac1bfdd4 eb62ac84 35b15891",
    "tech": """14cc2a0c 232a43fb 291a8bf3 359fee22 3c5bf8db 42aad16b 686bb170 7bb1ca90 aade2ec8
        bd673bd7 c50845a7 d1c57d78 e100c961 e1c7023e f344ca5f 3cb5e2f4 aadb38e5 7f93c194 ea25dd7e
        ba4dfe2d""",
}


def sample_dev2(out: Path) -> None:
    """Add the dev2 split (see ``news_sources``) to the manifest; the first 50 items stay as they are."""
    from news_sources import sample2  # noqa: PLC0415 - only this command needs it

    manifest = json.loads((out / "manifest.json").read_text())
    if any(item["half"] == "dev2" for item in manifest):
        raise SystemExit("dev2 is already sampled")
    picked = sample2({item["source"] for item in manifest})
    for item in picked:
        _write_item(out, item, manifest)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(picked)} dev2 articles -> {out}")


def _write_item(out: Path, item: dict[str, str], manifest: list[dict[str, str]]) -> None:
    (out / "texts").mkdir(parents=True, exist_ok=True)
    (out / "ann").mkdir(exist_ok=True)
    (out / "texts" / f"{item['name']}.txt").write_text(item["text"], encoding="utf-8")
    ann = out / "ann" / f"{item['name']}.ann"
    if not ann.exists():
        ann.write_text(f"# {item['source']}  section: {item['section']}  half: {item['half']}\n")
    sha = hashlib.sha1(item["text"].encode()).hexdigest()[:12]
    manifest.append({k: v for k, v in item.items() if k != "text"} | {"sha1": sha})


def _git_show(path: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={AEB}", "show", f"HEAD:{path}"], check=True, capture_output=True, text=True
    ).stdout


def sample(out: Path) -> None:
    rng = random.Random(SEED)
    sections = json.loads((BBC / "gold.json").read_text())
    picked: list[dict[str, str]] = []
    for section in SECTIONS:
        names = sorted(n for n, s in sections.items() if s == section)
        for i, name in enumerate(rng.sample(names, 8)):
            text = (BBC / "corpus" / name).read_text(encoding="utf-8")
            picked.append({"name": f"bbc-{section[:3]}-{name[:8]}", "source": f"bbc/{name}",
                           "section": section, "half": ("dev", "heldout")[i % 2], "text": text})  # fmt: skip
    truth = json.loads(_git_show("ground-truth.json"))
    for section in SECTIONS:
        keys = sorted(AEB_POOL[section].split())
        for i, short in enumerate(rng.sample(keys, 2)):
            (key,) = [k for k in truth if k.startswith(short)]
            body = truth[key]["articleBody"].strip() + "\n"
            picked.append({"name": f"aeb-{section[:3]}-{short}", "source": truth[key]["url"],
                           "section": section, "half": ("dev", "heldout")[i % 2], "text": body})  # fmt: skip
    manifest: list[dict[str, str]] = []
    for item in picked:
        _write_item(out, item, manifest)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"{len(manifest)} articles -> {out}")


@dataclass
class Rule:
    types: list[str]  # [] for '-' (no entity), ['?'] for optional
    tag: str
    form: str
    only: set[int] | None
    line: int


# a comment starts with whitespace and '#': a form may hold '#' ("S&#227;o Paulo", a raw character reference)
_LINE = re.compile(r"^(\S+)\s+(.+?)(?:\s+@([\d,]+))?(?:\s+#.*)?\s*$")


def parse_ann(text: str) -> list[Rule]:
    rules = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = _LINE.match(raw.rstrip())
        if not m:
            raise ValueError(f"line {n}: cannot read {raw!r}")
        head, form, only = m.groups()
        kind, _, tag = head.partition(":")
        types = [] if kind == "-" else ["?"] if kind == "?" else kind.split("|")
        bad = [t for t in types if t not in TYPES | {"?"}]
        if bad:
            raise ValueError(f"line {n}: unknown type {bad}")
        rules.append(Rule(types, tag, form, {int(x) for x in only.split(",")} if only else None, n))
    return rules


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def resolve(text: str, rules: list[Rule]) -> list[dict[str, object]]:
    """Mentions (start, end, text, types, tag, optional) of one article, in text order."""
    cands: dict[tuple[int, int], Rule] = {}
    removed: set[tuple[int, int]] = set()
    for rule in rules:
        spans = occurrences(text, rule.form)
        if not spans:
            raise ValueError(f"line {rule.line}: {rule.form!r} does not occur")
        if rule.only and max(rule.only) > len(spans):
            raise ValueError(f"line {rule.line}: {rule.form!r} occurs {len(spans)} times")
        for k, span in enumerate(spans, 1):
            if rule.only is not None and k not in rule.only:
                continue
            if not rule.types:
                removed.add(span)
            elif span not in cands or rule.only is not None:  # an occurrence rule overrides
                cands[span] = rule
    for span in removed:
        cands.pop(span, None)
    chosen: list[tuple[int, int]] = []
    for span in sorted(cands, key=lambda s: (s[0] - s[1], s[0])):
        if all(span[1] <= c[0] or span[0] >= c[1] for c in chosen):
            chosen.append(span)
    out = []
    for s, e in sorted(chosen):
        rule = cands[(s, e)]
        optional = rule.types == ["?"]
        out.append({"start": s, "end": e, "text": text[s:e], "types": [] if optional else rule.types,
                    "tag": rule.tag, "optional": optional})  # fmt: skip
    return out


def build(out: Path) -> None:
    manifest = json.loads((out / "manifest.json").read_text())
    lines = []
    n_ment = 0
    for item in manifest:
        text = (out / "texts" / f"{item['name']}.txt").read_text(encoding="utf-8")
        ann = (out / "ann" / f"{item['name']}.ann").read_text(encoding="utf-8")
        try:
            mentions = resolve(text, parse_ann(ann))
        except ValueError as exc:
            print(f"{item['name']}.ann: {exc}", file=sys.stderr)
            raise SystemExit(1) from None
        n_ment += sum(1 for m in mentions if not m["optional"])
        lines.append(json.dumps(item | {"mentions": mentions}, ensure_ascii=False))
    (out / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} articles, {n_ment} mentions -> {out / 'gold.jsonl'}")


def show(out: Path, name: str, todo: bool) -> None:
    text = (out / "texts" / f"{name}.txt").read_text(encoding="utf-8")
    mentions = resolve(text, parse_ann((out / "ann" / f"{name}.ann").read_text(encoding="utf-8")))
    parts, pos = [], 0
    for m in mentions:
        s, e = int(m["start"]), int(m["end"])  # type: ignore[call-overload]
        parts.append(text[pos:s])
        label = "?" if m["optional"] else "|".join(m["types"]) + (f":{m['tag']}" if m["tag"] else "")  # type: ignore[arg-type]
        parts.append(f"[{label} {text[s:e]}]")
        pos = e
    parts.append(text[pos:])
    print("".join(parts))
    if todo:
        covered = {k for m in mentions for k in range(int(m["start"]), int(m["end"]))}  # type: ignore[call-overload]
        left = sorted({w.group() for w in re.finditer(r"\b[A-Z][\w'.&-]*", text) if w.start() not in covered})
        print("\nUNCOVERED:", " ".join(left))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("sample", "sample2", "build", "show"))
    ap.add_argument("name", nargs="?")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--todo", action="store_true")
    args = ap.parse_args(argv)
    if args.command == "sample":
        sample(args.out)
    elif args.command == "sample2":
        sample_dev2(args.out)
    elif args.command == "build":
        build(args.out)
    else:
        show(args.out, args.name, args.todo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
