"""The domain model: plain dataclasses shared by every layer.

Every offset (``start``/``end``) is a Python ``str`` index into ``Article.content``,
the decoded text of the source file (for HTML, the text extracted from it), so
``article.content[start:end]`` is exactly the text a block, sentence, entity
mention or fact stands for.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

BLOCK_KINDS = ("title", "dek", "heading", "body")
ENTITY_TYPES = (
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "LOC",
    "EVENT",
    "DATE",
    "MONEY",
    "PERCENT",
    "QUANTITY",
)
FACT_KINDS = ("number", "date", "goal", "cause", "quote", "event", "")  # "": no kind is shown


@dataclass(slots=True)
class Block:
    """A title, dek (standfirst), section heading or body paragraph."""

    kind: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Dropped:
    """A line removed as web chrome, with the reason it was removed."""

    text: str
    start: int
    end: int
    reason: str


@dataclass(slots=True)
class Sentence:
    """One sentence (or one whole title/heading line) with its place in the article."""

    start: int
    end: int
    text: str
    block: int  # index into Article.blocks
    index: int  # ordinal of the sentence in the article, from 0
    kind: str = "body"  # the kind of the block it belongs to


@dataclass(slots=True)
class Mention:
    """One occurrence of a named entity."""

    text: str
    type: str
    canonical: str
    start: int
    end: int


@dataclass(slots=True)
class Entity:
    """A named entity of one article: its type, canonical name and every span naming it."""

    type: str
    canonical: str
    spans: list[tuple[int, int]] = field(default_factory=list)


def source_of(path: str, outlet: str) -> str:
    """What counts as one source: the outlet when it is known (however it is spaced or
    capitalised), else the article itself. Two reports of one outlet are one source."""
    name = " ".join(outlet.split()).casefold()
    return "o:" + name if name else "a:" + path


@dataclass(slots=True)
class SourceRef:
    """A sentence in some article, used for corroboration and differences."""

    path: str
    sentence: str
    start: int
    end: int
    outlet: str = ""  # the article's outlet, when known

    @property
    def source(self) -> str:
        return source_of(self.path, self.outlet)


@dataclass(slots=True)
class Fact:
    """A key fact anchored to exactly one sentence of one article."""

    text: str
    sentence: str
    start: int
    end: int
    kind: str
    score: float
    path: str = ""
    sentence_index: int = 0
    span: tuple[int, int] = (0, 0)  # offsets of ``text`` inside the source
    corroborated_by: list[SourceRef] = field(default_factory=list)  # other sources stating the same claim
    differences: list[Difference] = field(default_factory=list)  # other sources stating it differently
    outlet: str = ""  # the article's outlet, when known

    @property
    def source(self) -> str:
        return source_of(self.path, self.outlet)


@dataclass(slots=True)
class Article:
    """A cleaned article: its source text and the structure found in it."""

    path: str
    content: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    outlet: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    format: str = "txt"
    warnings: list[str] = field(default_factory=list)
    description: str = ""  # the page's own summary (HTML meta description), not shown as text
    title_derived: bool = False  # True when no headline was found and the title is made from the lede

    @property
    def name(self) -> str:
        """The file name, used where a short label is wanted."""
        return self.path.rsplit("/", 1)[-1]

    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.kind == "body"]


def to_dict(obj: DataclassInstance) -> dict[str, Any]:
    """A JSON-ready dict of any model dataclass."""
    return asdict(obj)


@dataclass(slots=True)
class Difference:
    """Two linked sentences that disagree on a number, a date or a status."""

    kind: str  # number | date | status
    detail: str  # e.g. "2017 vs 2018" or "scheduled vs en route"
    a: SourceRef
    b: SourceRef


@dataclass(slots=True)
class BriefingFact:
    """A fact merged across sources: the best-ranked statement plus every source stating it."""

    fact: Fact
    sources: list[SourceRef] = field(default_factory=list)  # including the fact's own sentence
    differences: list[Difference] = field(default_factory=list)
    score: float = 0.0

    @property
    def source_count(self) -> int:
        """Distinct sources (outlets, or articles where the outlet is unknown) stating it."""
        return len({s.source for s in self.sources}) or 1


@dataclass(slots=True)
class ArticleSummary:
    """What the source list shows for one article, without loading its text."""

    id: str
    path: str
    title: str
    outlet: str = ""
    date: str = ""
    entities: int = 0
    facts: int = 0
    story: str = ""  # id of the story the article belongs to (see Story)
    story_title: str = ""  # that story's title


@dataclass(slots=True)
class Snippet:
    """A matching sentence; offsets index the source, highlights are absolute offsets too."""

    sentence: str
    start: int
    end: int
    highlights: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Hit:
    id: str
    path: str
    title: str
    outlet: str
    date: str
    score: float
    snippets: list[Snippet] = field(default_factory=list)


@dataclass(slots=True)
class SearchResult:
    query: str
    total: int
    hits: list[Hit] = field(default_factory=list)


@dataclass(slots=True)
class EntitySummary:
    """One canonical entity across the corpus."""

    canonical: str
    type: str
    mentions: int
    articles: int


@dataclass(slots=True)
class Story:
    """Articles reporting the same event or development, grouped at index time.

    ``articles`` are article ids, oldest first; ``sources`` counts distinct sources
    (outlets, or articles where the outlet is unknown); ``corroborated`` counts the
    facts of its articles that another source of the story states too.
    """

    id: str
    title: str
    articles: list[str] = field(default_factory=list)
    first_date: str = ""
    last_date: str = ""
    outlets: list[str] = field(default_factory=list)
    sources: int = 1
    corroborated: int = 0
