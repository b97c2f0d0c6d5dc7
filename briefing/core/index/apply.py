"""One update of an index folder, under its lock: the steps ``updater.update`` runs.

1. Read every candidate file (new or stat changed) and hash it: same content
   (touched) only refreshes its manifest entry; known content (renamed, reverted)
   reuses the stored analysis; anything else is analysed (in worker processes
   when there are many), and Whoosh indexes in its own processes meanwhile.
2. Delete the replaced and removed documents, commit Whoosh.
3. Regroup the stories, write the summaries, the entity totals and the links of
   the stories that changed, then the manifest, last.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import entity_totals, link_store, story_store, whoosh_write
from . import relink as relink_mod
from .manifest_ops import Plan, diff
from .scan import Scan
from .schema import SCHEMA_VERSION
from .store import MANIFEST_VERSION, FileEntry, IndexDir, Manifest
from .workers import Job, Result

if TYPE_CHECKING:
    from .updater import UpdateReport

MANY_CHANGES = 200  # from this many documents on, use Whoosh's multiprocessing writer
PARALLEL_PARSE = 100  # from this many files to parse on, parse them in worker processes

Progress = Callable[[int, int], None]


def article_id(rel: str) -> str:
    """A stable id: a hash of the path relative to the corpus folder."""
    import hashlib

    return hashlib.sha1(rel.encode("utf-8", "surrogateescape")).hexdigest()[:12]


class Update:
    """The work of one update; ``run()`` does it all (``report`` says what happened)."""

    def __init__(
        self,
        ixdir: IndexDir,
        scan: Scan,
        fingerprint: str,
        manifest: Manifest | None,
        plan: Plan,
        report: UpdateReport,
        max_bytes: int,
        progress: Progress | None,
        procs: int,
        on_article: Callable[[dict[str, Any]], None] | None,
    ) -> None:
        self.ixdir, self.scan, self.fingerprint, self.report = ixdir, scan, fingerprint, report
        self.max_bytes, self.progress, self.procs, self.on_article = max_bytes, progress, procs, on_article
        self.fresh = manifest is None
        self.manifest: Manifest = (
            manifest if manifest is not None else Manifest(version=MANIFEST_VERSION, files={})
        )
        if self.fresh:
            report.rebuilt = True
        # what the walk refused (symlinks leaving the corpus, unlistable folders), once per new problem
        known = set() if self.fresh else set(self.manifest.get("scan_warnings", []))
        report.warnings.extend(w for w in scan.warnings if w not in known)
        self.ix, self.created = whoosh_write.open_index(ixdir, self.fresh)
        self.old_files: dict[str, FileEntry] = (
            {} if (self.fresh or self.created) else dict(self.manifest["files"])
        )
        if self.created and not self.fresh:
            plan = diff(scan, None)
        self.plan = plan
        old_skipped = {} if self.fresh else dict(self.manifest.get("skipped", {}))
        self.old_warn: dict[str, list[str]] = (
            {} if self.fresh else dict(self.manifest.get("file_warnings", {}))
        )
        self.files = {rel: self.old_files[rel] for rel in plan.unchanged if rel in self.old_files}
        self.skipped = {rel: old_skipped[rel] for rel in plan.unchanged if rel in old_skipped}
        self.file_warnings = {rel: self.old_warn[rel] for rel in plan.unchanged if rel in self.old_warn}
        # the summaries (2 MB at 10,000 articles) are read only once some article changes:
        # files that were merely touched need none of them
        self._summaries: dict[str, dict[str, Any]] | None = None
        self.new_rows: dict[str, list[Any]] = {}  # content key -> entity rows of the articles analysed now
        self.new_signatures: dict[str, dict[str, Any]] = {}  # article id -> story signature
        self.delete_ids: set[str] = set()
        self.new_docs: list[dict[str, Any]] = []
        self.writer: Any = None  # from MANY_CHANGES documents on: opened at once, fed while analysing
        self.pool: Any = None  # from PARALLEL_PARSE files on: the workers that analyse, then link
        self.done = 0

    # --- helpers --------------------------------------------------------------------------
    @property
    def summaries(self) -> dict[str, dict[str, Any]]:
        if self._summaries is None:
            items = [] if self.fresh else self.ixdir.read_json("summaries.json", {}).get("items", [])
            self._summaries = {s["id"]: s for s in items}
        return self._summaries

    def tick(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, len(self.plan.candidates))

    def skip(self, rel: str, reason: str) -> None:
        stat = self.scan.files[rel]
        self.skipped[rel] = [stat.size, stat.mtime_ns, stat.ctime_ns, reason]
        self.report.skipped.append((stat.path, reason))
        self.report.warnings.append(f"{stat.path}: {reason}; skipped")
        if rel in self.old_files:
            self.report.removed += 1

    def accept(self, rel: str, key: str, found: dict[str, Any], announced: bool = False) -> None:
        """Take an analysed article in, from its digest (``documents.digest``); ``announced``:
        ``on_article`` has had it already."""
        from . import documents

        stat = self.scan.files[rel]
        aid = article_id(rel)
        if found["warnings"]:
            self.file_warnings[rel] = list(found["warnings"])
            self.report.warnings.extend(f"{stat.path}: {w}" for w in found["warnings"])
        self.files[rel] = [stat.size, stat.mtime_ns, stat.ctime_ns, key, aid]
        self.delete_ids.add(aid)
        doc = dict(found["doc"], id=aid, path=documents.storable(rel), hash=key)
        if self.writer is not None:
            self.writer.add_document(**doc)
        else:
            self.new_docs.append(doc)
        summary = self.summaries[aid] = dict(found["summary"], id=aid, path=rel)
        self.new_rows[key] = found["rows"]
        self.new_signatures[aid] = found["story"]
        if self.on_article is not None and not announced:
            self.on_article(summary)
        if rel in self.old_files:
            self.report.updated += 1
        else:
            self.report.added += 1

    # --- the steps ------------------------------------------------------------------------
    def run(self, link: bool) -> None:
        try:
            self._run(link)
        finally:
            if self.pool is not None:
                self.pool.close()

    def _run(self, link: bool) -> None:
        if self.progress is not None and self.plan.candidates:
            # the whole count first: the reader's list says "1 of 200" from its first article
            self.progress(0, len(self.plan.candidates))
        jobs = self.read_candidates()
        self.analyse(jobs)
        for rel in self.plan.removed:
            entry = self.old_files.get(rel)
            if entry is not None:
                self.delete_ids.add(entry[4])
                self.report.removed += 1
        if not (
            self.fresh or self.created or self.delete_ids or self.new_docs or self._summaries is not None
        ):
            # only touched files (same content, new times): the index and side files stay as
            # they are, and so does the token that ties links and totals to them
            self.write_manifest(self.manifest["token"])
            self.report.wrote = True
            return
        self.write_index(link)

    def read_candidates(self) -> list[Job]:
        """Read and hash each candidate; what is known is taken in at once, the rest returned."""
        from .. import ingest
        from . import codec, documents

        jobs: list[Job] = []
        for rel in self.plan.candidates:
            stat = self.scan.files[rel]
            previous = self.old_files.get(rel)
            if previous is not None:
                self.delete_ids.add(previous[4])
            try:
                data = ingest.read_bytes(Path(stat.path), self.max_bytes)
            except ingest.SkipFile as exc:
                self.skip(rel, str(exc))
                self.tick()
                continue
            key = documents.content_key(ingest.format_of(Path(rel)) or "txt", data)
            if previous is not None and previous[3] == key:
                self.files[rel] = [stat.size, stat.mtime_ns, stat.ctime_ns, key, previous[4]]
                self.delete_ids.discard(previous[4])
                if rel in self.old_warn:
                    self.file_warnings[rel] = self.old_warn[rel]
                self.report.touched += 1
                self.tick()
                continue
            stored = self.ixdir.read_object(key)
            if stored is not None:
                article, mentions, facts = codec.decode_article(stored, stat.path)
                self.accept(rel, key, documents.digest(article, mentions, facts, stored))
                self.tick()
            else:
                jobs.append((rel, stat.path, key, data))
                if len(jobs) == PARALLEL_PARSE and self.procs > 1:
                    self.start_pool()  # its processes start up while the other files are read
        return jobs

    def start_pool(self) -> None:
        from . import workers

        if self.pool is None:
            self.pool = workers.Pool(self.ixdir, self.procs, self.scan.root)

    def analyse(self, jobs: list[Job]) -> None:
        keys = {rel: key for rel, _, key, _ in jobs}
        if len(jobs) + len(self.new_docs) >= MANY_CHANGES and self.procs > 1:
            # Whoosh indexes in its own processes while ours analyse: neither waits for the other
            self.writer = whoosh_write.writer(self.ix, self.procs)
            for doc in self.new_docs:
                self.writer.add_document(**doc)
            self.new_docs.clear()
        from . import workers

        try:
            if len(jobs) >= PARALLEL_PARSE and self.procs > 1:
                self.start_pool()
                results = self.pool.analyse(jobs)
            else:
                results = (workers.analyse_one(self.ixdir, job) for job in jobs)
            self.take_in_order([rel for rel, _, _, _ in jobs], keys, results)
        except BaseException:
            if self.writer is not None:
                self.writer.cancel()
            raise

    def take_in_order(self, order: list[str], keys: dict[str, str], results: Iterable[Result]) -> None:
        """Results as they are done: each counts and is announced (``on_article``) at once, and
        is taken in in file order, so the index is the same whatever order they came in."""
        waiting: dict[str, Result] = {}
        nxt = 0
        for result in results:
            rel, found, _ = result
            if found is not None and self.on_article is not None:
                self.on_article(dict(found["summary"], id=article_id(rel), path=rel))
            self.tick()
            waiting[rel] = result
            while nxt < len(order) and order[nxt] in waiting:
                rel, found, reason = waiting.pop(order[nxt])
                nxt += 1
                if found is None:
                    self.skip(rel, reason or "could not be read")
                else:
                    self.accept(rel, keys[rel], found, announced=True)

    def write_index(self, link: bool) -> None:
        """Whoosh, then the side files (stories, summaries, totals, links), then the manifest.

        A multiprocessing writer commits in a thread while the side files are made: its
        processes finish their segments on their own, and the manifest waits for both."""
        ixdir, files, summaries = self.ixdir, self.files, self.summaries
        live_ids = {entry[4] for entry in files.values()}
        for aid in list(summaries):
            if aid not in live_ids:
                self.delete_ids.add(aid)
                summaries.pop(aid, None)
        commit = None
        if self.writer is not None:
            commit = whoosh_write.BackgroundCommit(self.writer, self.delete_ids)
        elif self.delete_ids or self.new_docs or self.created:
            whoosh_write.write(self.ix, self.delete_ids, self.new_docs, self.procs, MANY_CHANGES)
        import uuid  # (imports platform: only when writing)

        token = uuid.uuid4().hex
        try:
            self.write_side_files(token, link)
        finally:
            if commit is not None:
                commit.wait()
        self.write_manifest(token)
        self.report.wrote = True
        for retired in ("facts.json", "entities.json", *story_store.RETIRED):  # of earlier versions
            ixdir.delete_file(retired)
        keep = {entry[3] for entry in files.values()}
        for key in ixdir.object_keys() - keep:
            ixdir.delete_object(key)

    def write_side_files(self, token: str, link: bool) -> None:
        """The stories, summaries, entity totals and (``link``) the links, each with ``token``."""
        ixdir, files, summaries = self.ixdir, self.files, self.summaries
        previous_token = None if self.fresh or self.created else self.manifest.get("token")
        grouper = story_store.update(
            ixdir,
            previous_token,
            token,
            files,
            summaries,
            self.new_signatures,
            relink_mod.signature_reader(ixdir),
        )
        order = sorted(files)
        ixdir.write_json(
            "summaries.json",
            {"token": token, "items": [summaries[files[r][4]] for r in order if files[r][4] in summaries]},
        )
        stored_totals = {} if self.fresh or self.created else ixdir.read_json(entity_totals.FILE, {})
        totals = entity_totals.updated(
            ixdir,
            stored_totals,
            None if self.fresh else self.manifest.get("token"),
            self.old_files,
            files,
            self.new_rows,
        )
        ixdir.write_json(entity_totals.FILE, {"token": token, "items": totals})
        if link:
            stories = {sid: story.members for sid, story in grouper.stories.items()}
            previous = ixdir.read_json(link_store.FILE, {}) or {}
            run = self.pool.link if self.pool is not None else None  # the stories linked in parallel
            links = relink_mod.link_all(ixdir, self.scan.root, files, stories, previous, run)
            ixdir.write_json(link_store.FILE, dict(links, token=token))

    def write_manifest(self, token: str) -> None:
        """The manifest, written last (an update killed before this is redone), then its stamp."""
        self.ixdir.write_json(
            "manifest.json",
            {
                "version": MANIFEST_VERSION,
                "schema": SCHEMA_VERSION,
                "fingerprint": self.fingerprint,
                "corpus": str(self.scan.root),
                "shared": self.ixdir.shared,
                "token": token,
                "updated": time.time(),
                "files": self.files,
                "skipped": self.skipped,
                "file_warnings": self.file_warnings,
                "scan_warnings": list(self.scan.warnings),
            },
        )
        self.ixdir.write_stamp(self.scan.digest(), self.fingerprint)  # under the lock, of that manifest
