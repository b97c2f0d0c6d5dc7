"""``briefing search``: Whoosh query syntax over the corpus, grep-like exit status."""
from __future__ import annotations


def configure(parser) -> None:
    parser.add_argument("query", metavar="QUERY", help='e.g. canola, "electric vehicles", title:carney, tariff~')
    parser.add_argument("--limit", type=int, default=10, metavar="N", help="show at most N hits (default 10)")
    parser.add_argument("--json", action="store_true", help="print JSON hits with offsets into the source")
    parser.add_argument("--sort", choices=("score", "date"), default="score", help="order of hits")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar while indexing")


def run(args) -> int:
    raise NotImplementedError
