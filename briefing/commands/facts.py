"""``briefing facts``: key facts per article, or merged across sources."""

from __future__ import annotations


def configure(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="FILE|DIR", help="articles (default: the corpus)")
    parser.add_argument("--json", action="store_true", help="JSON per article, best fact first")
    parser.add_argument(
        "--briefing",
        action="store_true",
        help="merge facts across the sources of each story, with corroboration and differences",
    )
    parser.add_argument(
        "--story",
        metavar="ID",
        help="only this story (ids: 'briefing stories'); default: every story of 2+ sources",
    )


def run(args) -> int:
    from ..core.facts import report
    from .context import analysed_facts, no_articles
    from .output import emit_json

    analysed = analysed_facts(args)
    if not analysed.articles:
        return no_articles(args)
    if args.json:
        emit_json(report.briefing_json(analysed) if args.briefing else report.articles_json(analysed))
        return 0
    from .facts_text import print_articles, print_briefing

    if args.briefing:
        print_briefing(analysed)
    else:
        print_articles(analysed)
    return 0
