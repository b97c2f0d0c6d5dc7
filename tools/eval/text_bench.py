"""Plain-text chrome benchmark: briefing's cleaner on rendered copy-pastes (see copy_paste.py).

Usage:
  python tools/eval/text_bench.py /work/cache/ingest/paste/aeb [--half dev|test|all] [--show N]
  python tools/eval/text_bench.py /work/cache/ingest/paste/traf

Each ``<name>.txt`` is read with ``ingest.load_file`` as a text file; each labelled
line is "dropped" when no block of the article overlaps it. Printed: the share of
chrome lines dropped (over all lines, and the median page), body lines dropped,
body sentences lost (a sentence of a body line that is not in the kept text), the
title line kept as the title, and with ``--show`` the chrome lines most often kept
and every lost body sentence. ``--half`` takes the pages whose name hashes to even
(dev) or odd (test) digits, to check that rules found on one half hold on the other.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from briefing.core import ingest  # noqa: E402
from briefing.core.lines import split_lines  # noqa: E402
from briefing.core.sentences import split_spans  # noqa: E402


def _half(name: str) -> str:
    return "dev" if int(hashlib.sha1(name.encode()).hexdigest()[-1], 16) % 2 == 0 else "test"


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def squash(text: str) -> str:
    return " ".join(text.split())


def kept_in(sentence: str, kept_text: str) -> bool:
    """A sentence is kept when its text is (quotes of either style alike), or, for a teaser
    cut short with an ellipsis, when the part before the ellipsis is: the whole paragraph
    it was cut from is kept."""
    flat = squash(sentence).translate(_QUOTES)
    if flat in kept_text:
        return True
    cut = flat.rstrip("\"' ")
    if cut.endswith(("...", "\u2026")):
        cut = cut.rstrip(".\u2026 ")
        return len(cut.split()) >= 4 and cut in kept_text
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--half", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    chrome = chrome_dropped = body = body_dropped = sentences = lost = titles = title_ok = 0
    prose_sentences = prose_lost = 0
    per_page: list[float] = []
    kept_chrome: Counter[str] = Counter()
    lost_sentences: list[tuple[str, str]] = []
    wrongly: Counter[str] = Counter()
    for txt in sorted(args.root.glob("*.txt")):
        name = txt.stem
        if args.half != "all" and _half(name) != args.half:
            continue
        labels = json.loads(txt.with_suffix(".labels.json").read_text(encoding="utf-8"))
        try:
            article = ingest.load_file(txt)
        except ingest.SkipFile:
            continue
        lines = split_lines(article.content)
        if len(lines) != len(labels):
            print(f"{name}: {len(lines)} lines but {len(labels)} labels; skipped", file=sys.stderr)
            continue
        spans = sorted((b.start, b.end, b.kind) for b in article.blocks)
        reasons = {(d.start, d.end): d.reason for d in article.dropped}
        kept_text = " ".join(squash(b.text) for b in article.blocks).translate(_QUOTES)
        page_chrome = page_dropped = 0
        for line, label in zip(lines, labels, strict=True):
            kinds = [k for s, e, k in spans if s < line.end and e > line.start]
            dropped = not kinds
            if label == "chrome":
                chrome += 1
                page_chrome += 1
                if dropped:
                    chrome_dropped += 1
                    page_dropped += 1
                else:
                    kept_chrome[line.text[:90]] += 1
            elif label == "body":
                body += 1
                if dropped:
                    body_dropped += 1
                    wrongly[reasons.get((line.start, line.end), "?")] += 1
                for s, e in split_spans(line.text):
                    sentences += 1
                    prose = len(line.text[s:e].split()) >= 8 and line.text[s:e].rstrip("\"'”’)").endswith(
                        (".", "!", "?")
                    )
                    prose_sentences += prose
                    if not kept_in(line.text[s:e], kept_text):
                        lost += 1
                        prose_lost += prose
                        why = reasons.get((line.start, line.end), "?")
                        mark = "P" if prose else "-"
                        lost_sentences.append((name[:12], f"[{why}] {mark} {line.text[s:e][:100]}"))
            elif label == "title":
                titles += 1
                shown = next((b.text for b in article.blocks if b.kind == "title"), "")
                title_ok += squash(shown).casefold() == squash(line.text).casefold()
        if page_chrome:
            per_page.append(page_dropped / page_chrome)
    print(f"set {args.root.name} half {args.half}: {len(per_page)} pages with chrome")
    print(
        f"chrome lines dropped {chrome_dropped}/{chrome} = {chrome_dropped / max(chrome, 1):.3f}"
        f" (median page {statistics.median(per_page) if per_page else 0:.3f})"
    )
    print(f"body lines dropped {body_dropped}/{body}; by reason {dict(wrongly.most_common(8))}")
    print(
        f"body sentences lost {lost}/{sentences}; "
        f"prose sentences (8+ words, final stop) lost {prose_lost}/{prose_sentences}"
    )
    print(f"  by reason: {dict(Counter(t.split(']')[0][1:] for _, t in lost_sentences).most_common())}")
    if titles:
        print(f"title line kept as the title {title_ok}/{titles} = {title_ok / titles:.3f}")
    for text, n in kept_chrome.most_common(args.show):
        print(f"  kept chrome x{n}: {text!r}")
    for name, text in lost_sentences[: args.show]:
        print(f"  lost {name}: {text!r}")


if __name__ == "__main__":
    main()
