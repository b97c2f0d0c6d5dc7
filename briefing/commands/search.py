"""``briefing search``: Whoosh query syntax over the corpus, grep-like exit status.

Exit 0 when something matched, 1 when nothing did, 2 for an error (one line).
Colour only on a terminal without NO_COLOR; in a pipe plain text with every
control character made inert. Rich is imported only for a terminal.
"""

from __future__ import annotations

import sys


def configure(parser) -> None:
    parser.add_argument(
        "query", metavar="QUERY", help='e.g. canola, "electric vehicles", title:carney, tariff~'
    )
    parser.add_argument(
        "folder", nargs="?", metavar="DIR", help="the corpus to search (like --corpus; default: the corpus)"
    )
    parser.add_argument("--limit", type=int, default=10, metavar="N", help="show at most N hits (default 10)")
    parser.add_argument("--json", action="store_true", help="print JSON hits with offsets into the source")
    parser.add_argument("--sort", choices=("score", "date"), default="score", help="order of hits")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar while indexing")


def run(args) -> int:
    from ..core.errors import CorpusError, QueryError
    from ..core.index import query as query_mod
    from ..core.library import Library
    from . import progress
    from .context import corpus_path, given_path, load_config
    from .output import emit_json, use_color, warn

    if args.folder is not None:
        if getattr(args, "corpus", None) not in (None, args.folder):
            raise CorpusError(f"{args.folder}: give the corpus once, as DIR or as --corpus")
        given_path(args.folder)
        args.corpus = args.folder
    if args.limit < 1:
        raise QueryError(f"--limit must be at least 1 (got {args.limit})")
    query_mod.check(args.query)  # a malformed query fails before any indexing
    cfg = load_config()
    options = dict(
        max_bytes=cfg.max_bytes, progress=progress.make(args.quiet or args.json), link=False, one_shot=True
    )
    corpus = corpus_path(args)
    # search the index the last run used while a forked child checks it is still fresh;
    # only confirmed results are printed (a stale index is updated and searched again)
    lib = Library.open_unverified(corpus, **options)
    if lib is None:
        lib = Library.open(corpus, **options)
    try:
        try:
            result = lib.search(args.query, limit=args.limit, sort=args.sort)
        except CorpusError:  # the guessed index may be the broken one: the check decides
            result = None
        checked = lib.verified()
        if checked is not lib or result is None:
            lib = checked
            result = lib.search(args.query, limit=args.limit, sort=args.sort)
        for message in lib.report.warnings + lib.notices:
            warn(message)
        empty = not len(lib)
    finally:
        lib.close()
    if args.json:
        emit_json(result_json(result))
    elif empty:  # no match of an empty corpus: say so, in a pipe too; the advice below would mislead
        from .context import no_articles

        no_articles(args)
    elif not result.total:
        if sys.stdout.isatty():  # a person at a terminal is told; a pipe gets the exit status only
            warn(f"no articles match {args.query!r}; try fewer words, other forms or a prefix*")
    elif use_color():
        print_rich(result)
    else:
        print_plain(result)
    return 0 if result.total else 1


def result_json(result) -> dict:
    return {
        "query": result.query,
        "total": result.total,
        "hits": [
            {
                "path": h.path,
                "id": h.id,
                "title": h.title,
                "score": h.score,
                "outlet": h.outlet,
                "date": h.date,
                "snippets": [
                    {
                        "sentence": s.sentence,
                        "start": s.start,
                        "end": s.end,
                        "highlights": [[a, b] for a, b in s.highlights],
                    }
                    for s in h.snippets
                ],
            }
            for h in result.hits
        ],
    }


def _label(hit) -> str:
    return hit.outlet or hit.path.rsplit("/", 1)[-1]


def print_plain(result, stream=None) -> None:
    import sys

    from ..core.sanitize import one_line
    from ..render.hits import excerpt, shown_snippets

    out = stream or sys.stdout
    lines = []
    for rank, hit in enumerate(result.hits, 1):
        lines.append(f"{rank}. {one_line(hit.title) or one_line(_label(hit))}")
        lines.append(f"   {one_line(_label(hit))}  score {hit.score:.2f}")
        for snip in shown_snippets(hit)[:2]:
            lines.append("   " + excerpt(snip)[0])
    if result.total > len(result.hits):
        lines.append(f"({len(result.hits)} of {result.total} hits; --limit N for more)")
    out.write("\n".join(lines) + ("\n" if lines else ""))


def print_rich(result) -> None:
    from rich.padding import Padding
    from rich.text import Text

    from ..core.sanitize import one_line
    from ..render.hits import excerpt, shown_snippets
    from ..render.palette import match_style
    from .output import console

    con = console()
    # the palette's match: black on yellow, readable on a dark and a light terminal alike
    # (yellow in reverse video was white on yellow on a light one)
    match = "bold " + match_style(True)
    for rank, hit in enumerate(result.hits, 1):
        head = Text(f"{rank:>2}. ", style="bold")
        head.append(one_line(hit.title) or one_line(_label(hit)), style="bold")
        con.print(head)
        meta = Text(one_line(_label(hit)), style="cyan")
        meta.append(f"  score {hit.score:.2f}", style="dim")
        con.print(Padding(meta, (0, 0, 0, 4), expand=False))
        for snip in shown_snippets(hit)[:2]:
            shown, marks = excerpt(snip)
            text = Text(shown)
            for a, b in marks:
                text.stylize(match, a, b)
            con.print(Padding(text, (0, 0, 0, 4), expand=False))
    if result.total > len(result.hits):
        con.print(Text(f"({len(result.hits)} of {result.total} hits; --limit N for more)", style="dim"))
