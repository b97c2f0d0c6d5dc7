"""Shared steps of the one-shot commands: resolving the corpus and loading articles."""
from __future__ import annotations

from pathlib import Path

from ..core import config as config_mod
from ..core import corpus as corpus_mod
from ..core.errors import CorpusError


def load_config():
    return config_mod.load()


def corpus_path(args) -> Path:
    cfg = load_config()
    return corpus_mod.resolve(getattr(args, "corpus", None), cfg.corpus or None)


def input_paths(args) -> list[Path]:
    """FILE|DIR arguments when given (each must exist), else the resolved corpus."""
    given = list(getattr(args, "paths", None) or [])
    if not given:
        return [corpus_path(args)]
    out = []
    for raw in given:
        path = Path(raw)
        if not path.exists():
            raise CorpusError(f"{raw}: no such file or folder; check the path")
        corpus_mod.check_readable(path)
        out.append(path)
    return out
