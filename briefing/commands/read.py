"""``briefing`` / ``briefing read``: open the reader."""
from __future__ import annotations

import argparse


def configure(parser) -> None:
    parser.add_argument("--keymap", metavar="NAME|PATH", default=argparse.SUPPRESS, help="keymap preset (default, vim, emacs) or YAML file")


def run(args) -> int:
    raise NotImplementedError
