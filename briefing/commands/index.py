"""``briefing index``: build or update the corpus' search index, then print one summary line."""

from __future__ import annotations

from ..core.plural import counted


def configure(parser) -> None:
    parser.add_argument("path", nargs="?", metavar="PATH", help="corpus to index (default: the corpus)")
    parser.add_argument(
        "--shared", action="store_true", help="build PATH/.briefing-index for every user of a shared corpus"
    )
    parser.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def run(args) -> int:
    from ..core import corpus as corpus_mod
    from ..core.library import Library
    from . import progress
    from .context import corpus_path, load_config
    from .output import warn

    cfg = load_config()
    corpus = corpus_mod.resolve(args.path, None, "PATH") if args.path is not None else corpus_path(args)
    with Library.open(
        corpus,
        max_bytes=cfg.max_bytes,
        rebuild=args.rebuild,
        shared=args.shared,
        progress=progress.make(args.quiet),
        wait=600.0,
    ) as lib:
        for message in lib.report.warnings:
            warn(message)
        for message in lib.notices:
            warn(message)
        print(summary_line(lib))
    return 0


def summary_line(lib) -> str:
    from ..core.sanitize import one_line

    report = lib.report
    where = "shared index" if lib.index_dir.shared else "index"
    if lib.read_only:
        return one_line(
            f"{lib.corpus}: the shared index {lib.index_dir.path} is up to date "
            f"({counted(len(lib), 'article')}); nothing to do"
        )
    if report.busy:
        return one_line(
            f"{lib.corpus}: another briefing process is updating the {where}; "
            f"left as it is ({counted(len(lib), 'article')})"
        )
    reasons: dict[str, int] = {}
    for reason in lib.skipped().values():
        reasons[reason] = reasons.get(reason, 0) + 1
    skipped = sum(reasons.values())
    detail = f" ({', '.join(f'{r}: {n}' for r, n in sorted(reasons.items()))})" if reasons else ""
    return one_line(
        f"{lib.corpus}: {report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{skipped} skipped{detail}; {counted(len(lib), 'article')} in the {where} {lib.index_dir.path}; "
        f"{report.seconds:.2f} s"
    )
