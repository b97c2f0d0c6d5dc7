"""Render saved HTML pages to text as a browser's "select all, copy" gives it, and label the lines.

Run by hand (not by pytest); the output goes under /work/cache, never into the repo:

  python tools/eval/copy_paste.py aeb  /work/cache/ingest/aeb  /work/cache/ingest/paste/aeb
  python tools/eval/copy_paste.py traf /work/cache/ingest/traf /work/cache/ingest/paste/traf
  python tools/eval/copy_paste.py moz  /work/cache/ingest/moz  /work/cache/ingest/paste/moz
  python tools/eval/copy_paste.py l3s  /work/cache/ingest/l3s  /work/cache/ingest/paste/l3s

The rendering follows ``innerText``: nothing of <head>, scripts, styles, <noscript>,
<template>, SVG, form controls or elements hidden by the ``hidden`` attribute or an
inline ``display:none``; every block element starts a line, a paragraph or heading is
set off by a blank line, ``<br>`` breaks a line, table cells are separated by a tab and
rows by a line break. Menus, captions, footers, sign-up boxes and comments stay in,
as they do when a person copies a whole page. (Content hidden by style sheets cannot
be told apart without them, so it stays in too: the copies hold somewhat more chrome
than a real one.)

Each page gives ``<name>.txt`` and ``<name>.labels.json``: one label per non-blank line,
and in ``<dest>-region/`` the same for the part a person selects when copying just the
article (six lines above the headline to six below the last body line);
``body`` (its text is in the gold article: most of its 4-shingles, or for a short line
its whole token run, occur in the gold body), ``chrome`` (none of it is in the gold),
``title`` (the gold headline, the copy nearest before the body; other copies are
chrome) or ``unsure`` (partly in the gold; not scored). For trafilatura's set, a line
holding a "with" snippet is body, a line that mostly is a "without" snippet is chrome,
everything else is unsure. For mozilla/readability's test pages (``moz``) the gold body is
the text of each page's ``expected.html`` and the title that of ``expected-metadata.json``;
for L3S-GN1 (``l3s``) the assessors' "full text" blocks (see ``_l3s_labeller``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))

from shingles import shingles, tokens  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from briefing.core.lines import split_lines  # noqa: E402

_SKIP = {
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "option",
    "textarea",
    "input",
    "button",
    "img",
    "video",
    "audio",
    "picture",
    "source",
    "map",
    "title",
    "meta",
    "link",
}
_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
    "caption",
    "center",
    "legend",
    "menu",
    "tbody",
    "thead",
    "tfoot",
}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def render(source: str) -> str:
    """The page's text as a select-all copy gives it."""
    try:
        root = lxml.html.document_fromstring(source)
    except (ValueError, lxml.etree.ParserError):
        return ""
    out: list[str | int] = []  # text pieces, and ints: required line breaks

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if not tag or tag in _SKIP or el.get("hidden") is not None:
            return
        if _HIDDEN_STYLE.search(el.get("style", "")):
            return
        breaks = 2 if tag in _PARAGRAPH else 1 if tag in _BLOCK or tag == "tr" else 0
        if breaks:
            out.append(breaks)
        if tag == "br":
            out.append("\n")
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if tag in ("td", "th"):
            out.append("\t")
        if breaks:
            out.append(breaks)

    body = root.find("body")
    walk(body if body is not None else root)
    return _join(out)


def _join(out: list[str | int]) -> str:
    text: list[str] = []
    pending = 0
    for piece in out:
        if isinstance(piece, int):
            pending = max(pending, piece)
            continue
        if piece == "\n":
            text.append("\n")
            continue
        piece = re.sub(r"[ \t\r\n\f\u00a0]+", lambda m: "\t" if "\t" in m.group(0) else " ", piece)
        if not piece.strip():
            if text and not text[-1].endswith((" ", "\n", "\t")):
                text.append(" ")
            continue
        if pending and text:
            text.append("\n" * pending)
        pending = 0
        text.append(piece)
    lines = [" ".join(line.replace("\t", "  ").split()) for line in "".join(text).split("\n")]
    # collapse runs of blank lines to one, as a paste shows them
    result: list[str] = []
    for line in lines:
        if not line and (not result or not result[-1]):
            continue
        result.append(line)
    return "\n".join(result).strip() + "\n"


def label_aeb(text: str, gold: str, gold_titles: list[str], neither: str = "") -> list[str]:
    """One label per non-blank line of ``text`` against the gold body (a line found in
    ``neither``, text the gold counts as neither article nor chrome, is unsure)."""
    gold_shingles = shingles(gold)
    gold_tokens = " " + " ".join(tokens(gold)) + " "
    other_shingles = shingles(neither) if neither else {}
    title_keys = {" ".join(tokens(t)).casefold() for t in gold_titles}
    labels: list[str] = []
    for line in (line.text for line in split_lines(text)):
        toks = tokens(line)
        key = " ".join(toks).casefold()
        if key and key in title_keys:
            labels.append("title?")
        elif not toks:
            labels.append("chrome")
        elif len(toks) >= 4:
            s = shingles(line)
            hit = sum(min(c, gold_shingles.get(g, 0)) for g, c in s.items()) / sum(s.values())
            other = any(g in other_shingles for g in s)
            labels.append("body" if hit >= 0.6 else "chrome" if hit == 0 and not other else "unsure")
        else:
            labels.append("unsure" if f" {' '.join(toks)} " in gold_tokens else "chrome")
    first_body = next((i for i, lab in enumerate(labels) if lab == "body"), len(labels))
    before = [i for i, lab in enumerate(labels[:first_body]) if lab == "title?"]
    for i, lab in enumerate(labels):
        if lab == "title?":
            labels[i] = "title" if before and i == before[-1] else "chrome"
    return labels


def label_traf(text: str, with_: list[str], without: list[str]) -> list[str]:
    labels = []
    for line in (line.text for line in split_lines(text)):
        flat = " ".join(line.split())
        if any(" ".join(s.split()) in flat for s in with_):
            labels.append("body")
        elif any(
            len(" ".join(s.split())) >= 0.5 * len(flat) and " ".join(s.split()) in flat for s in without
        ):
            labels.append("chrome")
        else:
            labels.append("unsure")
    return labels


_L3S_CLASSES = {"x-nc-sel1": "title", "x-nc-sel2": "body", "x-nc-sel3": "supplemental"}


def _l3s_labeller(annotated: Path):
    """L3S-GN1 (Kohlschütter et al., WSDM 2010; 621 Google News articles from 408 sites, each
    block labelled by assessors): the gold body is the text marked "full text", the title
    the "headline"; "supplemental" (captions and the like) is neither (its lines are unsure);
    "not content", "related content" and "comments" are chrome."""
    root = lxml.html.fromstring(_decode(annotated.read_bytes()))
    parts: dict[str, list[str]] = {"title": [], "body": [], "supplemental": []}
    for span in root.iter("span"):
        kind = _L3S_CLASSES.get(span.get("class", "").strip())
        if kind and span.text:
            parts[kind].append(span.text)
    body, extra = " ".join(parts["body"]), " ".join(parts["supplemental"])
    titles = [" ".join(" ".join(parts["title"]).split())] if parts["title"] else []
    return lambda t: label_aeb(t, body, titles, extra)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _moz_labeller(page: Path):
    """mozilla/readability's test pages: the gold body is the text of ``expected.html``
    (readability's own output, checked by its maintainers), the title that of
    ``expected-metadata.json``."""
    gold = lxml.html.fromstring(page.joinpath("expected.html").read_text(encoding="utf-8")).text_content()
    meta = json.loads(page.joinpath("expected-metadata.json").read_text(encoding="utf-8") or "{}")
    title = [meta["title"]] if meta.get("title") else []
    return lambda t: label_aeb(t, gold, title)


def main(which: str, root: str, dest: str) -> None:
    src, out = Path(root), Path(dest)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    if which == "aeb":
        truth = json.loads((src / "ground-truth.json").read_text(encoding="utf-8"))
        titles = json.loads((src / "titles.json").read_text(encoding="utf-8"))
        items = [
            (
                key,
                src / "html" / f"{key}.html",
                lambda t, k=key: label_aeb(t, truth[k]["articleBody"], titles[k]),
            )
            for key in truth
        ]
    elif which == "l3s":
        items = [
            (p.stem, src / "original" / p.name, _l3s_labeller(p))
            for p in sorted((src / "annotated").glob("*.html"))
            if (src / "original" / p.name).exists()
        ]
    elif which == "moz":
        items = [
            (d.name, d / "source.html", _moz_labeller(d))
            for d in sorted(src.iterdir())
            if (d / "source.html").exists() and (d / "expected.html").exists()
        ]
    else:
        data = json.loads((src / "evaldata.json").read_text(encoding="utf-8"))
        items = []
        for item in data.values():
            path = next(
                (
                    p
                    for p in (src / "tests" / "eval" / item["file"], src / "tests" / "cache" / item["file"])
                    if p.exists()
                ),
                None,
            )
            if path is not None:
                items.append(
                    (
                        path.stem,
                        path,
                        lambda t, it=item: label_traf(t, it.get("with", []), it.get("without", [])),
                    )
                )
    region_out = out.parent / f"{out.name}-region"
    region_out.mkdir(parents=True, exist_ok=True)
    for name, path, labeller in items:
        text = render(_decode(path.read_bytes()))
        labels = labeller(text)
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        (out / f"{name}.labels.json").write_text(json.dumps(labels), encoding="utf-8")
        for lab in labels:
            counts[lab] = counts.get(lab, 0) + 1
        region = _region(text, labels)
        if region:
            (region_out / f"{name}.txt").write_text(region[0], encoding="utf-8")
            (region_out / f"{name}.labels.json").write_text(json.dumps(region[1]), encoding="utf-8")
    print(f"{len(items)} pages, lines by label: {counts}")


def _region(text: str, labels: list[str], margin: int = 6) -> tuple[str, list[str]] | None:
    """The copy a person makes by selecting the article: from a few lines above the headline
    (or the first body line) to a few lines below the last body line."""
    lines = [line.text for line in split_lines(text)]
    marks = [i for i, lab in enumerate(labels) if lab in ("body", "title")]
    if not marks:
        return None
    lo, hi = max(0, marks[0] - margin), min(len(lines), marks[-1] + margin + 1)
    return "\n\n".join(lines[lo:hi]) + "\n", labels[lo:hi]


if __name__ == "__main__":
    main(*sys.argv[1:4])
