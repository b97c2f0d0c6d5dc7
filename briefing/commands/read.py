"""``briefing`` / ``briefing read``: open the reader on the resolved corpus.

The keymap and config are validated before Textual is even imported, so a
broken keymap is one line and exit 2, never a half-started terminal.
"""
from __future__ import annotations

import argparse


def configure(parser) -> None:
    parser.add_argument("--keymap", metavar="NAME|PATH", default=argparse.SUPPRESS,
                        help="keymap preset (default, vim, emacs) or YAML file")


def run(args) -> int:
    from .context import corpus_path, load_config
    from .keys import resolve_keymap
    cfg = load_config()
    corpus = corpus_path(args)
    keymap = resolve_keymap(args)
    from ..tui.app import BriefingApp
    app = BriefingApp(corpus, keymap, library_options={"max_bytes": cfg.max_bytes})
    app.run()
    return int(app.return_code or 0)
