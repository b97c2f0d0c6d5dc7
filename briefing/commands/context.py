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


def open_library(args, quiet: bool = False):
    """The corpus' index-backed Library (updated first; a progress bar only on a terminal, after
    about a second: a first ``briefing facts`` on 2,225 files indexes for a minute)."""
    from ..core.library import Library
    from . import progress

    cfg = load_config()
    return Library.open(corpus_path(args), max_bytes=cfg.max_bytes, progress=progress.make(quiet))


def given_path(raw: str) -> Path:
    """A FILE|DIR argument, which must exist and be readable (one line naming it otherwise)."""
    path = Path(raw)
    if not path.exists():
        raise CorpusError(f"{raw}: no such file or folder; check the path")
    corpus_mod.check_readable(path)
    return path


def input_paths(args) -> list[Path]:
    """FILE|DIR arguments when given (each must exist), else the resolved corpus. A relative
    FILE that is not here but is in the corpus is the corpus' file: ``briefing search`` names a
    hit by its file name, so ``briefing show NAME --corpus DIR`` shows it."""
    given = list(getattr(args, "paths", None) or [])
    if not given:
        return [corpus_path(args)]
    return [given_path(_in_corpus(args, raw)) for raw in given]


def folder_is_corpus(args) -> bool:
    """One FILE|DIR argument naming a folder is that folder as the corpus, read from its index as
    ``briefing search QUERY DIR`` does (``briefing stories DIR`` is ``briefing DIR stories``):
    analysing 2,225 files afresh took two minutes at every run, the index half a second once
    built. Sets ``args.corpus`` and clears ``args.paths``; with ``--corpus`` naming another
    folder the argument stays a selection, analysed afresh. False when it is not such a folder."""
    given = list(getattr(args, "paths", None) or [])
    if len(given) != 1:
        return False
    path = given_path(_in_corpus(args, given[0]))
    if not path.is_dir():
        return False
    named = getattr(args, "corpus", None)
    if named is not None and Path(named).resolve() != path.resolve():
        return False
    args.corpus = str(path)
    args.paths = []
    return True


def _in_corpus(args, raw: str) -> str:
    path = Path(raw)
    if path.exists() or path.is_absolute():
        return raw
    try:
        corpus = corpus_path(args)
    except CorpusError:
        return raw
    inside = corpus / path if corpus.is_dir() else None
    return str(inside) if inside is not None and inside.exists() else raw


def analysed_facts(args):
    """Facts of the FILE|DIR arguments (analysed afresh) or of the whole corpus (its stored
    analysis, nothing re-parsed), with every warning printed: what `facts` and `export` show.
    ``--story ID`` keeps one story's articles."""
    from ..core.errors import UserError
    from ..core.facts import report
    from .output import warn

    story = getattr(args, "story", None)
    try:
        if not folder_is_corpus(args) and getattr(args, "paths", None):
            analysed = report.analyse(input_paths(args), max_bytes=load_config().max_bytes, story=story)
        else:
            with open_library(args) as library:
                analysed = report.from_library(library, story=story)
    except report.UnknownStory:
        from ..core.sanitize import one_line

        raise UserError(
            f"no story {one_line(story or '')!r}; run 'briefing stories' to list their ids"
        ) from None
    for message in analysed.warnings:
        warn(message)
    return analysed


def no_articles(args) -> int:
    """Say in one line (stderr) that the FILE|DIR arguments or the corpus hold no article to read,
    naming them and what to do: an empty folder, or one of only binary files, is no silent exit 1.
    Returns the exit status, 1."""
    from ..core.sanitize import one_line
    from .output import warn

    given = [str(p) for p in getattr(args, "paths", None) or []]
    try:
        where = ", ".join(given) if given else str(corpus_path(args))
    except CorpusError:
        where = "the corpus"
    warn(
        f"{one_line(where)}: no articles to read (no readable .txt, .md or .html file); "
        "add articles there or give another FILE|DIR"
    )
    return 1
