"""``briefing index``: build or update the corpus' search index."""
from __future__ import annotations


def configure(parser) -> None:
    parser.add_argument("path", nargs="?", metavar="PATH", help="corpus to index (default: the corpus)")
    parser.add_argument("--shared", action="store_true",
                        help="build PATH/.briefing-index for every user of a shared corpus")
    parser.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def run(args) -> int:
    raise NotImplementedError
