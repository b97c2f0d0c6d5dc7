"""The benchmark's corpus generator: deterministic, prefix-stable, and readable as articles."""

from __future__ import annotations

from pathlib import Path

from briefing.core import ingest
from tests.perf import generate_corpus


def _tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def test_same_seed_same_corpus_and_smaller_n_is_a_prefix(tmp_path):
    generate_corpus.generate(tmp_path / "a", 40, seed=3)
    generate_corpus.generate(tmp_path / "b", 40, seed=3)
    generate_corpus.generate(tmp_path / "c", 15, seed=3)
    a, b, c = _tree(tmp_path / "a"), _tree(tmp_path / "b"), _tree(tmp_path / "c")
    assert a == b
    assert len(a) == 40 and len(c) == 15
    assert all(a[name] == text for name, text in c.items())


def test_other_seed_other_articles(tmp_path):
    generate_corpus.generate(tmp_path / "a", 10, seed=1)
    generate_corpus.generate(tmp_path / "b", 10, seed=2)
    assert set(_tree(tmp_path / "a").values()).isdisjoint(_tree(tmp_path / "b").values())


def test_articles_load_with_titles_sentences_and_front_matter(tmp_path):
    paths = generate_corpus.generate(tmp_path / "c", 200, seed=1)
    corpus = ingest.load_paths([tmp_path / "c"])
    assert len(corpus.articles) == len(paths) == 200
    assert not corpus.warnings
    assert all(a.title and len(a.sentences) >= 5 for a in corpus.articles)
    markdown = [a for a in corpus.articles if a.format == "md"]
    assert markdown and all(a.outlet and a.date for a in markdown)
    # the occasional web chrome is there, and the cleaner drops it
    assert any(d.reason == "advertisement" for a in corpus.articles for d in a.dropped)


def test_regenerating_replaces_only_its_own_files(tmp_path):
    out = tmp_path / "c"
    generate_corpus.generate(out, 30, seed=1)
    generate_corpus.generate(out, 10, seed=1)
    assert len(_tree(out)) == 10
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "mine.txt").write_text("not generated")
    try:
        generate_corpus.generate(tmp_path / "other", 5)
    except SystemExit as exc:
        assert "not empty" in str(exc)
    else:
        raise AssertionError("generating into a foreign folder must refuse")
    assert (tmp_path / "other" / "mine.txt").read_text() == "not generated"
