"""One article read and analysed on its own, for the reader to show while the index is built.

The reader indexes a new folder in a child process and opens the library when that is
done; an article chosen meanwhile is read here, with the very pipeline the index runs
(``ingest`` then ``analysis.entities``), so what the preview shows is what the index
will hold. Key facts and links need the corpus: they wait for the index.
"""

from __future__ import annotations

from . import ingest
from .errors import CorpusError
from .model import Article, Mention


def analyse_file(path: str) -> tuple[Article, list[Mention]]:
    """The article at ``path`` and its entity mentions; a file that cannot be read raises
    ``CorpusError`` naming it."""
    from . import analysis

    try:
        article = ingest.load_file(path)
    except ingest.SkipFile as exc:
        raise CorpusError(f"{path}: {exc}") from None
    except OSError as exc:
        raise CorpusError(f"{path}: {exc.strerror or exc}") from None
    return article, analysis.entities(article)
