"""The grouping state of an index (``story_state.sqlite``), read and written a bucket at a time.

The state is what ``stories.grouping.Grouper`` keeps: every article's signature and
story, the corpus' term counts, the postings (term -> stories holding it) and the
copies' sketches, in the form the grouper uses, so that loading rebuilds nothing.
Each of those four tables is split in ``lazy.BUCKETS`` buckets (one row each, a
``marshal``'d dict); an update reads only the buckets of the articles and terms it
touches (``lazy.LazyDict``) and writes back only those, in one SQLite transaction
that also sets the manifest token the state matches: a crash mid-write is rolled
back by SQLite, and a state left with another token than the manifest's is rebuilt.

A state written whole (a new index, or one rebuilt) goes to a temporary file renamed
over the old one, after any rollback journal of the old file is deleted (a journal
left beside a new file would be played back into it). A state of another format, of
another ``marshal`` version, or unreadable is ignored: the caller rebuilds it.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..stories.grouping import STATE_VERSION, Grouper
from ..stories.lazy import BUCKETS, LazyDict, bucket_of
from .store import IndexDir

FILE = "story_state.sqlite"
FORMAT = f"1/{STATE_VERSION}/{BUCKETS}/{marshal.version}"
TABLES = ("articles", "df", "postings", "sketches")


class Unreadable(Exception):
    """The stored state cannot be read (a corrupt file): the grouping is rebuilt."""


class StoredState:
    """An open state file and the grouper read from it (its tables are ``LazyDict``s)."""

    def __init__(self, path: Path, con: sqlite3.Connection, meta: dict[str, str]) -> None:
        self.path, self.con = path, con
        self._read: dict[tuple[str, int], bytes] = {}  # (table, bucket) -> the row as read
        stories = marshal.loads(_blob(con, "stories"))
        articles, df, postings, sketches = (LazyDict(self._reader(n), int(meta[f"size:{n}"])) for n in TABLES)
        self.grouper = Grouper.from_tables(articles, df, postings, sketches, stories)

    def _reader(self, table: str) -> Any:
        def read(bucket: int) -> dict[Any, Any]:
            try:
                row = self.con.execute(f"SELECT data FROM {table} WHERE bucket = ?", (bucket,)).fetchone()
                if row is None:
                    return {}
                self._read[table, bucket] = raw = bytes(row[0])
                return dict(marshal.loads(raw))
            except (sqlite3.Error, ValueError, EOFError, TypeError) as exc:
                raise Unreadable(str(exc)) from exc

        return read

    def save(self, token: str) -> None:
        """Write back the buckets read that changed (the others an update cannot have changed), in one
        transaction."""
        con, grouper = self.con, self.grouper
        con.execute("BEGIN IMMEDIATE")
        try:
            for name in TABLES:
                table = getattr(grouper, name)
                assert isinstance(table, LazyDict)
                gone = []
                rows = []
                for bucket, items in table.loaded().items():
                    raw = self._read.get((name, bucket))
                    if not items:
                        if raw is not None:
                            gone.append((bucket,))
                    elif raw is None or marshal.loads(raw) != items:
                        rows.append((bucket, marshal.dumps(items)))
                con.executemany(f"INSERT OR REPLACE INTO {name} (bucket, data) VALUES (?, ?)", rows)
                con.executemany(f"DELETE FROM {name} WHERE bucket = ?", gone)
            _write_header(con, token, grouper)
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite rolled back itself
            raise

    def close(self) -> None:
        self.con.close()


def open_state(ixdir: IndexDir, token: str) -> StoredState | None:
    """The stored state when it is of this format and matches the manifest ``token``, else None."""
    path = ixdir.path / FILE
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("format") != FORMAT or meta.get("token") != token:
            con.close()
            return None
        return StoredState(path, con, meta)
    except (sqlite3.Error, ValueError, EOFError, TypeError, KeyError):
        con.close()
        return None


def write_whole(ixdir: IndexDir, token: str, grouper: Grouper) -> None:
    """Write the whole state of ``grouper`` (plain dicts) to a new file that replaces the old one."""
    path = ixdir.path / FILE
    tmp = path.with_name(f".{FILE}.tmp")
    for leftover in (tmp, _journal(tmp)):
        _unlink(leftover)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, ixdir.file_mode))
    con = sqlite3.connect(tmp, isolation_level=None)
    try:
        con.execute("BEGIN")
        _create(con)
        for name in TABLES:
            buckets: defaultdict[int, dict[Any, Any]] = defaultdict(dict)
            for key, value in getattr(grouper, name).items():
                buckets[bucket_of(key)][key] = value
            rows = [(b, marshal.dumps(items)) for b, items in sorted(buckets.items())]
            con.executemany(f"INSERT INTO {name} (bucket, data) VALUES (?, ?)", rows)
        _write_header(con, token, grouper)
        con.execute("COMMIT")
    finally:
        con.close()
    os.chmod(tmp, ixdir.file_mode)
    _unlink(path)  # the old file first, then its journal: never a new file beside an old journal
    _unlink(_journal(path))
    os.replace(tmp, path)


def delete(ixdir: IndexDir) -> None:
    """Remove the state (and a journal left beside it)."""
    _unlink(ixdir.path / FILE)
    _unlink(_journal(ixdir.path / FILE))


def _create(con: sqlite3.Connection) -> None:
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    con.execute("CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL)")
    for name in TABLES:
        con.execute(f"CREATE TABLE {name} (bucket INTEGER PRIMARY KEY, data BLOB NOT NULL)")


def _write_header(con: sqlite3.Connection, token: str, grouper: Grouper) -> None:
    stories = {sid: s.members for sid, s in sorted(grouper.stories.items())}
    con.execute("INSERT OR REPLACE INTO blobs (name, data) VALUES ('stories', ?)", (marshal.dumps(stories),))
    meta = {"format": FORMAT, "token": token}
    meta.update({f"size:{name}": str(len(getattr(grouper, name))) for name in TABLES})
    con.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", sorted(meta.items()))


def _blob(con: sqlite3.Connection, name: str) -> bytes:
    row = con.execute("SELECT data FROM blobs WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise KeyError(name)
    return bytes(row[0])


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
