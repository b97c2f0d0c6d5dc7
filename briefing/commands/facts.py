"""``briefing facts``: key facts per article, or merged across sources."""
from __future__ import annotations


def configure(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="FILE|DIR", help="articles (default: the corpus)")
    parser.add_argument("--json", action="store_true", help="JSON per article, best fact first")
    parser.add_argument("--briefing", action="store_true",
                        help="merge facts across sources, with source counts and differences")


def run(args) -> int:
    raise NotImplementedError
