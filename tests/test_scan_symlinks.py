"""The stat-only corpus scan never follows a symlink out of the corpus (file or folder)."""

from __future__ import annotations

import os

from briefing.core.index.scan import scan


def test_scan_skips_symlinks_leaving_the_corpus_and_keeps_those_inside(tmp_path):
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    (corpus / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret Title\n\nNot part of the corpus at all.\n")
    (corpus / "a.txt").write_text("A Title\n\nA body sentence here.\n")
    (corpus / "sub" / "b.md").write_text("# B\n\nAnother body sentence.\n")
    (corpus / "notes.pdf").write_bytes(b"%PDF")
    os.symlink(outside / "secret.txt", corpus / "link.txt")
    os.symlink(outside, corpus / "linkdir")
    os.symlink(corpus / "a.txt", corpus / "sub" / "inside.txt")
    result = scan(corpus)
    assert sorted(result.files) == ["a.txt", "sub/b.md", "sub/inside.txt"]
    assert sum("outside the corpus" in w for w in result.warnings) == 2
    assert result.files["a.txt"].size == (corpus / "a.txt").stat().st_size
