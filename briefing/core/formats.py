"""Which files are articles, by suffix, and the default size cap: no heavy imports.

Kept apart from ``ingest`` so the stat-only corpus scan and the one-shot
commands on a fresh index never import the cleaner, the structure rules or YAML.
``ingest`` re-exports these names.
"""
from __future__ import annotations

import os

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES


def format_of(path) -> str | None:
    """"txt", "md" or "html" from the file name's suffix; None for anything else."""
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix in MARKDOWN_SUFFIXES:
        return "md"
    if suffix in HTML_SUFFIXES:
        return "html"
    return None
