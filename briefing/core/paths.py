"""Where briefing keeps each user's files (XDG via platformdirs), created user-only.

config: config.yaml, keymap.yaml, entities.yaml
cache:  indexes/<hash of the corpus path>/
state:  state.sqlite3 (read marks, last position, search history)
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP = "briefing"
SHARED_INDEX_DIR = ".briefing-index"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def state_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP, appauthor=False))


def config_file(name: str = "config.yaml") -> Path:
    return config_dir() / name


def corpus_key(corpus: Path) -> str:
    """A stable short hash of the corpus' absolute path."""
    absolute = os.path.abspath(os.fspath(corpus))
    return hashlib.sha256(absolute.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def private_index_dir(corpus: Path) -> Path:
    return cache_dir() / "indexes" / corpus_key(corpus)


def shared_index_dir(corpus: Path) -> Path:
    return Path(corpus) / SHARED_INDEX_DIR


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) with mode 0700; tighten it if it already exists."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        if path.stat().st_uid == os.getuid() and (path.stat().st_mode & 0o077):
            path.chmod(0o700)
    except OSError:
        pass
    return path


def atomic_write(path: Path, data: bytes | str, mode: int = 0o600, fsync: bool = True) -> None:
    """Write ``data`` to ``path`` via a temp file in the same folder and a rename.

    ``fsync=False`` skips flushing to disk (for caches that can be rebuilt after a crash).
    """
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if fsync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
