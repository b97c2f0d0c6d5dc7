"""The Whoosh schema of a corpus index and the analyzers shared by indexing and highlighting.

Search highlights are computed by running the very same analyzers over stored
sentences, so a stemmed query term ("tariff") lights up every form it matched
("tariffs", "tariffed").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from whoosh.analysis import Analyzer
    from whoosh.fields import Schema

SCHEMA_VERSION = 2  # 2: CJK runs indexed as pairs of characters
ENTITY_SEPARATOR = " zzentitysep "  # a token between entity names: phrases never span two names
FIELDS = ("content", "title", "outlet", "entity", "date", "path", "id")


@lru_cache(maxsize=1)
def text_analyzer() -> Analyzer:
    """Stemming, no stop list (so "the" in a phrase still matches), positions kept by the field;
    a run of CJK characters as its pairs of characters (``core.cjk``), so words inside it are found."""
    from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter

    from .cjk_filter import CJKBigramFilter

    analyzer: Analyzer = RegexTokenizer() | LowercaseFilter() | CJKBigramFilter() | StemFilter()
    return analyzer


@lru_cache(maxsize=1)
def name_analyzer() -> Analyzer:
    """Lower-cased words, no stemming: for outlets and entity names."""
    from whoosh.analysis import LowercaseFilter, RegexTokenizer

    analyzer: Analyzer = RegexTokenizer() | LowercaseFilter()
    return analyzer


@lru_cache(maxsize=1)
def query_schema() -> Schema:
    """The schema for parsing queries (``ix.schema`` would re-read the index's TOC from disk,
    which a concurrent commit may have just replaced)."""
    return build_schema()


def build_schema() -> Schema:
    """The fields of an index: stored ones for hits, analysed ones for queries."""
    from whoosh import fields

    from .text_field import Text

    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        path=fields.ID(stored=True),
        hash=fields.ID(stored=True),
        title=Text(analyzer=text_analyzer(), stored=True, phrase=True, field_boost=1.5),
        outlet=Text(analyzer=name_analyzer(), stored=True, phrase=True),
        date=fields.DATETIME(stored=True),
        date_text=fields.STORED(),
        content=Text(analyzer=text_analyzer(), phrase=True),
        entity=Text(analyzer=name_analyzer(), phrase=True),
    )
