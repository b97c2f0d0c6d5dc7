"""``briefing entities``: named entities per corpus (table) or per mention (JSON).

Thin on purpose: it loads articles, asks the core for their mentions and prints
them; the corpus-wide table comes from the index's entity totals, reading no
article. The JSON is the contract in the shared eval README: one object per
article with every mention's text, type, canonical name and source offsets.
"""

from __future__ import annotations


def configure(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="FILE|DIR", help="articles (default: the corpus)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list, one object per article: path and entities (text, type, canonical, "
        "start, end for each mention)",
    )
    parser.add_argument(
        "--relative-dates",
        action="store_true",
        help='list relative dates too ("this week", "recent years"); --json always has every mention',
    )


def run(args) -> int:
    from ..core import analysis, entities, ingest
    from .context import folder_is_corpus, input_paths, load_config, no_articles
    from .output import emit_json, warn

    relative = getattr(args, "relative_dates", False)
    if folder_is_corpus(args) or not getattr(args, "paths", None):  # the corpus: its stored analysis
        from .context import open_library

        with open_library(args) as library:
            for message in list(library.warnings) + list(library.notices):
                warn(message)
            if not len(library) and not args.json:
                return no_articles(args)
            if not args.json:  # the table: the index's entity totals, no article read
                rows = library.entities(relative_dates=relative)
                rows.sort(key=lambda r: (-r.mentions, r.canonical.casefold(), r.type))  # as summarise()
                return _print_rows(rows)
            per_article = [(article, mentions) for _aid, article, mentions, _facts in library.iter_articles()]
    else:
        cfg = load_config()
        paths = input_paths(args)
        if len(paths) == 1 and paths[0].is_dir():
            entities.set_corpus(paths[0])  # its .briefing-index/entities.yaml extends the gazetteer
        corpus = ingest.load_paths(paths, max_bytes=cfg.max_bytes)
        for message in corpus.warnings:
            warn(message)
        per_article = [(article, analysis.entities(article)) for article in corpus.articles]
    if not per_article and not args.json:
        return no_articles(args)
    if args.json:
        emit_json(
            [
                {
                    "path": article.path,
                    "entities": [
                        {
                            "text": m.text,
                            "type": m.type,
                            "canonical": m.canonical,
                            "start": m.start,
                            "end": m.end,
                        }
                        for m in mentions
                    ],
                }
                for article, mentions in per_article
            ]
        )
        return 0 if per_article else no_articles(args)
    from ..core.entities.summary import summarise

    return _print_rows(summarise(per_article, relative_dates=relative))


def _print_rows(rows) -> int:
    from .output import is_terminal

    if is_terminal():
        _table(rows)
    else:
        _plain(rows)
    return 0


def _table(rows) -> None:
    from rich.table import Table
    from rich.text import Text

    from ..core.sanitize import one_line
    from ..render.palette import entity_style
    from .output import console, use_color

    color = use_color()
    table = Table(title=None, box=None, header_style="bold", pad_edge=False)
    table.add_column("entity")
    table.add_column("type")
    table.add_column("mentions", justify="right")
    table.add_column("articles", justify="right")
    for row in rows:
        name = Text()
        name.append(
            one_line(row.canonical), style=entity_style(row.type, color)
        )  # a span: padding stays plain
        table.add_row(name, row.type, str(row.mentions), str(row.articles))
    console().print(table)


def _plain(rows) -> None:
    from ..core.sanitize import one_line

    names = [one_line(r.canonical) for r in rows]
    width = max([len("entity")] + [len(n) for n in names])
    print(f"{'entity':<{width}}  {'type':<8}  {'mentions':>8}  {'articles':>8}")
    for name, row in zip(names, rows, strict=False):
        print(f"{name:<{width}}  {row.type:<8}  {row.mentions:>8}  {row.articles:>8}")
