"""CoNLL-format NER gold (CoNLL-2003, wikigold) -> plain-text documents with character-offset gold.

Run by hand, never by pytest; the data lives outside the repository (``/work/cache/entities/``).
A document is rebuilt as a user would have it: each CoNLL sentence one line, tokens joined
by a small detokeniser ("Germany 's" -> "Germany's", "( BSE )" -> "(BSE)", quotes closed up),
so headlines, datelines and result tables go through ``briefing.core.ingest`` like any text file.

Reads IOB1 (CoNLL-2003 as distributed: I- everywhere, B- only between two adjacent names)
and IOB2 alike; ``-DOCSTART-`` lines split documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve",
                    "'ll", "'d", "'m", "'"}  # fmt: skip
_NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "C$", "A$", "#"}


@dataclass
class Doc:
    text: str = ""
    gold: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, CoNLL type
    lines: list[tuple[int, int]] = field(default_factory=list)  # sentence spans in ``text``


def _sentences(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (token, tag)."""
    docs: list[list[list[tuple[str, str]]]] = [[]]
    sent: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = raw.split()
        if not parts:
            if sent:
                docs[-1].append(sent)
                sent = []
            continue
        if parts[0] == "-DOCSTART-":
            if sent:
                docs[-1].append(sent)
                sent = []
            if docs[-1]:
                docs.append([])
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token index spans (start, end exclusive, type) from IOB1 or IOB2 tags."""
    out = []
    start, kind = -1, ""
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, t = tag.partition("-")
        if tag == "O" or prefix == "B" or t != kind:
            if start >= 0:
                out.append((start, i, kind))
                start, kind = -1, ""
            if tag != "O":
                start, kind = i, t
    return out


def detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A sentence's text and each token's (start, end) in it."""
    text = ""
    offsets = []
    quote_open = False
    glue_next = False
    for tok in tokens:
        space = bool(text) and not glue_next
        if tok in _NO_SPACE_BEFORE or (tok.startswith("'") and tok.lower() in _NO_SPACE_BEFORE):
            space = False
        if tok == '"':
            if quote_open:
                space = False
            quote_open = not quote_open
        if space:
            text += " "
        offsets.append((len(text), len(text) + len(tok)))
        text += tok
        glue_next = tok in _NO_SPACE_AFTER or (tok == '"' and quote_open)
    return text, offsets


def read(path: Path, separator: str = "\n") -> list[Doc]:
    """The documents of one CoNLL file, sentences joined by ``separator``."""
    out = []
    for sentences in _sentences(path):
        doc = Doc()
        for sent in sentences:
            line, offsets = detokenise([t for t, _ in sent])
            if doc.text:
                doc.text += separator
            base = len(doc.text)
            doc.lines.append((base, base + len(line)))
            for s, e, kind in _spans([tag for _, tag in sent]):
                doc.gold.append((base + offsets[s][0], base + offsets[e - 1][1], kind))
            doc.text += line
        out.append(doc)
    return out


_DATELINE_DATE = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d$")


def from_hash_format(src: Path, dest: Path) -> tuple[int, int]:
    """Write ``dest`` in the column format ``read`` takes from a copy of CoNLL-2003 that holds
    one sentence per line as ``token###TAG`` pairs and no ``-DOCSTART-`` lines (the copy in
    tm4roon/bilstm-crf, ``conll2003/train.txt`` and ``valid.txt``, which is testa). Documents
    are found again from their datelines ("BRUSSELS 1996-08-22", the line after a headline):
    a document starts at the line before each; stories without a dateline (most results
    tables) stay in the document before them. Returns (sentences, documents)."""
    lines = src.read_text(encoding="utf-8").splitlines()
    sents = [[tok.rsplit("###", 1) for tok in line.split(" ")] for line in lines if line.strip()]
    starts = {0}
    for i, sent in enumerate(sents):
        words = [w for w, _ in sent]
        if i and len(words) >= 2 and _DATELINE_DATE.match(words[-1]):
            if all(w.isupper() or not w.isalpha() for w in words[:-1]):
                starts.add(i - 1)
    out = []
    for i, sent in enumerate(sents):
        if i in starts:
            out.append("-DOCSTART- -X- -X- O\n\n")
        out.extend(f"{w} {t}\n" for w, t in sent)
        out.append("\n")
    dest.write_text("".join(out), encoding="utf-8")
    return len(sents), len(starts)


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 4 or sys.argv[1] != "from-hash":
        raise SystemExit("usage: conll.py from-hash SRC DEST   (token###TAG lines -> column format)")
    n_sents, n_docs = from_hash_format(Path(sys.argv[2]), Path(sys.argv[3]))
    print(f"{n_sents} sentences, {n_docs} documents -> {sys.argv[3]}")
