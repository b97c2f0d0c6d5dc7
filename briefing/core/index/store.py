"""The files of one index folder: the Whoosh index, the manifest, side files and analysis objects.

Layout of an index folder (private cache or a corpus' ``.briefing-index``)::

    manifest.json     what is indexed: per file its size/mtime/ctime, content key and id
    stamp.json        the digest of the corpus listing the manifest matches (a fast freshness check)
    summaries.json    one summary per article (what the source list shows)
    entity_totals.json  per entity of the corpus: canonical name, type, mentions, articles
    links.json        the linker's output: briefing-wide facts and each fact's corroboration
    objects/KEY.json.z  one analysed article per content key (zlib'd JSON)
    whoosh/           the Whoosh index
    lock              flock'ed by the one process updating the folder

The manifest is written last, after the Whoosh commit: an interrupted update is
simply redone by the next run. Every write is atomic (temp file + rename).
"""

from __future__ import annotations

import json
import os
import re
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Required, TypedDict, cast

from .. import paths

if TYPE_CHECKING:
    from .codec import StoredArticle

_SURROGATE = re.compile("[\ud800-\udfff]")


def encode_json(data: object) -> bytes:
    """Compact JSON as valid UTF-8: lone surrogates (bytes of a non-UTF-8 file name) escaped
    as ``\\udcNN``, so ``json.loads`` gives the exact path back. (The scan for them runs
    only when plain encoding fails: it costs 0.4 s over the side files of 10,000 articles.)"""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text).encode("utf-8")


MANIFEST_VERSION = 1
STAMP_VERSION = 1

# JSON arrays of mixed types, as the manifest stores them (json gives lists back)
FileEntry = list[Any]
"""One indexed file: ``[size, mtime_ns, ctime_ns, content key, article id]``."""
SkipEntry = list[Any]
"""One skipped file: ``[size, mtime_ns, ctime_ns, reason]``."""


class Manifest(TypedDict, total=False):
    """``manifest.json``: what the index holds (``read_manifest`` checks version and files)."""

    version: Required[int]
    files: Required[dict[str, FileEntry]]  # path relative to the corpus -> entry
    schema: int
    fingerprint: str  # code and settings the index was built with (index.fingerprint)
    corpus: str
    shared: bool
    token: str  # new on every write that changes the index; side files carry the one they match
    updated: float
    skipped: dict[str, SkipEntry]
    file_warnings: dict[str, list[str]]
    scan_warnings: list[str]


# path -> (stat stamp, parsed manifest): one command reads the manifest several times
# (freshness check, update, library); a rewrite is atomic (new inode), so the stamp changes.
_MANIFESTS: dict[str, tuple[tuple[int, int, int, int], Manifest]] = {}


class IndexDir:
    """One index folder; ``shared`` folders are readable by everyone (0755/0644)."""

    def __init__(self, path: Path, shared: bool = False) -> None:
        self.path = Path(path)
        self.shared = shared

    # --- layout -----------------------------------------------------------------------
    @property
    def dir_mode(self) -> int:
        return 0o755 if self.shared else 0o700

    @property
    def file_mode(self) -> int:
        return 0o644 if self.shared else 0o600

    @property
    def manifest_path(self) -> Path:
        return self.path / "manifest.json"

    @property
    def whoosh_path(self) -> Path:
        return self.path / "whoosh"

    @property
    def objects_path(self) -> Path:
        return self.path / "objects"

    @property
    def lock_path(self) -> Path:
        return self.path / "lock"

    def exists(self) -> bool:
        return self.manifest_path.is_file()

    def ensure(self) -> None:
        """Create the folder tree with the right modes (raises OSError when it cannot)."""
        for folder in (self.path, self.whoosh_path, self.objects_path):
            if self.shared:
                folder.mkdir(parents=True, exist_ok=True)
                try:
                    os.chmod(folder, 0o755)
                except OSError:
                    pass
            else:
                paths.ensure_private_dir(folder)

    # --- JSON side files ----------------------------------------------------------------
    def read_json(self, name: str, default: Any = None) -> Any:
        """The parsed side file ``name`` (any JSON value), or ``default`` when unreadable."""
        try:
            with open(self.path / name, "rb") as handle:
                return json.loads(handle.read())
        except (OSError, ValueError):
            return default

    def write_json(self, name: str, data: object) -> None:
        paths.atomic_write(self.path / name, encode_json(data), mode=self.file_mode)
        if self.shared:
            _chmod(self.path / name, 0o644)

    def read_manifest(self) -> Manifest | None:
        """The manifest, parsed once per version of the file (callers never modify it)."""
        path = self.manifest_path
        try:
            st = os.stat(path)
        except OSError:
            return None
        stamp = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        cached = _MANIFESTS.get(str(path))
        if cached is not None and cached[0] == stamp:
            return cached[1]
        data = self.read_json("manifest.json")
        if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
            return None
        if not isinstance(data.get("files"), dict):
            return None
        manifest = cast(Manifest, data)  # version and files checked above; the rest as written
        _MANIFESTS[str(path)] = (stamp, manifest)
        return manifest

    # --- freshness stamp -------------------------------------------------------------------
    @property
    def stamp_path(self) -> Path:
        return self.path / "stamp.json"

    def _manifest_identity(self) -> list[int] | None:
        try:
            st = os.stat(self.manifest_path)
        except OSError:
            return None
        return [st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]

    def stamp_fingerprint(self, digest: str) -> str | None:
        """The manifest's fingerprint when the stamp says the manifest matches a corpus
        listing with ``digest`` (``Scan.digest()``); None when that is not known this way.

        The stamp names the manifest it vouches for by inode, size and times: a manifest
        rewritten since (atomically: a new inode) is never vouched for by an old stamp.
        """
        try:
            with open(self.stamp_path, "rb") as handle:
                stamp = json.loads(handle.read(4096))
        except (OSError, ValueError):
            return None
        if (
            not isinstance(stamp, dict)
            or stamp.get("version") != STAMP_VERSION
            or stamp.get("listing") != digest
            or not isinstance(stamp.get("fingerprint"), str)
        ):
            return None
        if stamp.get("manifest") != self._manifest_identity():
            return None
        fingerprint: str = stamp["fingerprint"]
        return fingerprint

    def write_stamp(self, digest: str, fingerprint: str, manifest: Manifest | None = None) -> None:
        """Record that the manifest matches the listing ``digest``. Either the caller holds the
        lock and has just written the manifest, or ``manifest`` is the parsed manifest it has
        just compared (the stamp then names the exact version that was read).
        Best effort: a folder that cannot be written only loses the fast check."""
        if manifest is None:
            identity = self._manifest_identity()
        else:
            cached = _MANIFESTS.get(str(self.manifest_path))
            identity = list(cached[0]) if cached is not None and cached[1] is manifest else None
        if identity is None:
            return
        try:
            self.write_json(
                "stamp.json",
                {
                    "version": STAMP_VERSION,
                    "listing": digest,
                    "fingerprint": fingerprint,
                    "manifest": identity,
                },
            )
        except OSError:
            pass

    # --- analysis objects ------------------------------------------------------------------
    def object_path(self, key: str) -> Path:
        return self.objects_path / f"{key}.json.z"

    def has_object(self, key: str) -> bool:
        return self.object_path(key).is_file()

    def read_object(self, key: str) -> StoredArticle | None:
        """One article's stored analysis (``codec.encode_article``), None when unreadable."""
        try:
            with open(self.object_path(key), "rb") as handle:
                data = json.loads(zlib.decompress(handle.read()))
        except (OSError, ValueError, zlib.error):
            return None
        if not isinstance(data, dict) or not isinstance(data.get("content"), str):
            return None
        # written by encode_article of this code (the index fingerprint covers codec.py)
        return cast("StoredArticle", data)

    def write_object(self, key: str, data: StoredArticle) -> None:
        """Temp file + rename, no fsync: an object lost in a crash is re-read from its file."""
        raw = encode_json(data)
        target = self.object_path(key)
        paths.atomic_write(target, zlib.compress(raw, 1), mode=self.file_mode, fsync=False)
        if self.shared:
            _chmod(target, 0o644)

    def object_keys(self) -> set[str]:
        try:
            return {name[:-7] for name in os.listdir(self.objects_path) if name.endswith(".json.z")}
        except OSError:
            return set()

    def delete_file(self, name: str) -> None:
        try:
            os.unlink(self.path / name)
        except OSError:
            pass

    def delete_object(self, key: str) -> None:
        try:
            os.unlink(self.object_path(key))
        except OSError:
            pass

    def fix_modes(self) -> None:
        """Shared folders: make everything readable by all (Whoosh creates files with the umask)."""
        if not self.shared:
            return
        for folder, _dirs, files in os.walk(self.path):
            _chmod(folder, 0o755)
            for name in files:
                _chmod(os.path.join(folder, name), 0o644)


def _chmod(path: str | os.PathLike[str], mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError:
        pass
