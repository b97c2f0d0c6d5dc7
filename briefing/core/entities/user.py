"""User extensions of the gazetteer: ``entities.yaml`` in the config dir and in a corpus' index dir.

Format (both files)::

    entities:
      - name: Acme Robotics        # required
        type: ORG                  # one of PERSON ORG GPE NORP LOC EVENT DATE MONEY PERCENT QUANTITY
        aliases: [Acme, ACR]       # optional; each alias maps to the name
    ignore: [Breaking News]        # optional; capitalised phrases that are never entities

User entries win over the built-in ones. The corpus file (shared servers) is read
first and the user's own file last, so a user can correct a shared entry.
Problems are reported as one-line ConfigErrors naming the file and the key.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TypedDict

from .. import paths, yamlsafe
from ..errors import ConfigError
from ..model import ENTITY_TYPES
from .gazetteer import Gazetteer, builtin, norm

FILE_NAME = "entities.yaml"
Stamp = tuple[str, int, int]  # path, mtime (ns), size
_cache: dict[tuple[Stamp, ...], Gazetteer] = {}
# what platformdirs makes the user's config dir from (XDG on Linux, HOME for "~", APPDATA on Windows)
_PATH_VARIABLES = ("XDG_CONFIG_HOME", "HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA")
_files: dict[tuple[str | None, ...], list[Path]] = {}


class UserEntities(TypedDict):
    """One validated entities.yaml: (name, type, aliases) entries and phrases never entities."""

    entities: list[tuple[str, str, list[str]]]
    ignore: list[str]


def user_files(corpus: Path | None = None) -> list[Path]:
    """The corpus' entities.yaml (if a corpus is given), then the user's own.

    Asked once per article analysed: platformdirs builds the config path from the
    environment on every call (about 80 µs), so the paths are kept per corpus and the
    environment variables they are made from."""
    key = (None if corpus is None else os.fspath(corpus), *(os.environ.get(v) for v in _PATH_VARIABLES))
    found = _files.get(key)
    if found is None:
        found = []
        if corpus is not None:
            found.append(paths.shared_index_dir(Path(corpus)) / FILE_NAME)
        found.append(paths.config_file(FILE_NAME))
        if len(_files) >= 16:
            _files.clear()
        _files[key] = found
    return list(found)


def _stamp(path: Path) -> Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (str(path), st.st_mtime_ns, st.st_size)


def gazetteer_for(corpus: Path | None = None) -> Gazetteer:
    """The built-in gazetteer extended by the user's files (cached until a file changes)."""
    files = [p for p in user_files(corpus)]
    stamps = tuple(s for s in (_stamp(p) for p in files) if s is not None)
    if not stamps:
        return builtin()
    gaz = _cache.get(stamps)
    if gaz is None:
        gaz = builtin().copy()
        for path in files:
            if _stamp(path) is not None:
                apply(gaz, load(path))
        gaz.finish()
        _cache.clear()
        _cache[stamps] = gaz
    return gaz


def load(path: Path) -> UserEntities:
    """Read and validate one entities.yaml: {"entities": [(name, type, aliases)], "ignore": [...]}."""
    source = str(path)
    try:
        data = yamlsafe.expect_mapping(yamlsafe.load_file(path), source)
    except yamlsafe.YamlError as exc:
        raise ConfigError(str(exc)) from None
    for key in data:
        if key not in ("entities", "ignore"):
            raise ConfigError(f"{source}: unknown key '{key}'; known keys: entities, ignore")
    entities = data.get("entities") or []
    if not isinstance(entities, list):
        raise ConfigError(
            f"{source}: key 'entities' must be a list of mappings, got {type(entities).__name__}"
        )
    out: list[tuple[str, str, list[str]]] = []
    for n, item in enumerate(entities):
        where = f"entities[{n}]"
        if not isinstance(item, dict):
            raise ConfigError(
                f"{source}: key '{where}' must be a mapping with name and type, got {type(item).__name__}"
            )
        for key in item:
            if key not in ("name", "type", "aliases"):
                raise ConfigError(f"{source}: unknown key '{where}.{key}'; known keys: name, type, aliases")
        name = item.get("name")
        if not isinstance(name, str) or not norm(name):
            raise ConfigError(f"{source}: key '{where}.name' must be a non-empty string")
        kind = item.get("type")
        if not isinstance(kind, str) or kind.upper() not in ENTITY_TYPES:
            raise ConfigError(
                f"{source}: key '{where}.type' must be one of {', '.join(ENTITY_TYPES)}, got {kind!r}"
            )
        aliases = item.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list) or not all(isinstance(a, str) and norm(a) for a in aliases):
            raise ConfigError(f"{source}: key '{where}.aliases' must be a list of non-empty strings")
        out.append((norm(name), kind.upper(), [norm(a) for a in aliases]))
    ignore = data.get("ignore") or []
    if isinstance(ignore, str):
        ignore = [ignore]
    if not isinstance(ignore, list) or not all(isinstance(a, str) for a in ignore):
        raise ConfigError(f"{source}: key 'ignore' must be a list of strings")
    return {"entities": out, "ignore": [norm(a) for a in ignore if norm(a)]}


def apply(gaz: Gazetteer, data: UserEntities) -> None:
    """Add one file's entries to ``gaz`` (they win over built-in ones) and its ignored phrases."""
    for name, kind, aliases in data["entities"]:
        gaz.add(name, kind, name, override=True)
        gaz.hand.add(name)
        for alias in aliases:
            gaz.add(alias, kind, name, override=True)
            gaz.hand.add(alias)
        gaz.ignore.discard(name)
    for phrase in data["ignore"]:
        gaz.ignore.add(phrase)
        gaz.phrases.pop(phrase, None)
