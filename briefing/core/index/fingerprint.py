"""A fingerprint of everything that shapes the stored analysis.

It hashes the source of the analysis pipeline (ingest, cleaning, sentences,
entities, facts and their data files) plus the schema version, so an index
built by another version of briefing, or before the extractor changed, is
rebuilt instead of serving stale entities and facts. The content (not the
mtime) is hashed so two installations of one version agree (shared servers).
A user gazetteer (``entities.yaml``) is part of it by size and mtime.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from .schema import SCHEMA_VERSION

_PACKAGE = Path(__file__).resolve().parents[2]  # the briefing package folder
# the modules of briefing/core that shape an article's analysis (plus entities/, facts/, data/)
PIPELINE = (
    "analysis.py",
    "ingest.py",
    "cleaner.py",
    "structure.py",
    "sentences.py",
    "lines.py",
    "htmltext.py",
    "model.py",
    "yamlsafe.py",
)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    digest = hashlib.sha1(f"schema={SCHEMA_VERSION}".encode())
    core = _PACKAGE / "core"
    files = [core / name for name in PIPELINE]
    files.extend(core / "index" / name for name in ("codec.py", "documents.py", "schema.py"))
    for sub in ("entities", "facts", "stories"):
        files.extend((core / sub).rglob("*.py"))
        files.extend((core / sub).rglob("*.yaml"))
    data = _PACKAGE / "data"
    if data.is_dir():
        files.extend(p for p in data.rglob("*") if p.is_file())
    for path in sorted(files):
        try:
            digest.update(str(path.relative_to(_PACKAGE)).encode())
            digest.update(path.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:16]


def fingerprint(extra_files: list[Path] = ()) -> str:
    """The code fingerprint plus the size/mtime of user files that change the analysis."""
    parts = [code_fingerprint()]
    for path in extra_files:
        try:
            st = os.stat(path)
            parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            continue
    if len(parts) == 1:
        return parts[0]
    return parts[0] + "-" + hashlib.sha1("|".join(parts[1:]).encode()).hexdigest()[:8]
