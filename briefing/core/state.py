"""Per-user reader state: read marks, the last position and search history, per corpus;
layout preferences (side pane widths) per user.

Stored in SQLite (standard library) with WAL in the XDG state dir
(``state.sqlite3``, dir 0700, file 0600). Every change is one small
transaction of upserts/inserts, so two sessions of one user at once lose no
update. When the state dir cannot be written the reader still works: state is
kept in memory for the session and ``notice`` says why.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from . import paths

FILE_NAME = "state.sqlite3"
HISTORY_LIMIT = 200

_SCHEMA = """
CREATE TABLE IF NOT EXISTS read_marks (corpus TEXT NOT NULL, article TEXT NOT NULL, at REAL NOT NULL,
                                       PRIMARY KEY (corpus, article));
CREATE TABLE IF NOT EXISTS positions (corpus TEXT PRIMARY KEY, article TEXT NOT NULL,
                                      offset INTEGER NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS searches (id INTEGER PRIMARY KEY AUTOINCREMENT, corpus TEXT NOT NULL,
                                     query TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS prefs (name TEXT PRIMARY KEY, value TEXT NOT NULL, at REAL NOT NULL);
"""
PREF_VALUE_LIMIT = 200


class State:
    """One user's state for one corpus."""

    def __init__(self, corpus: Path, path: Path | None = None) -> None:
        self.corpus_key = paths.corpus_key(corpus)
        self.notice = ""
        self._lock = threading.Lock()
        self.path: Path | None = None
        try:
            target = path or paths.state_dir() / FILE_NAME
            paths.ensure_private_dir(target.parent)
            if not target.exists():
                os.close(os.open(target, os.O_WRONLY | os.O_CREAT, 0o600))
            self._db = self._connect(str(target))
            self.path = target
        except (OSError, sqlite3.Error) as exc:
            where = path or paths.state_dir()
            reason = getattr(exc, "strerror", None) or str(exc)
            self.notice = (
                f"state dir {where} is not writable ({reason}); read marks and "
                "positions are kept for this session only"
            )
            self._db = self._connect(":memory:")

    @staticmethod
    def _connect(target: str) -> sqlite3.Connection:
        db = sqlite3.connect(target, timeout=10.0, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA busy_timeout = 10000")
        if target != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
        db.executescript(_SCHEMA)
        return db

    @property
    def persistent(self) -> bool:
        return self.path is not None

    def _write(self, sql: str, params: tuple[object, ...]) -> None:
        with self._lock:
            try:
                self._db.execute(sql, params)
            except sqlite3.Error as exc:
                if not self.notice:
                    self.notice = f"could not save reader state ({exc}); continuing without saving"

    def _write_many(self, sql: str, rows: list[tuple[object, ...]]) -> None:
        """Many rows in one transaction (all or nothing)."""
        with self._lock:
            try:
                with self._db:  # BEGIN ... COMMIT, ROLLBACK on error
                    self._db.execute("BEGIN")
                    self._db.executemany(sql, rows)
            except sqlite3.Error as exc:
                if not self.notice:
                    self.notice = f"could not save reader state ({exc}); continuing without saving"

    def _read(self, sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error:
                return []

    # --- read marks -------------------------------------------------------------------
    def mark_read(self, article: str) -> None:
        self._write(
            "INSERT INTO read_marks(corpus, article, at) VALUES (?, ?, ?) "
            "ON CONFLICT(corpus, article) DO UPDATE SET at = excluded.at",
            (self.corpus_key, article, time.time()),
        )

    def mark_all_read(self, articles: list[str]) -> None:
        """Mark many articles read at once (one transaction)."""
        now = time.time()
        self._write_many(
            "INSERT INTO read_marks(corpus, article, at) VALUES (?, ?, ?) "
            "ON CONFLICT(corpus, article) DO UPDATE SET at = excluded.at",
            [(self.corpus_key, article, now) for article in articles],
        )

    def mark_unread(self, article: str) -> None:
        self._write("DELETE FROM read_marks WHERE corpus = ? AND article = ?", (self.corpus_key, article))

    def read_ids(self) -> set[str]:
        return {
            row[0]
            for row in self._read("SELECT article FROM read_marks WHERE corpus = ?", (self.corpus_key,))
        }

    def is_read(self, article: str) -> bool:
        return bool(
            self._read(
                "SELECT 1 FROM read_marks WHERE corpus = ? AND article = ?", (self.corpus_key, article)
            )
        )

    # --- last position ----------------------------------------------------------------
    def set_position(self, article: str, offset: int) -> None:
        self._write(
            "INSERT INTO positions(corpus, article, offset, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(corpus) DO UPDATE SET article = excluded.article, "
            "offset = excluded.offset, at = excluded.at",
            (self.corpus_key, article, int(offset), time.time()),
        )

    def last_position(self) -> tuple[str, int] | None:
        rows = self._read("SELECT article, offset FROM positions WHERE corpus = ?", (self.corpus_key,))
        return (rows[0][0], rows[0][1]) if rows else None

    # --- search history ---------------------------------------------------------------
    def add_search(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        self._write(
            "INSERT INTO searches(corpus, query, at) VALUES (?, ?, ?)", (self.corpus_key, query, time.time())
        )
        self._write(
            "DELETE FROM searches WHERE corpus = ? AND id NOT IN (SELECT id FROM searches "
            "WHERE corpus = ? ORDER BY id DESC LIMIT ?)",
            (self.corpus_key, self.corpus_key, HISTORY_LIMIT),
        )

    def search_history(self, limit: int = 50) -> list[str]:
        """Distinct past queries, newest first."""
        rows = self._read(
            "SELECT query, MAX(id) AS last FROM searches WHERE corpus = ? "
            "GROUP BY query ORDER BY last DESC LIMIT ?",
            (self.corpus_key, limit),
        )
        return [row[0] for row in rows]

    # --- preferences (per user, every corpus) ------------------------------------------
    def set_pref(self, name: str, value: str) -> None:
        self._write(
            "INSERT INTO prefs(name, value, at) VALUES (?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = excluded.value, at = excluded.at",
            (name, str(value)[:PREF_VALUE_LIMIT], time.time()),
        )

    def pref(self, name: str, default: str = "") -> str:
        rows = self._read("SELECT value FROM prefs WHERE name = ?", (name,))
        return str(rows[0][0]) if rows else default

    def int_pref(self, name: str, default: int) -> int:
        """An integer preference; ``default`` when unset or not a number (a hand-edited file)."""
        try:
            return int(self.pref(name, str(default)))
        except ValueError:
            return default

    def close(self) -> None:
        with self._lock:
            try:
                self._db.close()
            except sqlite3.Error:
                pass

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
