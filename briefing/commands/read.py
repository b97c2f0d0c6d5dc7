"""``briefing`` / ``briefing read``: open the reader on the resolved corpus.

The keymap and config are validated before Textual is even imported, so a
broken keymap is one line and exit 2, never a half-started terminal. So is a
place the full-screen reader cannot work: ``TERM=dumb``, or stdin, stdout or
stderr not a terminal (``briefing > out.txt``, a pipe, cron).
"""

from __future__ import annotations

import argparse
import os
import sys

from ..core.errors import UserError


def configure(parser) -> None:
    parser.add_argument(
        "--keymap",
        metavar="NAME|PATH",
        default=argparse.SUPPRESS,
        help="keymap preset (default, vim, emacs) or YAML file",
    )


def run(args) -> int:
    from .context import corpus_path, load_config
    from .keys import resolve_keymap

    cfg = load_config()
    corpus = corpus_path(args)
    keymap = resolve_keymap(args)
    refuse_without_terminal()
    # before Textual starts any thread: open the index the last run used while a forked
    # child checks that it is still fresh (the reader's worker asks for the answer)
    from ..core.library import Library

    options = {"max_bytes": cfg.max_bytes}
    unverified = Library.open_unverified(corpus, one_shot=False, link=False, **options)
    early = None
    if unverified is None:  # never indexed: the indexer child starts while Textual does
        from ..core.index import indexer_process

        early = indexer_process.start_early(corpus, options)
    from ..tui.app import BriefingApp

    app = BriefingApp(corpus, keymap, library_options=options, unverified=unverified)
    app.early_indexer = early
    try:
        app.run()
    finally:
        if app.unverified is not None:  # quit before the worker took it
            app.unverified.close()
        if app.early_indexer is not None:
            app.early_indexer.stop()
    return int(app.return_code or 0)


def refuse_without_terminal() -> None:
    """One line and exit 2 where the full-screen reader cannot be drawn or read from."""
    hint = "the one-shot commands work anywhere: briefing show, briefing search QUERY, briefing facts"
    if os.environ.get("TERM") == "dumb":
        raise UserError(f"the reader needs a terminal that can draw a full screen, not TERM=dumb; {hint}")
    for name, stream in (("stdout", sys.stdout), ("stdin", sys.stdin), ("stderr", sys.stderr)):
        try:
            ok = stream is not None and stream.isatty()
        except (AttributeError, ValueError):
            ok = False
        if not ok:
            raise UserError(f"the reader needs a terminal, and {name} is not one; {hint}")
