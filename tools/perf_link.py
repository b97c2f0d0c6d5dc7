"""Linking alone, timed: every story of 2+ articles of an index linked in one process.

The stored analysis of every article is read first; then ``link_store.update`` links every
story of ``stories.json`` afresh (caches cold, as in a worker), timed with
``time.process_time``. The digest is of the records without their ``key`` (it holds the
code's fingerprint), so runs of two trees over one index compare::

    python tools/perf_link.py IXDIR [--profile]     # IXDIR: .../briefing/indexes/<hash>

Run by hand (never by pytest), with the tree to measure first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import sys
import time
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    from briefing.core.index import link_store, relink, story_store
    from briefing.core.index.store import IndexDir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ixdir", type=Path)
    parser.add_argument("--profile", action="store_true", help="cProfile, 30 functions by own time")
    args = parser.parse_args(argv)
    ix = IndexDir(args.ixdir)
    manifest = ix.read_manifest()
    if manifest is None:
        print(f"no index in {args.ixdir}: give .../briefing/indexes/<hash>", file=sys.stderr)
        return 2
    files, root = manifest["files"], Path(manifest["corpus"])
    stories = {s["id"]: s["members"] for s in ix.read_json(story_store.FILE, {}).get("stories", [])}
    loaded: dict[tuple[str, str], Any] = {}
    for rel, entry in files.items():  # two files of one content share a key, not a path
        loaded[(entry[3], str(root / rel))] = relink.stored_article(ix, entry[3], str(root / rel))
    profile = cProfile.Profile() if args.profile else None
    started = time.process_time()
    if profile is not None:
        profile.enable()
    out = link_store.update(ix, root, files, stories, {}, lambda key, path: loaded[(key, path)])
    if profile is not None:
        profile.disable()
    cpu = time.process_time() - started
    for record in out["stories"].values():
        record.pop("key", None)
    digest = hashlib.sha1(json.dumps(out, sort_keys=True).encode()).hexdigest()[:12]
    print(f"{len(out['stories'])} stories linked in {cpu:.2f} CPU s; records {digest}")
    if profile is not None:
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
