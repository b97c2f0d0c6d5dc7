"""Comparing a stat-only scan with the manifest: which files need reading, which are gone."""

from __future__ import annotations

from dataclasses import dataclass, field

from .scan import Scan
from .store import FileEntry, Manifest, SkipEntry


@dataclass
class Plan:
    unchanged: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)  # new or stat changed: read and hash
    removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.candidates and not self.removed


def diff(scan: Scan, manifest: Manifest | None) -> Plan:
    """What to do to make the index of ``manifest`` (None: none yet) match ``scan``."""
    plan = Plan()
    files: dict[str, FileEntry] = manifest["files"] if manifest else {}
    skipped: dict[str, SkipEntry] = manifest.get("skipped", {}) if manifest else {}
    for rel, stat in scan.files.items():
        entry = files.get(rel) or skipped.get(rel)
        if (
            entry is not None
            and entry[0] == stat.size
            and entry[1] == stat.mtime_ns
            and entry[2] == stat.ctime_ns
        ):
            plan.unchanged.append(rel)
        else:
            plan.candidates.append(rel)
    plan.candidates.sort()
    for rel in files:
        if rel not in scan.files:
            plan.removed.append(rel)
    return plan


def is_fresh(scan: Scan, manifest: Manifest | None) -> bool:
    """True when the manifest matches the corpus exactly (by stat)."""
    return manifest is not None and diff(scan, manifest).empty
