"""``briefing export``: a Markdown briefing where every fact cites its file and sentence."""

from __future__ import annotations

import sys


def configure(parser) -> None:
    parser.add_argument("paths", nargs="*", metavar="FILE|DIR", help="articles (default: the corpus)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE (default: standard output)")
    parser.add_argument(
        "--story",
        metavar="ID",
        help="only this story (ids: 'briefing stories'); default: every story of 2+ sources",
    )


def run(args) -> int:
    from pathlib import Path

    from ..core.errors import UserError
    from ..core.facts import markdown
    from ..core.paths import atomic_write
    from .context import analysed_facts, no_articles

    output = Path(args.output) if args.output else None
    if output is not None:
        _check_writable(output, UserError)
    analysed = analysed_facts(args)
    if not analysed.articles:
        return no_articles(args)
    text = markdown.render(analysed)
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        atomic_write(output, text, mode=0o644)
    except OSError as exc:
        raise UserError(
            f"{output}: cannot write the briefing ({exc.strerror or exc}); "
            "choose a writable path with --output"
        ) from None
    print(f"briefing: wrote {output}", file=sys.stderr)
    return 0


def _check_writable(path, error) -> None:
    """Fail early, in one line, when the output cannot be written."""
    import os

    if path.is_dir():
        raise error(f"{path}: is a folder; give a file name with --output")
    parent = path.parent if str(path.parent) else type(path)(".")
    if not parent.is_dir():
        raise error(f"{parent}: no such folder; create it or choose another --output path")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise error(f"{path}: not writable; choose a writable path with --output")
