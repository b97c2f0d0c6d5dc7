"""The one facade the TUI and the CLI use to reach a corpus.

``Library.open(corpus)`` brings the corpus' index up to date (stat first, only
changed files are read; see ``core.index``) or uses a fresh shared index
read-only, then serves everything from the index: article summaries, articles
rebuilt from their stored analysis (no re-parse), entities, facts, the
briefing-wide facts and Whoosh search. Both front ends call only this, so they
always agree.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import CorpusError, QueryError
from .index import codec, location
from .index.scan import corpus_root, scan
from .index.store import IndexDir
from .index.updater import UpdateReport, update
from .index.updater import article_id as _rel_id
from .library_reader import ReaderCalls
from .library_stories import StoryCalls
from .model import Article, ArticleSummary, EntitySummary, Fact, Hit, Mention, SearchResult

SORTS = ("score", "date")


def article_id(corpus: Path, path: str) -> str:
    """A stable id: a hash of the article's path relative to the corpus folder."""
    try:
        rel = os.path.relpath(os.path.abspath(path), corpus_root(Path(corpus)))
    except ValueError:
        rel = path
    return _rel_id(rel.replace(os.sep, "/"))


def summary_of(entry: dict, root: str) -> ArticleSummary:
    """An article's summary from its entry in summaries.json (the path relative to ``root``)."""
    return ArticleSummary(
        entry["id"],
        os.path.join(root, entry["path"]),  # not Path "/": 10,000 Path objects cost ~80 ms
        entry.get("title", ""),
        entry.get("outlet", ""),
        entry.get("date", ""),
        entry.get("entities", 0),
        entry.get("facts", 0),
        entry.get("story", ""),
        entry.get("story_title", ""),
    )


class Library(StoryCalls, ReaderCalls):
    """Articles of one corpus with their entities, facts and a search, backed by an index."""

    def __init__(
        self,
        corpus: Path,
        ixdir: IndexDir,
        *,
        report: UpdateReport | None = None,
        notices: list[str] | None = None,
        read_only: bool = False,
        shared: location.SharedStatus | None = None,
        temporary: bool = False,
        one_shot: bool = False,
    ) -> None:
        self.corpus = Path(corpus)
        self.root = corpus_root(self.corpus)
        self.index_dir = ixdir
        self.report = report or UpdateReport()
        self.notices: list[str] = list(notices or [])
        self.read_only = read_only
        self.shared_status = shared
        self._temporary = temporary
        # a one-shot command opens Whoosh with plain reads: no up-front copy of the segments
        # (~50 ms at 10,000 articles), each query a little slower; the reader keeps mmap
        self.one_shot = one_shot
        if not ixdir.exists():
            raise CorpusError(
                f"the index at {ixdir.path} is missing or unreadable; run 'briefing index --rebuild'"
            )
        # the manifest (1.7 MB at 10,000 articles) is read on first need: a search never needs it
        self._manifest_data: dict | None = None
        self._by_id_map: dict[str, tuple[str, str]] | None = None
        self._warnings: list[str] | None = None
        self._summaries: list[ArticleSummary] | None = None
        self._cache: dict[str, tuple[Article, list[Mention], list[Fact]]] = {}
        self._links: dict | None = None
        self._entity_rows: list | None = None
        self._listed_rows_cache: tuple[list, list] | None = None
        self._ix = None
        self._searcher = None
        self._lock = threading.RLock()  # the reader calls from worker threads
        self.defer_links = False  # see link_now()
        self._check = None  # a pending background_check.BackgroundCheck (open_unverified)
        self._link_process = None  # a running index.link_process.LinkProcess (link_now)
        self._closed = False
        self._open_options: dict = {}

    # --- opening --------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        corpus: Path,
        *,
        max_bytes: int = 5 * 1024 * 1024,
        update_index: bool = True,
        rebuild: bool = False,
        shared: bool = False,
        progress: Callable[[int, int], None] | None = None,
        wait: float | None = None,
        link: bool = True,
        one_shot: bool = False,
        on_article: Callable[[dict], None] | None = None,
        **_options,
    ) -> Library:
        """Open ``corpus``, updating its index first (unless a fresh shared index serves it).

        ``shared=True`` builds/updates ``corpus/.briefing-index`` (``briefing index --shared``).
        ``wait`` bounds how long to wait for another process updating the same index.
        ``link=False`` defers cross-source linking until facts or the briefing are asked for
        (one-shot search never needs it). ``on_article`` gets each article's summary entry as
        it is analysed (see ``index.updater.update``).
        """
        corpus = Path(corpus)
        if shared and not corpus.is_dir():
            raise CorpusError(f"--shared needs a corpus folder; {corpus} is a file")
        listing = scan(corpus)
        choice = location.choose(corpus, listing, write_shared=shared)
        notices = list(choice.notices)
        ixdir, fingerprint = choice.ixdir, choice.fingerprint
        if choice.read_only:
            if not rebuild:
                return cls(
                    corpus, ixdir, notices=notices, read_only=True, shared=choice.shared, one_shot=one_shot
                )
            # --rebuild without --shared never touches the shared index: rebuild the private one
            from . import paths

            ixdir = IndexDir(paths.private_index_dir(corpus))
            fingerprint = location.private_fingerprint(corpus)
        report = UpdateReport()
        temporary = False
        if update_index or not ixdir.exists():
            timeout = wait if wait is not None else (5.0 if ixdir.exists() else 120.0)
            try:
                report = update(
                    ixdir,
                    listing,
                    fingerprint,
                    max_bytes=max_bytes,
                    rebuild=rebuild,
                    progress=progress,
                    lock_timeout=timeout,
                    link=link,
                    on_article=on_article,
                )
            except OSError as exc:
                if shared:
                    raise CorpusError(
                        f"cannot write the shared index {ixdir.path} "
                        f"({exc.strerror or exc}); run as a user who may write {corpus}"
                    ) from None
                problem = f"cannot write the index at {ixdir.path} ({exc.strerror or exc})"
                if ixdir.exists():
                    notices.append(f"{problem}; using it as it is")
                else:
                    import tempfile

                    ixdir = IndexDir(Path(tempfile.mkdtemp(prefix="briefing-index-")))
                    temporary = True
                    notices.append(f"{problem}; indexing in a temporary folder for this run")
                    report = update(
                        ixdir,
                        listing,
                        fingerprint,
                        max_bytes=max_bytes,
                        progress=progress,
                        lock_timeout=timeout,
                        link=link,
                        on_article=on_article,
                    )
            if report.busy:
                if not ixdir.exists():
                    raise CorpusError(
                        f"another briefing process is building the index at {ixdir.path}; "
                        "try again when it has finished"
                    )
                notices.append(
                    f"another briefing process is updating the index at {ixdir.path}; using it as it was"
                )
        return cls(
            corpus,
            ixdir,
            report=report,
            notices=notices,
            shared=choice.shared,
            temporary=temporary,
            one_shot=one_shot,
        )

    @classmethod
    def open_unverified(cls, corpus: Path, one_shot: bool = True, **options) -> Library | None:
        """The index the last command used, opened at once, while a forked child checks that it
        still matches the corpus; ``verified()`` gives the answer. None when that cannot be done
        (no index yet, no fork, threads running): then use ``open``.

        For one-shot commands (and the reader, before it starts threads): what is computed
        before ``verified()`` may have to be thrown away. ``options`` are those of ``open``.
        """
        from .index import background_check

        if not background_check.can_fork():
            return None
        try:
            guessed = location.guess(Path(corpus))
        except OSError:
            return None
        if guessed is None:
            return None
        ixdir, read_only = guessed
        try:
            lib = cls(corpus, ixdir, read_only=read_only, one_shot=one_shot)
        except CorpusError:
            return None
        lib._check = background_check.BackgroundCheck(Path(corpus), ixdir.path, read_only)
        lib._open_options = dict(options, one_shot=one_shot)
        return lib

    def check_fresh(self) -> bool:
        """True when the background check (``open_unverified``) found the index fresh, or
        there was none; False when it must be updated (then ``verified()`` would reopen)."""
        check = self._check
        if check is None or check.fresh():
            self._check = None
            return True
        return False

    def verified(self, **options) -> Library:
        """``self`` when the background check found the index fresh; otherwise this library is
        closed and the one ``open`` returns (after updating the index) is given instead.
        ``options`` add to those given to ``open_unverified`` (e.g. a progress callback)."""
        check = self._check
        if check is None or check.fresh():
            self._check = None
            return self
        self.close()
        return type(self).open(self.corpus, **{**self._open_options, **options})

    def close(self) -> None:
        self._closed = True
        process = self._link_process
        if process is not None:
            process.stop()
        if self._check is not None:
            self._check.cancel()
            self._check = None
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._ix = None
        if self._temporary:
            import shutil

            shutil.rmtree(self.index_dir.path, ignore_errors=True)
            self._temporary = False

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def _manifest(self) -> dict:
        if self._manifest_data is None:
            manifest = self.index_dir.read_manifest()
            if manifest is None:
                raise CorpusError(
                    f"the index at {self.index_dir.path} is missing or unreadable; "
                    "run 'briefing index --rebuild'"
                )
            self._manifest_data = manifest
        return self._manifest_data

    @property
    def _by_id(self) -> dict[str, tuple[str, str]]:
        """Article id -> (path relative to the corpus, content key)."""
        if self._by_id_map is None:
            self._by_id_map = {e[4]: (rel, e[3]) for rel, e in self._manifest["files"].items()}
        return self._by_id_map

    @property
    def warnings(self) -> list[str]:
        """What indexing said about files of the corpus (skipped, decoded with a fallback...)."""
        if self._warnings is None:
            self._warnings = self._collect_warnings(self._manifest)
        return self._warnings

    def _collect_warnings(self, manifest: dict) -> list[str]:
        out = list(manifest.get("scan_warnings", []))
        for rel, entry in sorted(manifest.get("skipped", {}).items()):
            out.append(f"{self.root / rel}: {entry[3]}; skipped")
        for rel, lines in sorted(manifest.get("file_warnings", {}).items()):
            out.extend(f"{self.root / rel}: {w}" for w in lines)
        return out

    def skipped(self) -> dict[str, str]:
        """Files of the corpus that are not articles, with the reason (empty, binary, too big...)."""
        return {
            str(self.root / rel): entry[3] for rel, entry in sorted(self._manifest.get("skipped", {}).items())
        }

    # --- articles -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._by_id)

    def path_of(self, aid: str) -> str:
        return str(self.root / self._by_id[aid][0])

    def summaries(self) -> list[ArticleSummary]:
        """One summary per article, sorted by path; read from one small side file."""
        if self._summaries is None:
            items = self.index_dir.read_json("summaries.json", {}).get("items", [])
            root = str(self.root)
            ids = self._by_id
            self._summaries = [summary_of(s, root) for s in items if s.get("id") in ids]
        return list(self._summaries)

    def _load(self, aid: str) -> tuple[Article, list[Mention], list[Fact]]:
        with self._lock:
            return self._load_locked(aid)

    def _load_locked(self, aid: str) -> tuple[Article, list[Mention], list[Fact]]:
        if aid in self._cache:
            return self._cache[aid]
        if aid not in self._by_id:
            raise KeyError(aid)
        rel, key = self._by_id[aid]
        path = str(self.root / rel)
        stored = self.index_dir.read_object(key)
        if stored is not None:
            loaded = codec.decode_article(stored, path)
        else:  # removed by a concurrent update: read the file itself
            from . import ingest
            from .index import documents

            try:
                article = ingest.load_file(path)
            except ingest.SkipFile as exc:
                raise CorpusError(f"{path}: {exc}; run 'briefing index' to refresh") from None
            loaded = (article, *documents.analyse(article))
        if len(self._cache) >= 64:
            self._cache.pop(next(iter(self._cache)))
        self._cache[aid] = loaded  # before linking: the links' own sentences are read from it
        self._apply_links(aid, loaded[2])
        return loaded

    def article(self, aid: str) -> Article:
        """The full article, rebuilt from the stored analysis (the file is not re-parsed)."""
        return self._load(aid)[0]

    def id_of(self, path: str) -> str | None:
        aid = article_id(self.corpus, path)
        return aid if aid in self._by_id else None

    def mentions(self, aid: str) -> list[Mention]:
        return self._load(aid)[1]

    def facts(self, aid: str) -> list[Fact]:
        """The article's facts, best first, with ``corroborated_by`` from cross-source linking."""
        return self._load(aid)[2][: self.fact_limit]

    def iter_articles(self) -> Iterator[tuple[str, Article, list[Mention], list[Fact]]]:
        """Every article with its mentions and facts, in path order (for the one-shot commands)."""
        for summary in self.summaries():
            article, mentions, facts = self._load(summary.id)
            yield summary.id, article, mentions, facts[: self.fact_limit]

    def select(self, given: list[str | Path]) -> list[str]:
        """Ids of the articles at or under the given files/folders, in path order
        (for commands taking FILE|DIR arguments); every article when ``given`` is empty."""
        if not given:
            return [s.id for s in self.summaries()]
        wanted = [os.path.abspath(p) for p in given]
        out = []
        for summary in self.summaries():
            path = os.path.abspath(summary.path)
            if any(path == w or path.startswith(w.rstrip(os.sep) + os.sep) for w in wanted):
                out.append(summary.id)
        return out

    def _links_data(self) -> dict:
        with self._lock:
            if self._links is None:
                if self.defer_links:
                    return {}  # the reader loads or computes them in a worker (link_now)
                self._links = self._read_or_link(self._manifest)
            return self._links

    def _read_or_link(self, manifest: dict, elsewhere: bool = False) -> dict | None:
        """links.json when it belongs to ``manifest``, else the links computed now: here, or
        with ``elsewhere`` in a spawned process (None when the library was closed meanwhile)."""
        links = self.index_dir.read_json("links.json", {}) or {}
        if links.get("token") == manifest.get("token"):
            return links
        if elsewhere:
            return self._link_elsewhere(manifest)
        from .index.updater import relink

        return relink(self.index_dir, self.root, manifest, write=not self.read_only)

    @property
    def links_pending(self) -> bool:
        """True while cross-source links are deferred and not computed yet."""
        return self.defer_links and self._links is None

    def link_now(self) -> None:
        """Compute (or load) the cross-source links now; articles loaded without them are reloaded.

        With ``defer_links`` set, facts and the briefing come without links until this runs,
        so a caller (the reader) can show the corpus first and link in a worker thread. The
        library's lock is not held while linking (minutes at 10,000 articles): other threads
        keep loading articles meanwhile.
        """
        with self._lock:
            if self._links is not None:
                return
            manifest = self._manifest
        links = self._read_or_link(manifest, elsewhere=True)
        if links is None:
            return  # closed meanwhile
        with self._lock:
            if self._links is None:
                self._links = links
            self._cache.clear()

    def _link_elsewhere(self, manifest: dict) -> dict | None:
        """Links computed in a spawned process (see index.link_process), else here."""
        from .index.link_process import LinkProcess
        from .index.updater import relink

        try:
            process = LinkProcess(self.index_dir, self.root, manifest, write=not self.read_only)
        except (OSError, ValueError, RuntimeError):  # no process could be started
            process = None
        self._link_process = process  # close() stops it
        found = process.result() if process is not None else None
        self._link_process = None
        if self._closed:
            return None
        if found is None:
            found = relink(self.index_dir, self.root, manifest, write=not self.read_only)
        return found

    # --- entities -------------------------------------------------------------------
    def _entity_table(self) -> list:
        """[canonical, type, mentions, articles] rows, most mentioned first (see entity_totals)."""
        with self._lock:
            if self._entity_rows is None:
                from .index import entity_totals

                stored = self.index_dir.read_json(entity_totals.FILE, {}) or {}
                if stored.get("token") == self._manifest.get("token") and isinstance(
                    stored.get("items"), list
                ):
                    self._entity_rows = stored["items"]
                else:  # an index written before the table existed: count from the stored analysis
                    self._entity_rows = entity_totals.recount(self.index_dir, self._manifest["files"])
            return self._entity_rows

    def _listed_rows(self, relative_dates: bool) -> list:
        """The entity table without relative dates ("this week"), unless they are asked for."""
        rows = self._entity_table()
        if relative_dates:
            return rows
        with self._lock:
            if self._listed_rows_cache is None or self._listed_rows_cache[0] is not rows:
                from .entities.dates import listed

                self._listed_rows_cache = (rows, [r for r in rows if listed(r[1], r[0])])
            return self._listed_rows_cache[1]

    def entities(self, limit: int | None = None, relative_dates: bool = False) -> list[EntitySummary]:
        """Entities across the corpus, most mentioned first (the first ``limit`` of them).

        Relative dates ("this week", "recent years") are left out unless ``relative_dates``.
        """
        rows = self._listed_rows(relative_dates)
        return [EntitySummary(c, t, m, a) for c, t, m, a in (rows if limit is None else rows[:limit])]

    def entity_count(self, relative_dates: bool = False) -> int:
        return len(self._listed_rows(relative_dates))

    def entity_types(self) -> set[str]:
        """The entity types that occur anywhere in the corpus."""
        return {row[1] for row in self._entity_table()}

    def mentions_of(self, canonical: str) -> list[tuple[str, Mention]]:
        """Every mention of ``canonical`` across the corpus, by article in path order. The
        index's entity field finds the articles that may name it; their mentions decide."""
        from .index import query as query_mod

        candidates = set(self._ids_naming(query_mod.entity_query(canonical)))
        out = []
        for summary in self.summaries():
            if summary.id in candidates:
                out.extend((summary.id, m) for m in self.mentions(summary.id) if m.canonical == canonical)
        return out

    def _ids_naming(self, q) -> list[str]:
        if q is None:
            return []
        with self._lock:
            for attempt in range(3):  # a concurrent commit may replace segment files: reopen
                try:
                    searcher = self._open_searcher(reopen=attempt > 0)
                    return [
                        fields.get("id", "")
                        for fields in (hit.fields() for hit in searcher.search(q, limit=None))
                    ]
                except Exception:  # noqa: BLE001 - as in _search_locked
                    continue
        return []

    # --- search ---------------------------------------------------------------------
    def _open_searcher(self, reopen: bool = False):
        from whoosh.filedb.filestore import FileStorage

        if reopen and self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is None or reopen:
            # with mmap, Whoosh copies each segment part into memory as the searcher opens
            # (~50 ms at 10,000 articles) and queries run from memory; with plain reads the
            # open is instant and each query reads what it needs (phrase and fuzzy queries
            # ~1.5-2x slower). One query: plain reads; the reader's many: mmap.
            storage = FileStorage(str(self.index_dir.whoosh_path), supports_mmap=not self.one_shot)
            self._ix = storage.open_index()
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        elif not self._searcher.up_to_date():
            self._searcher.close()
            self._searcher = self._ix.searcher()
        return self._searcher

    def search(
        self,
        query: str,
        limit: int = 10,
        sort: str = "score",
        snippets_per_hit: int = 3,
        prefix: bool = False,
    ) -> SearchResult:
        """Whoosh query syntax; hits with their best sentences and highlighted terms.

        ``prefix``: the query is being typed, its last word also matches the start of a
        word (the reader's search as you type; ``briefing search`` keeps the syntax exact).
        Raises QueryError (one line) for a query that cannot be used.
        """
        from .index import query as query_mod

        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}; use score or date")
        limit = max(1, int(limit))
        from .index.schema import query_schema

        q = (query_mod.parse_typing if prefix else query_mod.parse)(query, query_schema())
        with self._lock:
            return self._search_locked(query, q, limit, sort, snippets_per_hit)

    def _search_locked(self, query: str, q, limit: int, sort: str, snippets_per_hit: int) -> SearchResult:
        last_error: Exception | None = None
        for attempt in range(5):  # a concurrent commit may delete segment files under us: reopen
            if attempt:
                import time

                time.sleep(0.02 * attempt)  # let the other process finish renaming its files
            try:
                searcher = self._open_searcher(reopen=attempt > 0)
                return self._run(searcher, query, q, limit, sort, snippets_per_hit)
            except Exception as exc:  # noqa: BLE001 - files vanishing under a concurrent commit
                last_error = exc
        raise CorpusError(
            f"cannot search the index at {self.index_dir.path} ({last_error}); run 'briefing index --rebuild'"
        )

    def _run(self, searcher, text: str, q, limit: int, sort: str, per_hit: int) -> SearchResult:
        from .index import query as query_mod
        from .index import snippets

        results = searcher.search(q, limit=None if sort == "date" else limit)
        total = len(results)
        rows = [(hit.score, hit.fields()) for hit in results]
        if sort == "date":
            rows.sort(
                key=lambda r: (
                    r[1].get("date") is None,
                    -(r[1]["date"].timestamp() if r[1].get("date") else 0),
                    -r[0],
                    r[1].get("path", ""),
                )
            )
            rows = rows[:limit]
        terms = query_mod.positive_terms(q, searcher.reader())
        hits = []
        for score, fields in rows:
            aid = fields.get("id", "")
            rel = fields.get("path", "")
            if "\\" in rel and aid in self._by_id:  # a non-UTF-8 name, stored escaped (documents.storable)
                rel = self._by_id[aid][0]
            path = str(self.root / rel)
            article = self._article_for_hit(aid, fields.get("hash", ""), path)
            found = snippets.best_sentences(article, terms, per_hit) if article is not None else []
            hits.append(
                Hit(
                    aid,
                    path,
                    fields.get("title", ""),
                    fields.get("outlet", ""),
                    fields.get("date_text", ""),
                    round(float(score), 4),
                    found,
                )
            )
        return SearchResult(text, total, hits)

    def _article_for_hit(self, aid: str, key: str, path: str) -> Article | None:
        if aid in self._cache:
            return self._cache[aid][0]
        stored = self.index_dir.read_object(key) if key else None
        if stored is not None:
            return codec.decode_article(stored, path)[0]
        from . import ingest

        try:
            return ingest.load_file(path)
        except (ingest.SkipFile, OSError):
            return None
