"""A fingerprint of everything that shapes the stored analysis.

It hashes the source of the analysis pipeline (ingest, cleaning, sentences,
entities, facts and their data files, and the HTML extractor's version) plus the schema version, so an index
built by another version of briefing, or before the extractor changed, is
rebuilt instead of serving stale entities and facts. The content (not the
mtime) is hashed so two installations of one version agree (shared servers).
A user gazetteer (``entities.yaml``) is part of it by size and mtime.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
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
    "htmlpage.py",
    "titles.py",
    "story_title.py",
    "outlet.py",
    "domains.py",
    "cjk.py",
    "language.py",
    "model.py",
    "yamlsafe.py",
    "mojibake.py",
    "folded.py",
    "char_refs.py",
)


def pipeline_files() -> list[Path]:
    """Every file whose content shapes the stored analysis."""
    core = _PACKAGE / "core"
    files = [core / name for name in PIPELINE]
    files.extend(core / "index" / name for name in ("codec.py", "documents.py", "schema.py", "cjk_filter.py"))
    for sub in ("chrome", "entities", "facts", "stories"):
        files.extend((core / sub).rglob("*.py"))
        files.extend((core / sub).rglob("*.yaml"))
    extractor = _extractor_version_file()
    if extractor is not None:
        files.append(extractor)
    data = _PACKAGE / "data"
    if data.is_dir():
        files.extend(p for p in data.rglob("*") if p.is_file())
    return sorted(files)


def _hashed_name(path: Path) -> str:
    """The name a file is hashed under: the same wherever briefing and trafilatura are installed."""
    if path.is_relative_to(_PACKAGE):
        return str(path.relative_to(_PACKAGE))
    return f"{path.parent.name}/{path.name}"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    digest = hashlib.sha1(f"schema={SCHEMA_VERSION}".encode())
    for name, path in sorted((_hashed_name(p), p) for p in pipeline_files()):
        try:
            digest.update(name.encode())
            digest.update(path.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:16]


def _extractor_version_file() -> Path | None:
    """trafilatura's ``__init__.py`` (it holds the version): another release extracts HTML
    differently. Found without importing it."""
    from importlib.util import find_spec

    try:
        spec = find_spec("trafilatura")
    except (ImportError, ValueError):
        return None
    return Path(spec.origin) if spec is not None and spec.origin else None


def fingerprint(extra_files: Sequence[Path] = ()) -> str:
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
