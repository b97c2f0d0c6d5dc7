"""The index-backed Library on real Whoosh indexes in temp folders: incremental updates,
stored analysis, search syntax, highlights and query errors."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from briefing.core import paths
from briefing.core.errors import QueryError
from briefing.core.library import Library

from .conftest import SEEDS


@pytest.fixture
def corpus(tmp_path) -> Path:
    dest = tmp_path / "corpus"
    shutil.copytree(SEEDS, dest)
    return dest


def names(result) -> list[str]:
    return sorted(Path(h.path).name[:3] for h in result.hits)


def test_first_open_indexes_everything_then_nothing(corpus):
    with Library.open(corpus) as lib:
        assert lib.report.added == 5 and lib.report.wrote
        assert len(lib.summaries()) == 5
    with Library.open(corpus) as lib:
        assert lib.report.changed == 0 and not lib.report.wrote
        assert len(lib.summaries()) == 5


def test_changing_one_file_reindexes_exactly_one(corpus):
    Library.open(corpus).close()
    target = sorted(corpus.glob("003_*"))[0]
    target.write_text(
        target.read_text(encoding="utf-8") + "\nA zebracorn appeared in Ottawa today.\n", encoding="utf-8"
    )
    with Library.open(corpus) as lib:
        assert (lib.report.added, lib.report.updated, lib.report.removed) == (0, 1, 0)
        assert names(lib.search("zebracorn")) == ["003"]


def test_touching_a_file_does_not_reindex(corpus):
    Library.open(corpus).close()
    target = sorted(corpus.glob("001_*"))[0]
    os.utime(target, ns=(1_000_000_000, 1_000_000_000))
    with Library.open(corpus) as lib:
        assert lib.report.changed == 0 and lib.report.touched == 1


def test_deleting_a_file_removes_it(corpus):
    Library.open(corpus).close()
    sorted(corpus.glob("002_*"))[0].unlink()
    with Library.open(corpus) as lib:
        assert lib.report.removed == 1
        assert len(lib.summaries()) == 4
        assert names(lib.search("canola")) == ["004"]


def test_renamed_file_reuses_stored_analysis(corpus, monkeypatch):
    Library.open(corpus).close()
    src = sorted(corpus.glob("004_*"))[0]
    src.rename(corpus / "renamed.txt")
    from briefing.core.index import documents

    def no_parse(*args, **kwargs):
        raise AssertionError("a renamed file must not be parsed again")

    monkeypatch.setattr(documents, "parse_bytes", no_parse)
    with Library.open(corpus) as lib:
        assert lib.report.added == 1 and lib.report.removed == 1
        assert "renamed.txt" in [Path(h.path).name for h in lib.search("canola").hits]


def test_article_comes_from_stored_analysis(corpus, monkeypatch):
    with Library.open(corpus) as lib:
        aid = lib.summaries()[2].id
        path = lib.path_of(aid)
    from briefing.core import ingest

    def no_parse(*args, **kwargs):
        raise AssertionError("opening an article must not re-parse the corpus")

    monkeypatch.setattr(ingest, "parse", no_parse)
    with Library.open(corpus) as lib:
        article = lib.article(aid)
        content = Path(path).read_text(encoding="utf-8")
        assert article.content == content and article.path == path
        assert article.sentences and all(content[s.start : s.end] == s.text for s in article.sentences)
        assert lib.id_of(path) == aid


def test_canola_finds_exactly_002_and_004_with_exact_highlights():
    with Library.open(SEEDS) as lib:
        result = lib.search("canola")
        assert names(result) == ["002", "004"] and result.total == 2
        for hit in result.hits:
            content = lib.article(hit.id).content
            assert hit.snippets
            for snip in hit.snippets:
                assert content[snip.start : snip.end] == snip.sentence
                assert snip.highlights
                assert all(content[a:b].lower() == "canola" for a, b in snip.highlights)


def test_stemming_highlights_every_form():
    with Library.open(SEEDS) as lib:
        result = lib.search("tariff")
        words = {
            lib.article(h.id).content[a:b].lower()
            for h in result.hits
            for s in h.snippets
            for a, b in s.highlights
        }
        assert "tariffs" in words


@pytest.mark.parametrize(
    "query, expected",
    [
        ("canola AND farmers", ["002", "004"]),
        ("canola NOT prairie", ["004"]),
        ('"canola exports"', ["004"]),
        ("canol*", ["002", "004"]),
        ("canolla~", ["002", "004"]),
    ],
)
def test_query_syntax(query, expected):
    with Library.open(SEEDS) as lib:
        assert names(lib.search(query)) == expected


def test_fields_title_outlet_date_entity(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        "---\ntitle: Wheat Prices Climb\noutlet: Prairie Post\ndate: 2025-03-02\n---\n"
        "Wheat prices climbed sharply on Monday as traders reacted.\n",
        encoding="utf-8",
    )
    (corpus / "b.md").write_text(
        "---\ntitle: Barley Outlook\noutlet: Harbour Daily\ndate: 2024-06-01\n---\n"
        "Barley growers expect a calm season, with wheat steady.\n",
        encoding="utf-8",
    )
    with Library.open(corpus) as lib:
        assert [Path(h.path).name for h in lib.search("title:wheat").hits] == ["a.md"]
        assert [Path(h.path).name for h in lib.search('outlet:"harbour daily"').hits] == ["b.md"]
        assert [Path(h.path).name for h in lib.search("wheat date:2024").hits] == ["b.md"]
        assert [Path(h.path).name for h in lib.search("wheat date:[2025-01-01 to 2025-12-31]").hits] == [
            "a.md"
        ]
        by_date = lib.search("wheat", sort="date")
        assert [Path(h.path).name for h in by_date.hits] == ["a.md", "b.md"]


def test_entity_field_uses_stored_mentions(tmp_path, monkeypatch):
    from briefing.core import analysis
    from briefing.core.model import Mention

    def fake_entities(article):
        at = article.content.find("Xi Jinping")
        return [Mention("Xi Jinping", "PERSON", "Xi Jinping", at, at + 10)] if at >= 0 else []

    monkeypatch.setattr(analysis, "entities", fake_entities)
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "x.txt").write_text(
        "Summit Talks\n\nXi Jinping met the delegation in Beijing.\n", encoding="utf-8"
    )
    (corpus / "y.txt").write_text(
        "Other News\n\nJinping Xi is a made-up reversed name here.\n", encoding="utf-8"
    )
    with Library.open(corpus) as lib:
        assert [Path(h.path).name for h in lib.search('entity:"Xi Jinping"').hits] == ["x.txt"]
        assert lib.entities()[0].canonical == "Xi Jinping"
        aid = lib.id_of(str(corpus / "x.txt"))
        assert [m.text for _, m in lib.mentions_of("Xi Jinping")] == ["Xi Jinping"]
        assert lib.mentions(aid)[0].start == lib.article(aid).content.find("Xi Jinping")


@pytest.mark.parametrize(
    "query",
    [
        "canola AND",
        "(canola",
        '"canola',
        "*",
        "?",
        "foo:bar",
        "date:notadate",
        "x" * 5000,
        "canola\x1b[31m",
        "OR",
        "canola~9",
    ],
)
def test_bad_queries_raise_one_line(query):
    with Library.open(SEEDS) as lib:
        with pytest.raises(QueryError) as info:
            lib.search(query)
        assert "\n" not in str(info.value) and str(info.value)


def test_private_index_lives_in_the_cache_and_corpus_is_untouched(corpus):
    before = sorted(p.name for p in corpus.rglob("*"))
    Library.open(corpus).close()
    assert sorted(p.name for p in corpus.rglob("*")) == before
    where = paths.private_index_dir(corpus)
    assert (where / "manifest.json").is_file()
    assert (where.stat().st_mode & 0o777) == 0o700
    assert ((where / "manifest.json").stat().st_mode & 0o777) == 0o600


def test_skipped_files_are_reported_and_not_reread(corpus):
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "bin.txt").write_bytes(b"\x00" * 500)
    with Library.open(corpus) as lib:
        assert len(lib.report.skipped) == 2
        assert any("empty.txt" in w for w in lib.warnings)
    with Library.open(corpus) as lib:
        assert lib.report.skipped == [] and not lib.report.wrote
        assert any("bin.txt" in w for w in lib.warnings)


def test_select_by_file_or_folder(corpus):
    (corpus / "sub").mkdir()
    (corpus / "sub" / "extra.txt").write_text(
        "Extra Report\n\nA short extra report on grain.\n", encoding="utf-8"
    )
    with Library.open(corpus) as lib:
        assert len(lib.select([])) == 6
        only = lib.select([corpus / "sub"])
        assert [Path(lib.path_of(aid)).name for aid in only] == ["extra.txt"]
        one = sorted(corpus.glob("002_*"))[0]
        assert lib.select([one]) == [lib.id_of(str(one))]
        assert [aid for aid, *_ in lib.iter_articles()] == lib.select([])


def test_scan_suffixes_match_ingest():
    from briefing.core import ingest
    from briefing.core.index import scan

    assert scan.SUFFIXES == frozenset(ingest.SUFFIXES)


def test_search_path_does_not_load_the_parser():
    import subprocess
    import sys

    Library.open(SEEDS).close()
    probe = (
        "import sys\nfrom briefing.core.library import Library\n"
        "lib = Library.open(sys.argv[1])\nassert lib.search('canola').total == 2\n"
        "print(sorted(m for m in ('briefing.core.ingest', 'yaml', 'briefing.core.cleaner') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(SEEDS)], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_searches_from_several_threads_agree():
    from concurrent.futures import ThreadPoolExecutor

    with Library.open(SEEDS) as lib:
        queries = ["canola", "tariff", "canola NOT prairie", "title:carney"] * 8
        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(lambda q: (q, names(lib.search(q))), queries))
        expected = {q: names(lib.search(q)) for q in set(queries)}
        assert all(found == expected[q] for q, found in results)
        assert expected["canola"] == ["002", "004"]


def test_highlight_prefilter_keeps_every_stemmed_form(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Ponies Report\n\nThe happiest ponies were happily running.\n"
        "Nothing here.\nA pony ran and happiness followed.\n",
        encoding="utf-8",
    )
    with Library.open(corpus) as lib:
        content = (corpus / "a.txt").read_text(encoding="utf-8")
        for query, words in [
            ("pony", {"ponies", "pony"}),
            ("happiness", {"happiness"}),
            ("running", {"running"}),
        ]:
            hit = lib.search(query).hits[0]
            found = {content[a:b].lower() for s in hit.snippets for a, b in s.highlights}
            assert words <= found, (query, found)


def test_scan_follows_symlinks_only_inside_the_corpus(tmp_path):
    from briefing.core.index.scan import scan

    outside = tmp_path / "outside.txt"
    outside.write_text("Secret\n\nNot part of the corpus.\n", encoding="utf-8")
    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text("A\n\nText a.\n", encoding="utf-8")
    (corpus / "link-out.txt").symlink_to(outside)
    (corpus / "link-in.txt").symlink_to(corpus / "sub" / "a.txt")
    (corpus / "sub" / "loop").symlink_to(corpus)
    (corpus / ".hidden.txt").write_text("H\n\nHidden.\n", encoding="utf-8")
    (corpus / "notes.csv").write_text("x,y\n", encoding="utf-8")
    listing = scan(corpus)
    assert sorted(listing.files) == ["link-in.txt", "sub/a.txt"]
    assert any("link-out.txt" in w and "outside the corpus" in w for w in listing.warnings)


def test_deferred_links_come_after_link_now(corpus):
    """The reader shows the corpus before linking: facts have no links until link_now()."""
    library = Library.open(corpus, link=False)
    library.defer_links = True
    assert library.links_pending
    aid = next(s.id for s in library.summaries() if s.path.endswith("002_dd7d3199a476c384.txt"))
    assert all(not f.corroborated_by for f in library.facts(aid))
    assert library.briefing() == []
    library.link_now()
    assert not library.links_pending
    assert any(f.corroborated_by for f in library.facts(aid))
    assert library.briefing()
    library.close()


def test_articles_load_while_links_are_computed(corpus, monkeypatch):
    """Linking takes minutes at 10,000 articles: the reader's thread must keep opening
    articles meanwhile (link_now used to hold the library's lock all along)."""
    import threading

    from briefing.core.index import link_process

    library = Library.open(corpus, link=False)
    library.defer_links = True
    started, release = threading.Event(), threading.Event()
    real_result = link_process.LinkProcess.result

    def slow_result(self):  # the linking process, held until the articles are open
        started.set()
        release.wait(30)
        return real_result(self)

    monkeypatch.setattr(link_process.LinkProcess, "result", slow_result)
    worker = threading.Thread(target=library.link_now)
    worker.start()
    try:
        assert started.wait(30)
        ids = [s.id for s in library.summaries()]
        done = threading.Event()
        loaded = []

        def open_articles():
            loaded.extend(library.article(aid).title for aid in ids)
            done.set()

        threading.Thread(target=open_articles, daemon=True).start()
        assert done.wait(10), "opening articles waited for the linker"
        assert len(loaded) == len(ids) and library.links_pending
    finally:
        release.set()
        worker.join(60)
    assert not library.links_pending
    aid = next(s.id for s in library.summaries() if s.path.endswith("002_dd7d3199a476c384.txt"))
    assert any(f.corroborated_by for f in library.facts(aid))
    library.close()


def test_links_are_computed_in_another_process(corpus, monkeypatch):
    """The reader links in a spawned process: its own interpreter computes nothing."""
    from briefing.core.index import updater

    library = Library.open(corpus, link=False)
    library.defer_links = True

    def not_here(*args, **kwargs):
        raise AssertionError("linked in the reader's own process")

    monkeypatch.setattr(updater, "relink", not_here)
    library.link_now()
    aid = next(s.id for s in library.summaries() if s.path.endswith("002_dd7d3199a476c384.txt"))
    assert any(f.corroborated_by for f in library.facts(aid)) and library.briefing()
    assert library.index_dir.read_json("links.json", {}).get("token") == library._manifest["token"]
    library.close()


def test_source_list_fact_counts_are_the_facts_a_reader_is_shown(corpus):
    # the index keeps up to 15 key facts an article; the summary counts those shown
    with Library.open(corpus) as lib:
        shown = {s.id: s.facts for s in lib.summaries()}
        assert shown == {aid: len(lib.facts(aid)) for aid in shown}
        assert max(shown.values()) == lib.fact_limit == 8
    with Library.open(corpus) as lib:
        lib.fact_limit = 3
        assert {s.facts for s in lib.summaries()} == {3}


@pytest.mark.parametrize("first", ["a.txt", "b.txt"])
def test_hits_of_equal_score_come_in_path_order_whatever_the_index_order(tmp_path, first):
    # Whoosh breaks ties by document number, which follows the order files were indexed in
    corpus = tmp_path / "news"
    corpus.mkdir()
    text = "Harbour tolls\n\nThe harbour board raised the tolls for ferries on Monday, its chair said.\n"
    (corpus / first).write_text(text)
    Library.open(corpus).close()
    (corpus / ({"a.txt", "b.txt"} - {first}).pop()).write_text(text)  # a later document number
    with Library.open(corpus) as lib:
        hits = lib.search("tolls").hits
    assert [Path(h.path).name for h in hits] == ["a.txt", "b.txt"]
    assert hits[0].score == hits[1].score


def test_a_killed_readers_link_results_are_removed_by_the_next_one(tmp_path, monkeypatch):
    """A reader killed while it linked (SIGKILL, an SSH session torn down) left its empty result
    file in /tmp; the next reader's linking removes the files of readers that are gone."""
    import subprocess
    import sys
    import tempfile

    from briefing.core.index import link_process

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = tmp_path / f"briefing-links-{int(gone.stdout)}-abc.json"
    alive = tmp_path / f"briefing-links-{os.getpid()}-def.json"
    other = tmp_path / "briefing-links-old.json"
    for path in (dead, alive, other):
        path.write_text("")
    link_process._remove_stale()
    assert not dead.exists()
    assert alive.exists() and other.exists()
