"""Listing a corpus cheaply: one ``scandir`` walk with ``stat`` only, no file is opened.

The one corpus walk (``ingest.iter_files`` uses it too): hidden entries skipped,
symlinks leading outside the corpus not followed, only article suffixes.
``Scan.digest()`` condenses the listing (names, sizes, times) into a few bytes,
so "is the index still fresh?" is one comparison with a stamp the last update
left (see ``store.IndexDir.stamp_fingerprint``), not a read of the whole manifest.
"""

from __future__ import annotations

import hashlib
import os
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

# the article suffixes of ingest.SUFFIXES (a test keeps them equal); not imported from
# ingest so that a stat-only check does not load the parser
SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".mdown", ".html", ".htm", ".xhtml"})
_SUFFIX_TUPLE = tuple(SUFFIXES)


class FileStat(NamedTuple):  # a tuple: 10,000 of them are made on every command
    rel: str  # path relative to the corpus root ("/"-separated)
    path: str  # absolute path
    size: int
    mtime_ns: int
    ctime_ns: int

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.size, self.mtime_ns, self.ctime_ns)


@dataclass
class Scan:
    root: Path  # the folder paths are relative to
    files: dict[str, FileStat] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    _digest: str = field(default="", repr=False, compare=False)

    def digest(self) -> str:
        """A digest of the listing in walk order: equal digests, same files with the same
        sizes and times. (A folder listed in another order only costs a full comparison.)"""
        if not self._digest:
            self._digest = self._compute_digest()
        return self._digest

    def _compute_digest(self) -> str:
        h = hashlib.blake2b(digest_size=16)
        h.update(str(self.root).encode("utf-8", "surrogateescape"))
        h.update("\0".join(self.files).encode("utf-8", "surrogateescape"))
        numbers = array("q")
        add = numbers.append
        for stat in self.files.values():
            add(stat[2])
            add(stat[3])
            add(stat[4])
        h.update(numbers.tobytes())
        return h.hexdigest()


def corpus_root(corpus: Path) -> Path:
    corpus = Path(os.path.abspath(corpus))
    return corpus if corpus.is_dir() else corpus.parent


def scan(corpus: Path) -> Scan:
    """Every article file of ``corpus`` (a folder or one file) with its size and times."""
    corpus = Path(os.path.abspath(corpus))
    root = corpus_root(corpus)
    out = Scan(root)
    if not corpus.is_dir():
        try:
            st = corpus.stat()
        except OSError as exc:
            out.warnings.append(f"{corpus}: cannot read ({exc.strerror or exc}); skipped")
            return out
        out.files[corpus.name] = FileStat(
            corpus.name, str(corpus), st.st_size, st.st_mtime_ns, st.st_ctime_ns
        )
        return out
    real_root = os.path.realpath(root)
    seen_dirs: set[str] = set()
    stack = [(str(root), "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            out.warnings.append(f"{folder}: cannot list folder ({exc.strerror or exc}); skipped")
            continue
        files = out.files
        for entry in entries:
            name = entry.name
            if name[0] == ".":
                continue
            try:
                # the common case first: a regular file (d_type, no extra system call)
                if entry.is_file(follow_symlinks=False):
                    if not name.lower().endswith(_SUFFIX_TUPLE):
                        continue
                    st = entry.stat(follow_symlinks=False)
                    rel = prefix + name
                    files[rel] = FileStat(rel, entry.path, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
                    continue
                rel = prefix + name
                if entry.is_symlink():
                    target = os.path.realpath(entry.path)
                    if os.path.commonpath([real_root, target]) != real_root:
                        out.warnings.append(
                            f"{entry.path}: symlink pointing outside the corpus; not followed"
                        )
                        continue
                if entry.is_dir():
                    if entry.is_symlink():  # inside the corpus: follow once, never loop
                        real = os.path.realpath(entry.path)
                        if real in seen_dirs or real == real_root:
                            continue
                        seen_dirs.add(real)
                    stack.append((entry.path, rel + "/"))
                    continue
                dot = name.rfind(".")
                if dot < 0 or name[dot:].lower() not in SUFFIXES or not entry.is_file():
                    continue
                st = entry.stat()  # a symlink to a file inside the corpus
            except OSError:
                continue
            files[rel] = FileStat(rel, entry.path, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    return out
