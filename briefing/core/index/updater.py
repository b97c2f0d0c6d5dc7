"""Bringing an index folder up to date with its corpus, incrementally and safely.

1. Compare a stat-only scan with the manifest: unchanged files cost nothing.
2. For files whose size/mtime/ctime changed, read and hash them: same content
   (touched) only refreshes the manifest; known content (renamed, reverted)
   reuses the stored analysis; anything else is parsed and analysed once.
3. Under the folder's lock: delete removed/changed documents, add new ones,
   commit Whoosh, relink facts across sources, write side files, and write
   the manifest last. A process killed anywhere leaves the previous manifest,
   so the next run redoes the work (documents are replaced by id, never doubled).
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import entity_totals, link_store, story_store
from . import relink as relink_mod
from .locking import IndexLock
from .manifest_ops import Plan, diff
from .scan import Scan
from .schema import SCHEMA_VERSION, build_schema
from .store import MANIFEST_VERSION, IndexDir

MANY_CHANGES = 200  # from this many documents on, use Whoosh's multiprocessing writer
PARALLEL_PARSE = 100  # from this many files to parse on, parse them in worker processes


@dataclass
class UpdateReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    touched: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason) seen this run
    warnings: list[str] = field(default_factory=list)  # one line per problem seen this run
    seconds: float = 0.0
    wrote: bool = False
    busy: bool = False  # another process held the lock: the index was used as it was
    rebuilt: bool = False

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.removed


Progress = Callable[[int, int], None]


def article_id(rel: str) -> str:
    """A stable id: a hash of the path relative to the corpus folder."""
    return hashlib.sha1(rel.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def needs_work(ixdir: IndexDir, scan: Scan, fingerprint: str) -> tuple[dict | None, Plan]:
    manifest = ixdir.read_manifest()
    if manifest is not None and manifest.get("fingerprint") != fingerprint:
        manifest = None
    return manifest, diff(scan, manifest)


def update(
    ixdir: IndexDir,
    scan: Scan,
    fingerprint: str,
    *,
    max_bytes: int = 5 * 1024 * 1024,
    rebuild: bool = False,
    progress: Progress | None = None,
    lock_timeout: float = 10.0,
    procs: int = 2,
    link: bool = True,
    on_article: Callable[[dict], None] | None = None,
) -> UpdateReport:
    """Update ``ixdir`` to match ``scan``; raises OSError when the folder cannot be written.

    ``link=False`` leaves cross-source linking for later (``relink``): a one-shot search
    does not need it, and it is the one step whose cost grows with the whole corpus.
    ``on_article`` gets each new or changed article's summary entry (id, path relative
    to the corpus, title, outlet, date, counts) as soon as it is analysed.
    """
    started = time.monotonic()
    report = UpdateReport()
    if not rebuild and ixdir.stamp_fingerprint(scan.digest()) == fingerprint:
        report.seconds = time.monotonic() - started  # fresh: the manifest need not even be read
        return report
    manifest, plan = needs_work(ixdir, scan, fingerprint)
    if not rebuild and manifest is not None and plan.empty:
        ixdir.write_stamp(scan.digest(), fingerprint, manifest)  # the next check is cheap
        report.seconds = time.monotonic() - started
        return report
    # only when there is work: loading the gazetteer costs more than a whole no-change check
    from .. import entities as entity_rules

    entity_rules.set_corpus(scan.root)  # the corpus' .briefing-index/entities.yaml extends the gazetteer
    entity_rules.gazetteer_for(scan.root)  # a broken entities.yaml: one ConfigError now, not N skipped files
    old_umask = os.umask(0o022 if ixdir.shared else 0o077)
    try:
        ixdir.ensure()
        lock = IndexLock(ixdir.lock_path, ixdir.file_mode)
        if not lock.acquire(lock_timeout):
            report.busy = True
            report.seconds = time.monotonic() - started
            return report
        try:
            # another process may have finished an update while we waited
            manifest, plan = needs_work(ixdir, scan, fingerprint)
            written = ixdir.read_manifest()
            other_version = written is not None and written.get("fingerprint") != fingerprint
            if rebuild or other_version:
                # from scratch: no stored analysis either (another version of briefing wrote it)
                manifest, plan = None, diff(scan, None)
                for key in ixdir.object_keys():
                    ixdir.delete_object(key)
            if manifest is not None and plan.empty:
                ixdir.write_stamp(scan.digest(), fingerprint, manifest)
                return report
            with _collector_paused():
                _apply(
                    ixdir,
                    scan,
                    fingerprint,
                    manifest,
                    plan,
                    report,
                    max_bytes,
                    progress,
                    procs,
                    link,
                    on_article,
                )
            ixdir.fix_modes()
        finally:
            lock.release()
    finally:
        os.umask(old_umask)
        report.seconds = time.monotonic() - started
    return report


@contextmanager
def _collector_paused():
    """An update reads and writes side files of millions of small objects that no cycle
    holds; Python's cycle collector would re-scan them again and again (a quarter of a
    one-file update at 10,000 articles). Paused for the update, restored after."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _open_whoosh(ixdir: IndexDir, fresh: bool):
    from whoosh import index as windex

    store = str(ixdir.whoosh_path)
    if not fresh and windex.exists_in(store):
        try:
            ix = windex.open_dir(store)
            if set(ix.schema.names()) == set(build_schema().names()):
                return ix, False
        except Exception:  # noqa: BLE001 - an unreadable index is rebuilt
            pass
    return windex.create_in(store, build_schema()), True


def _apply(
    ixdir: IndexDir,
    scan: Scan,
    fingerprint: str,
    manifest: dict | None,
    plan: Plan,
    report: UpdateReport,
    max_bytes: int,
    progress: Progress | None,
    procs: int,
    link: bool = True,
    on_article: Callable[[dict], None] | None = None,
) -> None:
    from .. import ingest
    from . import codec, documents

    fresh = manifest is None
    if fresh:
        report.rebuilt = True
    # what the walk refused (symlinks leaving the corpus, unlistable folders), once per new problem
    known = set() if fresh else set(manifest.get("scan_warnings", []))
    report.warnings.extend(w for w in scan.warnings if w not in known)
    ix, created = _open_whoosh(ixdir, fresh)
    old_files: dict = {} if (fresh or created) else dict(manifest["files"])
    if created and not fresh:
        plan = diff(scan, None)
    old_skipped: dict = {} if fresh else dict(manifest.get("skipped", {}))
    old_warn: dict = {} if fresh else dict(manifest.get("file_warnings", {}))
    files = {rel: old_files[rel] for rel in plan.unchanged if rel in old_files}
    skipped = {rel: old_skipped[rel] for rel in plan.unchanged if rel in old_skipped}
    file_warnings = {rel: old_warn[rel] for rel in plan.unchanged if rel in old_warn}

    # the summaries (2 MB at 10,000 articles) are read only once some article changes:
    # files that were merely touched need none of them
    side: dict = {}

    def side_data() -> dict:
        if not side:
            side["summaries"] = (
                {} if fresh else {s["id"]: s for s in ixdir.read_json("summaries.json", {}).get("items", [])}
            )
        return side

    new_rows: dict[str, list] = {}  # content key -> entity rows of the articles analysed now
    new_signatures: dict[str, dict] = {}  # article id -> story signature of the articles accepted now

    delete_ids: set[str] = set()
    new_docs: list[dict] = []
    total = len(plan.candidates)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    def skip(rel: str, reason: str) -> None:
        stat = scan.files[rel]
        skipped[rel] = [stat.size, stat.mtime_ns, stat.ctime_ns, reason]
        report.skipped.append((stat.path, reason))
        report.warnings.append(f"{stat.path}: {reason}; skipped")
        if rel in old_files:
            report.removed += 1

    writer = None  # from MANY_CHANGES documents on, opened at once and fed while files are analysed

    def accept(rel: str, key: str, found: dict) -> None:
        """Take an analysed article in, from its digest (``documents.digest``)."""
        summaries = side_data()["summaries"]
        stat = scan.files[rel]
        aid = article_id(rel)
        if found["warnings"]:
            file_warnings[rel] = list(found["warnings"])
            report.warnings.extend(f"{stat.path}: {w}" for w in found["warnings"])
        files[rel] = [stat.size, stat.mtime_ns, stat.ctime_ns, key, aid]
        delete_ids.add(aid)
        doc = dict(found["doc"], id=aid, path=documents.storable(rel), hash=key)
        if writer is not None:
            writer.add_document(**doc)
        else:
            new_docs.append(doc)
        summaries[aid] = dict(found["summary"], id=aid, path=rel)
        new_rows[key] = found["rows"]
        new_signatures[aid] = found["story"]
        if on_article is not None:
            on_article(summaries[aid])
        if rel in old_files:
            report.updated += 1
        else:
            report.added += 1

    def accept_stored(rel: str, key: str, stored: dict) -> None:
        article, mentions, facts = codec.decode_article(stored, scan.files[rel].path)
        accept(rel, key, documents.digest(article, mentions, facts, stored))

    jobs: list[tuple[str, str, str, bytes]] = []
    for rel in plan.candidates:
        stat = scan.files[rel]
        previous = old_files.get(rel)
        if previous is not None:
            delete_ids.add(previous[4])
        try:
            data = ingest.read_bytes(Path(stat.path), max_bytes)
        except ingest.SkipFile as exc:
            skip(rel, str(exc))
            tick()
            continue
        key = documents.content_key(ingest.format_of(Path(rel)) or "txt", data)
        if previous is not None and previous[3] == key:
            files[rel] = [stat.size, stat.mtime_ns, stat.ctime_ns, key, previous[4]]
            delete_ids.discard(previous[4])
            if rel in old_warn:
                file_warnings[rel] = old_warn[rel]
            report.touched += 1
            tick()
            continue
        stored = ixdir.read_object(key)
        if stored is not None:
            accept_stored(rel, key, stored)
            tick()
        else:
            jobs.append((rel, stat.path, key, data))
    keys = {rel: key for rel, _, key, _ in jobs}
    if len(jobs) + len(new_docs) >= MANY_CHANGES and procs > 1:
        # Whoosh indexes in its own processes while ours analyse: neither waits for the other
        writer = _writer(ix, procs)
        for doc in new_docs:
            writer.add_document(**doc)
        new_docs.clear()
    try:
        if len(jobs) >= PARALLEL_PARSE and procs > 1:
            from .workers import analyse_in_parallel

            results = analyse_in_parallel(ixdir, jobs, procs, scan.root)
        else:
            results = (_analyse_here(ixdir, job) for job in jobs)
        for rel, found, reason in results:
            if found is None:
                skip(rel, reason)
            else:
                accept(rel, keys[rel], found)
            tick()
    except BaseException:
        if writer is not None:
            writer.cancel()
        raise
    for rel in plan.removed:
        entry = old_files.get(rel)
        if entry is not None:
            delete_ids.add(entry[4])
            report.removed += 1
    if not (fresh or created or delete_ids or new_docs or side):
        # only touched files (same content, new times): the index and side files stay as
        # they are, and so does the token that ties links and totals to them
        _write_manifest(ixdir, scan, fingerprint, manifest["token"], files, skipped, file_warnings)
        report.wrote = True
        return
    summaries = side_data()["summaries"]
    live_ids = {entry[4] for entry in files.values()}
    for aid in list(summaries):
        if aid not in live_ids:
            delete_ids.add(aid)
            summaries.pop(aid, None)

    if writer is not None:
        _finish_whoosh(writer, delete_ids, [])
    elif delete_ids or new_docs or created:
        _write_whoosh(ix, delete_ids, new_docs, procs)
    import uuid  # (imports platform: only when writing)

    token = uuid.uuid4().hex
    previous_token = None if fresh or created else manifest.get("token")
    grouper = story_store.regroup(
        ixdir, previous_token, files, summaries, new_signatures, relink_mod.signature_reader(ixdir)
    )
    story_store.write(ixdir, token, grouper, summaries, ixdir.read_json(story_store.FILE, {}) or {})
    order = sorted(files, key=lambda r: r)
    ixdir.write_json(
        "summaries.json",
        {"token": token, "items": [summaries[files[r][4]] for r in order if files[r][4] in summaries]},
    )
    stored_totals = {} if fresh or created else ixdir.read_json(entity_totals.FILE, {})
    totals = entity_totals.updated(
        ixdir, stored_totals, None if fresh else manifest.get("token"), old_files, files, new_rows
    )
    ixdir.write_json(entity_totals.FILE, {"token": token, "items": totals})
    if link:
        stories = {sid: story.members for sid, story in grouper.stories.items()}
        links = _link(ixdir, scan.root, files, stories, ixdir.read_json(link_store.FILE, {}) or {})
        ixdir.write_json(link_store.FILE, dict(links, token=token))
    _write_manifest(ixdir, scan, fingerprint, token, files, skipped, file_warnings)
    report.wrote = True
    for retired in ("facts.json", "entities.json"):  # side files of earlier versions
        ixdir.delete_file(retired)
    keep = {entry[3] for entry in files.values()}
    for key in ixdir.object_keys() - keep:
        ixdir.delete_object(key)


def _write_manifest(
    ixdir: IndexDir, scan: Scan, fingerprint: str, token: str, files: dict, skipped: dict, file_warnings: dict
) -> None:
    """The manifest, written last (an update killed before this is redone), then its stamp."""
    ixdir.write_json(
        "manifest.json",
        {
            "version": MANIFEST_VERSION,
            "schema": SCHEMA_VERSION,
            "fingerprint": fingerprint,
            "corpus": str(scan.root),
            "shared": ixdir.shared,
            "token": token,
            "updated": time.time(),
            "files": files,
            "skipped": skipped,
            "file_warnings": file_warnings,
            "scan_warnings": list(scan.warnings),
        },
    )
    ixdir.write_stamp(scan.digest(), fingerprint)  # under the lock, of the manifest just written


def _analyse_here(ixdir: IndexDir, job: tuple[str, str, str, bytes]):
    from .. import ingest
    from . import codec, documents

    rel, path, key, data = job
    try:
        article = documents.parse_bytes(path, data)
        mentions, facts = documents.analyse(article)
    except ingest.SkipFile as exc:
        return rel, None, str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the corpus
        return rel, None, f"could not be read ({type(exc).__name__}: {exc})"
    encoded = codec.encode_article(article, mentions, facts)
    ixdir.write_object(key, encoded)
    return rel, documents.digest(article, mentions, facts, encoded), None


def _writer(ix, procs: int):
    from .workers import spawn_ready

    spawn_ready()
    return ix.writer(procs=procs, multisegment=True, start_method="spawn", timeout=30, delay=0.1)


def _write_whoosh(ix, delete_ids: set[str], new_docs: list[dict], procs: int) -> None:
    if len(new_docs) >= MANY_CHANGES and procs > 1:
        writer = _writer(ix, procs)
    else:
        writer = ix.writer(timeout=30, delay=0.1)
    _finish_whoosh(writer, delete_ids, new_docs)


def _finish_whoosh(writer, delete_ids: set[str], new_docs: list[dict]) -> None:
    """Delete the replaced documents (only committed segments hold them), add ``new_docs``, commit."""
    try:
        for aid in delete_ids:
            writer.delete_by_term("id", aid)
        for doc in new_docs:
            writer.add_document(**doc)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def _link(ixdir: IndexDir, root: Path, files: dict, stories: dict[str, list[str]], previous: dict) -> dict:
    """Link the facts of every story of 2+ articles (only stories that changed are linked again)."""
    return relink_mod.link_all(ixdir, root, files, stories, previous)


def relink(ixdir: IndexDir, root: Path, manifest: dict, write: bool = True) -> dict:
    """Cross-source links for the indexed articles as ``manifest`` lists them (see ``relink``)."""
    return relink_mod.relink(ixdir, root, manifest, _link, write)
