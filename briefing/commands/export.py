"""``briefing export``: a Markdown briefing where every fact cites its file and sentence."""
from __future__ import annotations


def configure(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="FILE|DIR", help="articles (default: the corpus)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE (default: standard output)")


def run(args) -> int:
    raise NotImplementedError
