"""The minimal Whoosh programs briefing is measured against (run as separate processes).

``INDEX_SCRIPT`` indexes every file of a folder with the writer briefing should
use (``procs=2, multisegment=True``) and the same stemming text field.
``SEARCH_SCRIPT`` is the least a one-shot search can do: open the index, parse
the query, search, print 10 hits with highlighted fragments.
``SEARCH_SCRIPT_NO_MMAP`` is the same opening the index the way briefing does
(``FileStorage(supports_mmap=False)``): a diagnostic that shows briefing's own
cost apart from that choice.
Both take their arguments on the command line: ``python -c SCRIPT ARGS``.
"""

from __future__ import annotations

INDEX_SCRIPT = r"""
import os, sys
from whoosh import index
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, TEXT, Schema

corpus, ixdir = sys.argv[1], sys.argv[2]
analyzer = StemmingAnalyzer(stoplist=None, minsize=1)
schema = Schema(path=ID(stored=True, unique=True),
                title=TEXT(analyzer=analyzer, stored=True),
                content=TEXT(analyzer=analyzer, stored=True, phrase=True))
os.makedirs(ixdir, exist_ok=True)
ix = index.create_in(ixdir, schema)
writer = ix.writer(procs=2, multisegment=True)
for root, dirs, files in os.walk(corpus):
    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
    for name in sorted(files):
        if name.startswith("."):
            continue
        path = os.path.join(root, name)
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        title = text.lstrip().split("\n", 1)[0]
        writer.add_document(path=path, title=title, content=text)
writer.commit()
"""

SEARCH_SCRIPT = r"""
import sys
from whoosh import highlight, index
from whoosh.qparser import QueryParser

ixdir, query = sys.argv[1], sys.argv[2]
ix = index.open_dir(ixdir)
with ix.searcher() as searcher:
    parsed = QueryParser("content", ix.schema).parse(query)
    results = searcher.search(parsed, limit=10)
    results.fragmenter = highlight.SentenceFragmenter()
    results.formatter = highlight.UppercaseFormatter()
    print(f"{len(results)} hits")
    for rank, hit in enumerate(results, 1):
        print(f"{rank}. {hit['title']}  {hit.score:.2f}")
        print("   " + hit.highlights("content", top=2).replace("\n", " "))
sys.exit(0 if len(results) else 1)
"""

SEARCH_SCRIPT_NO_MMAP = SEARCH_SCRIPT.replace(
    "ix = index.open_dir(ixdir)",
    "from whoosh.filedb.filestore import FileStorage\n"
    "ix = FileStorage(ixdir, supports_mmap=False).open_index()",
)
assert SEARCH_SCRIPT_NO_MMAP != SEARCH_SCRIPT
