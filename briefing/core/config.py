"""The user's config file ($XDG_CONFIG_HOME/briefing/config.yaml), validated."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .errors import ConfigError

KNOWN_KEYS: dict[str, type | tuple[type, ...]] = {
    "corpus": str,
    "keymap": str,
    "max_file_mb": (int, float),
    "theme": str,
    "facts_per_article": int,
}


@dataclass
class Config:
    corpus: str = ""
    keymap: str = ""
    max_file_mb: float = 5
    theme: str = ""
    facts_per_article: int = 8  # key facts shown per article
    source: str = ""

    @property
    def max_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


def load(path: Path | None = None) -> Config:
    """Load config.yaml if it exists; raise ConfigError (one line) when it is broken."""
    path = path or paths.config_file()
    if not path.exists():
        return Config()
    from . import yamlsafe  # only when there is a file: one-shot commands skip importing yaml

    try:
        data = yamlsafe.expect_mapping(yamlsafe.load_file(path), str(path))
    except yamlsafe.YamlError as exc:
        raise ConfigError(str(exc)) from None
    cfg = Config(source=str(path))
    for key, value in data.items():
        if key not in KNOWN_KEYS:
            raise ConfigError(f"{path}: unknown key '{key}'; known keys: {', '.join(sorted(KNOWN_KEYS))}")
        if not isinstance(value, KNOWN_KEYS[key]) or isinstance(value, bool):
            raise ConfigError(
                f"{path}: key '{key}' must be {_type_name(KNOWN_KEYS[key])}, got {_type_name(type(value))}; "
                "fix the value or remove the key"
            )
        setattr(cfg, key, value)
    if not math.isfinite(cfg.max_file_mb) or cfg.max_file_mb <= 0:
        raise ConfigError(
            f"{path}: key 'max_file_mb' must be a positive number of megabytes, got {cfg.max_file_mb!r}"
        )
    if not 1 <= cfg.facts_per_article <= 50:
        raise ConfigError(
            f"{path}: key 'facts_per_article' must be a whole number from 1 to 50, "
            f"got {cfg.facts_per_article!r}"
        )
    return cfg


def _type_name(kind: type | tuple[type, ...]) -> str:
    """How a person says the type: "a number", "a whole number", "a string", "a list"."""
    if isinstance(kind, tuple):
        return "a number"
    names = {int: "a whole number", float: "a number", str: "a string", list: "a list", dict: "a mapping"}
    return names.get(kind, "yes/no" if kind is bool else f"a {kind.__name__}")
