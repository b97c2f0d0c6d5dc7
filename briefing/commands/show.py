"""``briefing show``: cleaned articles in the terminal, or the JSON the scorer reads."""

from __future__ import annotations


def configure(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="FILE|DIR", help="articles to show (default: the corpus)")
    parser.add_argument("--json", action="store_true", help="print JSON: path, title, blocks, dropped")
    parser.add_argument("--dropped", action="store_true", help="also list the lines dropped as web chrome")
    parser.add_argument("--no-entities", action="store_true", help="do not highlight entities")


def run(args) -> int:
    from ..core import analysis, ingest
    from .context import input_paths, load_config, no_articles
    from .output import emit_json, warn

    cfg = load_config()
    corpus = ingest.load_paths(input_paths(args), max_bytes=cfg.max_bytes)
    for message in corpus.warnings:
        warn(message)
    if not corpus.articles:
        no_articles(args)
    if args.json:
        emit_json([article_json(a) for a in corpus.articles])
        return 0 if corpus.articles else 1
    from .output import is_terminal

    if not is_terminal():
        write_plain(corpus.articles, dropped=args.dropped)
        return 0 if corpus.articles else 1
    from ..core.sanitize import one_line
    from ..render.article_text import render_article
    from .output import clip, console, use_color

    con = console()
    color = use_color()
    for n, article in enumerate(corpus.articles):
        if n:
            con.print()
            con.rule(style="dim") if color else con.print("-" * min(con.width, 80))
        mentions = [] if args.no_entities else analysis.entities(article)
        con.print(render_article(article, mentions=mentions, color=color).text)
        if args.dropped and article.dropped:
            con.print()
            for d in article.dropped:  # one row each, cut with "…" (a pipe or --json gives them whole)
                head = f"  dropped ({d.reason}): "
                text = clip(one_line(d.text), max(con.width - len(head), 40))
                con.print(head + text, style="dim", markup=False)
    return 0 if corpus.articles else 1


def write_plain(articles, dropped: bool = False) -> None:
    """Articles for a pipe: no wrapping, one paragraph per line, a blank line between blocks."""
    import sys

    from ..core.sanitize import one_line
    from ..render.article_text import meta_line

    out = sys.stdout
    for n, article in enumerate(articles):
        if n:
            out.write("\n" + "-" * 40 + "\n\n")
        lines = []
        if not any(b.kind == "title" for b in article.blocks):
            lines += [one_line(article.title), meta_line(article), ""]  # the derived title
        for block in article.blocks:
            lines.append(one_line(block.text))
            if block.kind == "title":
                lines.append(meta_line(article))
            lines.append("")
        out.write("\n".join(lines).rstrip("\n") + "\n")
        if dropped and article.dropped:
            out.write("\n")
            for d in article.dropped:
                out.write(f"  dropped ({d.reason}): {one_line(d.text)}\n")


def article_json(article) -> dict:
    return {
        "path": article.path,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "date": article.date,
        "url": article.url,
        "format": article.format,
        "blocks": [{"kind": b.kind, "text": b.text, "start": b.start, "end": b.end} for b in article.blocks],
        "sentences": [
            {"text": s.text, "start": s.start, "end": s.end, "block": s.block, "kind": s.kind}
            for s in article.sentences
        ],
        "dropped": [
            {"text": d.text, "start": d.start, "end": d.end, "reason": d.reason} for d in article.dropped
        ],
    }
