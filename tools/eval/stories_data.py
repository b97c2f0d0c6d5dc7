"""Converters for the story-grouping and linking development data (run by hand).

    python tools/eval/stories_data.py bbc   MIRROR_GIT_DIR  [--out /work/cache/stories/bbc]
    python tools/eval/stories_data.py basil MIRROR_GIT_DIR  [--out /work/cache/stories/basil]
    python tools/eval/stories_data.py pac   MIRROR_GIT_DIR  [--out /work/cache/stories/pac]
    python tools/eval/stories_data.py ecbplus MIRROR_GIT_DIR  [--out /work/cache/stories/ecbplus]

Each writes ``OUT/corpus/`` (the articles briefing indexes) and ``OUT/gold.json``
({file name: label}). File names are hashes of the content: they carry no label.

- bbc: the BBC News dataset (Greene & Cunningham 2006; 2,225 articles in five
  sections), e.g. from ``github:dejanbatanjac/bbc-article-classify-bert``. The
  label is the section (a topic, not a story: "different sections never in one
  story" is the check).
- basil: BASIL (Fan et al. 2019; ``github:launchnlp/BASIL``): 100 events, each
  reported by three outlets (NYT, Fox News, HuffPost), 2010-2019. The label is the
  event (story gold). Written as plain text (title, blank line, paragraphs) for
  two outlets and as Markdown with YAML front matter (title, date, outlet) for
  the third, so both ways of carrying metadata are exercised.
- pac: the PAC dataset (Zou et al. 2023; ``github:launchnlp/Partisan-Event-Dataset``)
  dev and test splits: stories of two articles from outlets of opposite leaning,
  text only (no titles, no dates). The label is the story.
- ecbplus: ECB+ (Cybulska & Vossen 2014; the XML is in ``github:tommasoc80/EventStoryLine``
  under ``ECB+_LREC2014/ECB+``): 43 topics, each with two events of one kind (two
  rehab check-ins, two earthquakes...) reported by many outlets: 982 articles, 86
  events. The label is topic + event (``12_ecb``, ``12_ecbplus``). The ECB+ half
  has a URL, headline and date line: written as Markdown with the title and the
  date (from the date line or the URL) in front matter; the ECB half (text only)
  as plain text. So the pairs are the hard case: same kind of event, other people.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path


def _git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True
    ).stdout


def _name(text: str, ext: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16] + ext


def _write(out: Path, items: list[tuple[str, str, str]]) -> None:
    """items: (text, extension, label)."""
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    gold = {}
    for n, (text, ext, label) in enumerate(items):
        name = _name(text, ext)
        if name in gold:  # an exact copy (the BBC set holds some): keep both, as a real archive would
            name = _name(f"{n}:{text}", ext)
        (corpus / name).write_text(text, encoding="utf-8")
        gold[name] = label
    (out / "gold.json").write_text(json.dumps(gold, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(gold)} articles, {len(set(gold.values()))} labels -> {out}", file=sys.stderr)


def bbc(git_dir: str) -> list[tuple[str, str, str]]:
    items = []
    for path in _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD").split():
        parts = path.split("/")
        if len(parts) == 3 and parts[0] == "bbc" and parts[2].endswith(".txt"):
            raw = subprocess.run(
                ["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"], check=True, capture_output=True
            ).stdout
            items.append((raw.decode("latin-1"), ".txt", parts[1]))
    return items


def basil(git_dir: str) -> list[tuple[str, str, str]]:
    outlets = {"nyt": "The New York Times", "fox": "Fox News", "hpo": "HuffPost"}
    items = []
    for path in _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", "articles").split():
        if not path.endswith(".json"):
            continue
        data = json.loads(_git(git_dir, "show", f"HEAD:{path}"))
        paragraphs = data["body-paragraphs"]
        if isinstance(paragraphs, str):
            paragraphs = ast.literal_eval(paragraphs)
        body = "\n\n".join(" ".join(p) for p in paragraphs if p)
        title = " ".join(data["title"].split())
        source = data.get("source", "")
        if source == "hpo":
            front = f'---\ntitle: "{title}"\ndate: {data.get("date", "")}\noutlet: {outlets[source]}\n---\n\n'
            items.append((front + body + "\n", ".md", data["triplet-uuid"]))
        else:
            items.append((f"{title}\n\n{body}\n", ".txt", data["triplet-uuid"]))
    return items


_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "'s", "n't", "%", ")", "'", "’s"}


def _detokenize(tokens: list[str]) -> str:
    out = ""
    for token in tokens:
        if out and token not in _NO_SPACE_BEFORE and not out.endswith(("(", "$")):
            out += " "
        out += token
    return out


def pac(git_dir: str) -> list[tuple[str, str, str]]:
    items = []
    for split in ("dev", "test"):
        data = json.loads(_git(git_dir, "show", f"HEAD:data/{split}.json"))
        for story, articles in data.items():
            for article in articles:
                tokens = article.get("tokens") or []
                if isinstance(tokens, str):
                    tokens = ast.literal_eval(tokens)
                sentences = [_detokenize(s) for s in tokens if s]
                if len(sentences) < 2:
                    continue
                # the first sentence is the headline
                text = sentences[0] + "\n\n" + " ".join(sentences[1:]) + "\n"
                items.append((text, ".txt", f"{split}:{story}"))
    return items


_MONTHS = "january february march april may june july august september october november december".split()


def _date_of(line: str) -> str:
    """YYYY-MM-DD from a date line or URL ("May 03, 2013", "11/30/09", "/2013/may/03/"), else ""."""
    low = line.lower()
    m = re.search(r"\b(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.? (\d{1,2}),? (\d{4})", low)
    if m:
        return f"{m.group(3)}-{[x[:3] for x in _MONTHS].index(m.group(1)) + 1:02d}-{int(m.group(2)):02d}"
    m = re.search(r"\b(\d{1,2}) (" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]* (\d{4})", low)
    if m:
        return f"{m.group(3)}-{[x[:3] for x in _MONTHS].index(m.group(2)) + 1:02d}-{int(m.group(1)):02d}"
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b", low)
    if m:
        year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        return f"{year}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    m = re.search(r"/(\d{4})/(\d{1,2}|" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*/(\d{1,2})/", low)
    if m:
        month = m.group(2)
        month_n = int(month) if month.isdigit() else [x[:3] for x in _MONTHS].index(month) + 1
        return f"{m.group(1)}-{month_n:02d}-{int(m.group(3)):02d}"
    m = re.search(r"\b(20\d\d|19\d\d)-?(\d\d)-?(\d\d)\b", low)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return ""


def _ecb_sentences(xml: str) -> list[str]:
    import xml.etree.ElementTree as ET

    sentences: dict[int, list[str]] = {}
    for token in ET.fromstring(xml).iter("token"):
        sentences.setdefault(int(token.get("sentence")), []).append(token.text or "")
    out = []
    for n in sorted(sentences):
        text = _detokenize(['"' if t in ("``", "''") else t for t in sentences[n]])
        text = re.sub(r'" (.*?) "', r'"\1"', text)
        # the tokenizer split "2.6", "4:30", "a.m." and "smash-and-grab"
        text = re.sub(r"(\d)([.:]) (\d)", r"\1\2\3", text)
        text = re.sub(r"(\d), (\d{3})\b", r"\1,\2", text)
        text = re.sub(r"\b([ap])\. m\.", r"\1.m.", text)
        text = re.sub(r"(\w) - (?=\w)", r"\1-", text)
        out.append(re.sub(r"\s+([-/])\s+", r"\1", text) if text.startswith("http") else text)
    return out


def ecbplus(git_dir: str) -> list[tuple[str, str, str]]:
    items = []
    for path in _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", "ECB+_LREC2014/ECB+").split():
        name = path.rsplit("/", 1)[-1]
        m = re.match(r"(\d+)_\d+(ecbplus|ecb)\.xml$", name)
        if not m:
            continue
        sentences = [s for s in _ecb_sentences(_git(git_dir, "show", f"HEAD:{path}")) if s.strip()]
        label = f"{m.group(1)}_{m.group(2)}"
        if m.group(2) == "ecb":
            body = "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2))
            items.append((body + "\n", ".txt", label))
            continue
        url = sentences.pop(0) if sentences and sentences[0].startswith("http") else ""
        title = sentences.pop(0) if sentences else ""
        day = _date_of(sentences[0]) if sentences and len(sentences[0]) < 60 else ""
        if day:
            sentences.pop(0)
        else:
            day = _date_of(url)
        body = "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2))
        safe = title.replace('"', "'")
        front = f'---\ntitle: "{safe}"\n' + (f"date: {day}\n" if day else "") + "---\n\n"
        items.append((front + body + "\n", ".md", label))
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", choices=("bbc", "basil", "pac", "ecbplus"))
    parser.add_argument("git_dir", help="the bare git dir the fetch tool brought (…/repo)")
    parser.add_argument("--out", help="default /work/cache/stories/DATASET")
    args = parser.parse_args(argv)
    out = Path(args.out or f"/work/cache/stories/{args.dataset}")
    items = {"bbc": bbc, "basil": basil, "pac": pac, "ecbplus": ecbplus}[args.dataset](args.git_dir)
    _write(out, items)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
