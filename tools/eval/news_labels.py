"""Keep the news gold's hand labels in the repository as character offsets only (run by hand).

    python tools/eval/news_labels.py export [--out /work/cache/entities/news-gold]
    python tools/eval/news_labels.py restore [--out ...]

The hand labels (``ann/*.ann``, ``tools/eval/NEWS_GUIDE.md``) live beside the third-party
texts under ``/work/cache``, and a new machine loses them: twice they were made again by
hand. ``export`` writes ``tools/eval/labels/news-gold.jsonl`` (``--out`` another set, e.g. an extra
set of ``sport_gold.py``: ``labels/<its folder>.jsonl``): per article its name, the
SHA-1 of its text and each mention as ``[start, end, types, tag]`` (``types`` "A|B", "?"
for optional). It holds no text of the articles and no entity strings, only positions
and types, so it may be kept in the repository. ``restore``, after ``news_gold.py sample``
and ``sample2`` have fetched the same texts again, checks each text's SHA-1, writes the
``ann`` files (one line per mention, its occurrence named with '@', for articles whose
``ann`` holds only its header) and ``gold.jsonl``, the same gold ``build`` would make.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

from news_gold import OUT, build, occurrences

LABELS = Path(__file__).with_name("labels")


def labels_path(out: Path) -> Path:
    """``labels/<folder>.jsonl``: news-gold, news-gold-sport... (the extra sets alike)."""
    return LABELS / f"{out.name}.jsonl"


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def export(out: Path) -> None:
    rows = []
    for line in (out / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = (out / "texts" / f"{item['name']}.txt").read_text(encoding="utf-8")
        spans = [
            [m["start"], m["end"], "?" if m["optional"] else "|".join(m["types"]), m["tag"]]
            for m in item["mentions"]
        ]
        rows.append(json.dumps({"name": item["name"], "sha1": _sha(text), "m": spans}, separators=(",", ":")))
    LABELS.mkdir(exist_ok=True)
    labels_path(out).write_text("\n".join(rows) + "\n", encoding="utf-8")
    count = sum(len(json.loads(r)["m"]) for r in rows)
    print(f"{len(rows)} articles, {count} mentions -> {labels_path(out)}")


def ann_lines(text: str, spans: list[list]) -> list[str]:
    """One ``TYPE form @k,...`` line per form and label, the occurrences named explicitly."""
    grouped: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for start, end, types, tag in spans:
        form = text[start:end]
        k = occurrences(text, form).index((start, end)) + 1
        grouped[(types, tag, form)].append(k)
    return [
        f"{types}{':' + tag if tag else ''}\t{form} @{','.join(map(str, ks))}"
        for (types, tag, form), ks in grouped.items()
    ]


def restore(out: Path) -> None:
    source = labels_path(out)
    labels = [json.loads(x) for x in source.read_text(encoding="utf-8").splitlines() if x.strip()]
    written = 0
    for item in labels:
        path = out / "texts" / f"{item['name']}.txt"
        text = path.read_text(encoding="utf-8")
        if _sha(text) != item["sha1"]:
            raise SystemExit(f"{path}: not the text the labels were made on (SHA-1 differs); sample again")
        ann = out / "ann" / f"{item['name']}.ann"
        header = [x for x in ann.read_text(encoding="utf-8").splitlines() if x.startswith("#")]
        if len(header) == len(ann.read_text(encoding="utf-8").splitlines()):  # header only: fill it
            ann.write_text("\n".join(header + ann_lines(text, item["m"])) + "\n", encoding="utf-8")
            written += 1
    print(f"{written} ann files written from {source}")
    build(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("export", "restore"))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    export(args.out) if args.command == "export" else restore(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
