"""``briefing entities``: named entities per corpus (table) or per mention (JSON)."""
from __future__ import annotations


def configure(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="FILE|DIR", help="articles (default: the corpus)")
    parser.add_argument("--json", action="store_true", help="one JSON item per mention with offsets")


def run(args) -> int:
    raise NotImplementedError
