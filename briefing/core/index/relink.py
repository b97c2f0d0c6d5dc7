"""Cross-source links of an index computed again: per story, reusing what did not change.

Used after an update (``updater``) and when links were deferred (a one-shot search,
the reader's link process). Articles and their facts come from the stored analysis
(a lost object: the file is analysed again).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import link_store, story_store
from .locking import IndexLock
from .store import IndexDir, Manifest

if TYPE_CHECKING:
    from ..model import Article, Fact


def link_all(
    ixdir: IndexDir,
    root: Path,
    files: dict[str, Any],
    stories: dict[str, list[str]],
    previous: dict[str, Any],
    run: Callable[[list[link_store.LinkJob]], link_store.Records] | None = None,
) -> dict[str, Any]:
    """Link records of ``stories`` (``link_store.update``); ``run`` builds them elsewhere."""
    return link_store.update(
        ixdir, root, files, stories, previous, lambda key, path: stored_article(ixdir, key, path), run
    )


def relink(
    ixdir: IndexDir,
    root: Path,
    manifest: Manifest,
    link: Callable[..., dict[str, Any]],
    write: bool = True,
) -> dict[str, Any]:
    """Links for the stories of ``stories.json`` (records of the last links.json whose articles did
    not change are reused), tagged with the manifest's token; written to links.json when ``write``
    and the folder's lock can be taken at once, otherwise only returned."""
    listed = ixdir.read_json(story_store.FILE, {}) or {}
    stories = {s["id"]: s["members"] for s in listed.get("stories", []) if isinstance(s, dict)}
    previous = ixdir.read_json(link_store.FILE, {}) or {}
    links = dict(link(ixdir, root, manifest["files"], stories, previous), token=manifest.get("token"))
    if write:
        lock = IndexLock(ixdir.lock_path, ixdir.file_mode)
        try:
            if lock.acquire(0.0):
                try:
                    current = ixdir.read_manifest()
                    if current is not None and current.get("token") == manifest.get("token"):
                        ixdir.write_json(link_store.FILE, links)
                finally:
                    lock.release()
        except OSError:
            pass  # a read-only index: the links live in memory for this session
    return links


def signature_reader(ixdir: IndexDir) -> Callable[[str], dict[str, Any] | None]:
    def read(key: str) -> dict[str, Any] | None:
        stored = ixdir.read_object(key)
        return None if stored is None else stored.get("story")

    return read


def stored_article(ixdir: IndexDir, key: str, path: str) -> tuple[Article, list[Fact]] | None:
    """(article, facts) from the stored analysis, or from the file; None when unreadable."""
    from . import codec

    stored = ixdir.read_object(key)
    if stored is not None:
        article, _, facts = codec.decode_article(stored, path, mentions=False)
        return article, facts
    from .. import ingest
    from . import documents

    try:
        article = ingest.load_file(path)
    except (ingest.SkipFile, OSError):
        return None
    return article, documents.analyse(article)[1]
