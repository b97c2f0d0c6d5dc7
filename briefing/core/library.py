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
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import CorpusError
from .index import codec, location
from .index.scan import corpus_root
from .index.store import IndexDir, Manifest
from .index.updater import UpdateReport
from .index.updater import article_id as _rel_id
from .library_entities import EntityCalls
from .library_links import LinkCalls
from .library_open import UpdateOptions, open_index
from .library_reader import ReaderCalls
from .library_search import SORTS, SearchCalls
from .library_stories import StoryCalls
from .model import Article, ArticleSummary, Fact, Mention

if TYPE_CHECKING:
    from whoosh.index import Index
    from whoosh.searching import Searcher

    from .index.background_check import BackgroundCheck
    from .index.entity_totals import EntityRow
    from .index.link_process import LinkProcess

__all__ = ["SORTS", "Library", "article_id", "summary_of"]


def article_id(corpus: Path, path: str) -> str:
    """A stable id: a hash of the article's path relative to the corpus folder."""
    try:
        rel = os.path.relpath(os.path.abspath(path), corpus_root(Path(corpus)))
    except ValueError:
        rel = path
    return _rel_id(rel.replace(os.sep, "/"))


def summary_of(entry: Mapping[str, Any], root: str, fact_limit: int | None = None) -> ArticleSummary:
    """An article's summary from its entry in summaries.json (the path relative to ``root``).

    The index keeps up to ``facts.extract.MAX_FACTS`` key facts an article; its count is
    the number a reader is shown, at most ``fact_limit`` (``facts_per_article``), so the
    source list says "8 facts" where the key facts pane lists eight.
    """
    facts = int(entry.get("facts", 0))
    return ArticleSummary(
        entry["id"],
        os.path.join(root, entry["path"]),  # not Path "/": 10,000 Path objects cost ~80 ms
        entry.get("title", ""),
        entry.get("outlet", ""),
        entry.get("date", ""),
        entry.get("entities", 0),
        facts if fact_limit is None else min(facts, fact_limit),
        entry.get("story", ""),
        entry.get("story_title", ""),
    )


# the mixins that provide a call come before those that only declare it (StoryCalls declares
# _links_data, ReaderCalls _ids_naming): the first in this order is the one that runs
class Library(LinkCalls, EntityCalls, SearchCalls, StoryCalls, ReaderCalls):
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
        self._manifest_data: Manifest | None = None
        self._by_id_map: dict[str, tuple[str, str]] | None = None
        self._warnings: list[str] | None = None
        self._summaries: list[ArticleSummary] | None = None
        self._cache: dict[str, tuple[Article, list[Mention], list[Fact]]] = {}
        self._links: dict[str, Any] | None = None
        self._entity_rows: list[EntityRow] | None = None
        self._listed_rows_cache: tuple[list[EntityRow], list[EntityRow]] | None = None
        self._ix: Index | None = None
        self._searcher: Searcher | None = None
        self._lock = threading.RLock()  # the reader calls from worker threads
        self.defer_links = False  # see link_now()
        self._check: BackgroundCheck | None = None  # pending while opened by open_unverified
        self._link_process: LinkProcess | None = None  # running while link_now links
        self._closed = False
        self._open_options: dict[str, Any] = {}

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
        on_article: Callable[[dict[str, Any]], None] | None = None,
        **_options: object,
    ) -> Library:
        """Open ``corpus``, updating its index first (unless a fresh shared index serves it).

        ``shared=True`` builds/updates ``corpus/.briefing-index`` (``briefing index --shared``).
        ``wait`` bounds how long to wait for another process updating the same index.
        ``link=False`` defers cross-source linking until facts or the briefing are asked for
        (one-shot search never needs it). ``on_article`` gets each article's summary entry as
        it is analysed (see ``index.updater.update``). The steps are in ``library_open``.
        """
        options = UpdateOptions(max_bytes, rebuild, progress, wait, link, on_article)
        opened = open_index(Path(corpus), options, update_index=update_index, shared=shared)
        return cls(
            corpus,
            opened.ixdir,
            report=opened.report,
            notices=opened.notices,
            read_only=opened.read_only,
            shared=opened.shared,
            temporary=opened.temporary,
            one_shot=one_shot,
        )

    @classmethod
    def open_unverified(cls, corpus: Path, one_shot: bool = True, **options: Any) -> Library | None:
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

    def verified(self, **options: Any) -> Library:
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
            from .library_open import remove_temporary

            remove_temporary(self.index_dir.path)
            self._temporary = False

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _manifest(self) -> Manifest:
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

    @_by_id.setter
    def _by_id(self, value: dict[str, tuple[str, str]]) -> None:
        # StoryCalls declares _by_id as an attribute; a property overriding one must be settable
        self._by_id_map = value

    @property
    def warnings(self) -> list[str]:
        """What indexing said about files of the corpus (skipped, decoded with a fallback...)."""
        if self._warnings is None:
            self._warnings = self._collect_warnings(self._manifest)
        return self._warnings

    def _collect_warnings(self, manifest: Manifest) -> list[str]:
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
            limit = self.fact_limit
            self._summaries = [summary_of(s, root, limit) for s in items if s.get("id") in ids]
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
        from .facts import ranking
        from .facts.extract import most_shown

        article, _mentions, facts = self._load(aid)
        return ranking.shown(facts, self.fact_limit, most_shown(article))

    def facts_beyond(self, aid: str) -> list[Fact]:
        """The article's candidates it does not show that other sources state (``ranking.beyond``)."""
        from .facts import ranking
        from .facts.extract import most_shown

        article, _mentions, facts = self._load(aid)
        return ranking.beyond(facts, self.fact_limit, most_shown(article))

    def iter_articles(self) -> Iterator[tuple[str, Article, list[Mention], list[Fact]]]:
        """Every article with its mentions and facts, in path order (for the one-shot commands)."""
        from .facts import ranking
        from .facts.extract import most_shown

        for summary in self.summaries():
            article, mentions, facts = self._load(summary.id)
            yield summary.id, article, mentions, ranking.shown(facts, self.fact_limit, most_shown(article))

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
