"""``briefing locate``: every path briefing uses for this user and corpus (for debugging a setup).

Only looks: stats the corpus to tell whether the shared index is fresh, writes nothing.
"""

from __future__ import annotations

from ..core.plural import counted


def configure(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print the paths as JSON")


def run(args) -> int:
    from ..core import paths
    from ..core.index import location
    from ..core.index.scan import scan
    from ..core.index.store import IndexDir
    from ..core.sanitize import one_line
    from .context import corpus_path
    from .output import emit_json

    corpus = corpus_path(args)
    listing = scan(corpus)
    private = IndexDir(paths.private_index_dir(corpus))
    shared = location.shared_status(corpus, listing)
    choice = location.choose(corpus, listing)
    manifest = private.read_manifest()
    private_state = f"present, {counted(len(manifest['files']), 'article')}" if manifest else "absent"
    if shared is None:
        shared_path, shared_state = "", "not applicable: the corpus is a single file"
    else:
        shared_path = str(shared.path)
        shared_state = "fresh" if shared.fresh else shared.reason
    rows = [
        ("config", str(paths.config_file()), _exists(paths.config_file())),
        ("keymap", str(paths.config_file("keymap.yaml")), _exists(paths.config_file("keymap.yaml"))),
        ("entities", str(paths.config_file("entities.yaml")), _exists(paths.config_file("entities.yaml"))),
        ("state", str(paths.state_dir()), _exists(paths.state_dir())),
        ("corpus", str(corpus), counted(len(listing.files), "article file")),
        ("private index", str(private.path), private_state),
        ("shared index", shared_path, shared_state),
        ("in use", str(choice.ixdir.path), "shared, read-only" if choice.read_only else "private"),
    ]
    if args.json:
        emit_json({name.replace(" ", "_"): {"path": path, "status": status} for name, path, status in rows})
        return 0
    for name, path, status in rows:
        label = f"{name + ':':<15}"
        print(label + (f"{one_line(path)}  ({status})" if path else f"({status})"))
    return 0


def _exists(path) -> str:
    return "exists" if path.exists() else "absent"
