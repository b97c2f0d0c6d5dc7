"""Sentence pairs of one story that do or do not report the same event, from ECB+ (run by hand).

    python tools/eval/ecb_pairs.py /work/.mirror/tommasoc80+EventStoryLine/repo \
        > /work/cache/paraphrase/ecbplus/pairs.tsv
    python tools/eval/paraphrase_eval.py /work/cache/paraphrase/ecbplus/pairs.tsv

ECB+ (Cybulska & Vossen 2014) annotates, in the sentences listed in
ECBplus_coreference_sentences.csv, event mentions and which mentions of
different documents are one event (CROSS_DOC_COREF). Each sub-topic (a topic's
ECB or ECB+ half: one event reported by several outlets) is a story. Every pair of
annotated sentences from two documents of one story is written: label 1 when they
share an event other than a reporting one ("said", "told"), 0 otherwise, with the
story as a sixth column (``paraphrase_eval.py`` weighs terms per story, as linking
does). This is "same event", which is looser than "same claim": a measure of
paraphrase should still rank the 1s above the 0s.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories_data import _ecb_sentences  # noqa: E402


def _git(git_dir: str, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], capture_output=True, check=True, text=True
    ).stdout


def _events(xml: str) -> dict[int, set[str]]:
    """Sentence number -> the cross-document event instances mentioned in it (reporting left out)."""
    root = ET.fromstring(xml)
    sentence_of = {t.get("t_id"): int(t.get("sentence") or 0) for t in root.iter("token")}
    mention: dict[str, int] = {}
    for node in root.find("Markables") or []:
        if node.tag.startswith("ACTION") and node.tag != "ACTION_REPORTING":
            anchors = [a.get("t_id") for a in node.iter("token_anchor")]
            if anchors and anchors[0] in sentence_of:
                mention[node.get("m_id") or ""] = sentence_of[anchors[0]]
    out: dict[int, set[str]] = defaultdict(set)
    for rel in root.iter("CROSS_DOC_COREF"):
        for source in rel.iter("source"):
            if source.get("m_id") in mention:
                out[mention[source.get("m_id") or ""]].add(rel.get("note") or "")
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    git_dir = argv[0]
    listed = csv.reader(
        io.StringIO(_git(git_dir, "show", "HEAD:ECB+_LREC2014/ECBplus_coreference_sentences.csv"))
    )
    wanted: dict[str, set[int]] = defaultdict(set)
    for row in list(listed)[1:]:
        if len(row) == 3:
            wanted[f"{row[0]}_{row[1]}"].add(int(row[2]))
    stories: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
    for path in _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", "ECB+_LREC2014/ECB+").split():
        name = path.rsplit("/", 1)[-1]
        m = re.match(r"((\d+)_\d+(ecbplus|ecb))\.xml$", name)
        if not m or m.group(1) not in wanted:
            continue
        xml = _git(git_dir, "show", f"HEAD:{path}")
        root = ET.fromstring(xml)
        numbers = sorted({int(t.get("sentence") or 0) for t in root.iter("token")})
        texts = dict(zip(numbers, _ecb_sentences(xml), strict=False))
        events = _events(xml)
        for n in sorted(wanted[m.group(1)]):
            if texts.get(n, "").strip():
                stories[f"{m.group(2)}_{m.group(3)}"].append((m.group(1), texts[n], events.get(n, set())))
    out = csv.writer(sys.stdout, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
    out.writerow(["Quality", "#1 ID", "#2 ID", "#1 String", "#2 String", "Story"])
    for story, items in sorted(stories.items()):
        for i, (doc_a, text_a, ev_a) in enumerate(items):
            for doc_b, text_b, ev_b in items[i + 1 :]:
                if doc_a != doc_b:
                    out.writerow(
                        [
                            int(bool(ev_a & ev_b)),
                            doc_a,
                            doc_b,
                            text_a.replace("\t", " "),
                            text_b.replace("\t", " "),
                            story,
                        ]
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
