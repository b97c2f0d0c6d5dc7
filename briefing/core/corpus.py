"""Which corpus a command works on, and where the bundled seeds are.

Order: ``--corpus PATH``, else ``$BRIEFING_CORPUS``, else ``corpus:`` in
config.yaml, else the bundled seeds (the checkout's ``seeds/`` or, from an
installed wheel, ``<prefix>/share/briefing/seeds``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import CorpusError


def bundled_seeds() -> Path:
    """The bundled seed articles, from a checkout or an installed wheel."""
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    candidates = [checkout]
    import sysconfig  # only when no corpus was named

    for scheme_path in {sysconfig.get_path("data"), sys.prefix, getattr(sys, "base_prefix", sys.prefix)}:
        if scheme_path:
            candidates.append(Path(scheme_path) / "share" / "briefing" / "seeds")
    candidates.append(Path.home() / ".local" / "share" / "briefing" / "seeds")
    for candidate in candidates:
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    raise CorpusError(
        "the bundled seeds are missing from this installation; reinstall briefing or pass --corpus PATH"
    )


def resolve(cli_value: str | None = None, config_value: str | None = None, option: str = "--corpus") -> Path:
    """The corpus path to use; CorpusError when it is empty, does not exist, is neither a
    folder nor a regular file (a device, a pipe) or cannot be read. ``option`` names where
    ``cli_value`` came from in the error."""
    if cli_value is not None and not cli_value.strip():
        raise CorpusError(
            f"{option} is empty; pass a corpus folder or file, or leave {option} out to use "
            "$BRIEFING_CORPUS, corpus: in config.yaml or the bundled seeds"
        )
    if cli_value:
        chosen, origin = cli_value, option
    elif os.environ.get("BRIEFING_CORPUS"):
        chosen, origin = os.environ["BRIEFING_CORPUS"], "$BRIEFING_CORPUS"
    elif config_value:
        chosen, origin = config_value, "corpus: in config.yaml"
    else:
        return bundled_seeds()
    path = Path(os.path.expanduser(chosen))
    check_readable(path, origin)
    if not path.is_dir() and not path.is_file():
        raise CorpusError(
            f"corpus {path} (from {origin}) is neither a folder nor a regular file (a device or "
            "a pipe); pass a folder of articles or one .txt, .md or .html file"
        )
    return path.resolve()


def check_readable(path: Path, origin: str = "") -> None:
    where = f" (from {origin})" if origin else ""
    if not path.exists():
        raise CorpusError(f"corpus {path}{where} does not exist; pass an existing folder or file")
    if path.is_dir():
        if not os.access(path, os.R_OK | os.X_OK):
            raise CorpusError(f"corpus {path}{where} is not readable; check its permissions")
    elif not os.access(path, os.R_OK):
        raise CorpusError(f"corpus {path}{where} is not readable; check its permissions")
