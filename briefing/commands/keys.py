"""``briefing keys``: the active key bindings (id, keys, description) by section, without
starting the reader.

Uses only the core binding table and keymap loader, so Textual is never imported.
"""

from __future__ import annotations

import argparse


def configure(parser) -> None:
    parser.add_argument(
        "--keymap",
        metavar="NAME|PATH",
        default=argparse.SUPPRESS,
        help="keymap preset (default, vim, emacs) or YAML file",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object: keymap (name), files (read in order) and bindings "
        "(id, keys, display, description, section for each)",
    )


def resolve_keymap(args):
    """The keymap selected by --keymap, else config.yaml, else default (+ user overrides)."""
    from ..core import keymaps
    from .context import load_config

    cfg = load_config()
    return keymaps.resolve(getattr(args, "keymap", None), cfg.keymap or None)


def run(args) -> int:
    from ..core import bindings, keymaps
    from ..core.sanitize import one_line
    from .output import emit_json

    keymap = resolve_keymap(args)
    rows = []
    for section, specs in bindings.grouped():
        for spec in specs:
            keys = keymap.keys(spec.id)
            rows.append(
                {
                    "id": spec.id,
                    "keys": keys,
                    "display": [keymaps.display_key(k) for k in keys],
                    "description": spec.description,
                    "section": section,
                }
            )
    if getattr(args, "json", False):
        emit_json({"keymap": keymap.name, "files": keymap.files, "bindings": rows})
        return 0
    print(f"keymap: {one_line(keymap.name)} ({', '.join(one_line(f) for f in keymap.files)})")
    id_width = max(len(r["id"]) for r in rows)
    key_width = max(len(", ".join(r["display"]) or "-") for r in rows)
    section = ""
    for row in rows:
        if row["section"] != section:
            section = row["section"]
            print(f"\n{section}")
        keys = ", ".join(row["display"]) or "-"
        print(f"{row['id']:<{id_width}}  {one_line(keys):<{key_width}}  {row['description']}")
    return 0
