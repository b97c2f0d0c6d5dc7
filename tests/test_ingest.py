"""Ingest: formats, front matter, encodings, bad files, and the offset invariant."""

from __future__ import annotations

import json
import subprocess

import pytest

from briefing.core.ingest import SkipFile, decode, load_file, load_paths

from .conftest import FIXTURES, SEEDS, briefing_cmd

MIXED = FIXTURES / "mixed"


def assert_offsets_exact(article):
    for block in article.blocks:
        assert article.content[block.start : block.end] == block.text
    for sentence in article.sentences:
        assert article.content[sentence.start : sentence.end] == sentence.text
        block = article.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
    for dropped in article.dropped:
        assert article.content[dropped.start : dropped.end] == dropped.text


def test_every_block_and_sentence_slices_the_file_exactly():
    corpus = load_paths([SEEDS, MIXED, FIXTURES / "web"])
    assert len(corpus.articles) >= 10
    for article in corpus.articles:
        assert_offsets_exact(article)
        if article.format == "txt":
            # offsets index the file as Python reads it in text mode
            with open(article.path, encoding="utf-8", errors="replace") as handle:
                on_disk = handle.read()
            if "decoded as" not in " ".join(article.warnings):
                assert on_disk == article.content


def test_seeds_have_titles_and_no_chrome_left():
    corpus = load_paths([SEEDS])
    assert len(corpus.articles) == 5 and corpus.warnings == []
    kept = " ".join(b.text for a in corpus.articles for b in a.blocks)
    for chrome in ("ON NOW", "EXCERPT:", "Follow us on", "Leave a Reply", "Required fields are marked"):
        assert chrome not in kept
    for article in corpus.articles:
        assert article.title
        assert all(d.reason for d in article.dropped)


def test_headline_dek_and_headings_are_found():
    by_name = {a.name[:3]: a for a in load_paths([SEEDS]).articles}
    kinds = [b.kind for b in by_name["003"].blocks]
    assert kinds[:2] == ["title", "dek"]
    assert kinds.count("heading") == 3
    # no headline-shaped first line: the title is derived from the lede
    assert not any(b.kind == "title" for b in by_name["004"].blocks)
    assert by_name["004"].title.startswith("Canada's Prime Minister Mark Carney")


def test_markdown_front_matter_and_headings():
    article = load_file(MIXED / "notes.md")
    assert article.title == "Central Bank Holds Rates Steady"
    assert (article.outlet, article.author, article.date) == ("The Example Times", "A. Writer", "2025-06-01")
    assert article.url == "https://times.example/rates"
    assert [b.kind for b in article.blocks] == ["title", "body", "heading", "body", "body"]
    # markers stay outside the offsets: "# ", "## ", "- "
    assert article.blocks[0].text == "Central Bank Holds Rates Steady"
    assert article.blocks[-1].text.startswith("Governor Ana Lima")
    assert [d.text for d in article.dropped] == ["Follow us on:"]
    assert_offsets_exact(article)


def test_broken_front_matter_warns_and_still_loads(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text(
        "---\ntitle: [unclosed\n---\nA Headline Here\n\nThe body says something useful today.\n",
        encoding="utf-8",
    )
    article = load_file(path)
    assert any("front matter" in w for w in article.warnings)
    assert article.title == "A Headline Here"


def test_html_article_body_and_metadata():
    article = load_file(MIXED / "wire.html")
    assert article.format == "html"
    assert article.title == "Port Strike Halts Grain Exports"
    assert article.outlet == "Example News" and article.author == "Jane Doe"
    text = " ".join(b.text for b in article.blocks)
    for gone in (
        "tracking",
        "color:red",
        "Home",
        "Most read",
        "Workers gather",
        "newsletter",
        "All rights reserved",
        "Advertisement",
        "By Jane Doe",
        "Share this article",
    ):
        assert gone not in text
    assert "country’s largest port" in text  # entities decoded
    assert [b.text for b in article.blocks if b.kind == "heading"] == ["What Comes Next"]
    assert_offsets_exact(article)


def test_cp1252_fallback_warns():
    article = load_file(MIXED / "latin1.txt")
    assert "Café" in article.title
    assert any("cp1252" in w for w in article.warnings)


def test_crlf_offsets_match_text_mode_reading():
    article = load_file(MIXED / "crlf.txt")
    assert "\r" not in article.content
    assert [s.text for s in article.sentences][1:] == [
        "The first sentence is here.",
        "The second one follows.",
        "A final paragraph ends it.",
    ]


@pytest.mark.parametrize("name,reason", [("archive.txt", "binary"), ("empty.txt", "empty")])
def test_bad_files_are_skipped_with_a_reason(name, reason):
    with pytest.raises(SkipFile, match=reason):
        load_file(MIXED / name)


def test_size_cap(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Headline\n\n" + "A sentence about things. " * 1000, encoding="utf-8")
    with pytest.raises(SkipFile, match="cap"):
        load_file(path, max_bytes=1000)


def test_corpus_loads_despite_bad_files():
    corpus = load_paths([MIXED])
    names = sorted(a.name for a in corpus.articles)
    assert names == ["crlf.txt", "latin1.txt", "notes.md", "wire.html", "wrapped.txt"]
    assert len([w for w in corpus.warnings if "skipped" in w]) == 2
    assert all("\n" not in w for w in corpus.warnings)


def test_folder_walk_skips_hidden_and_outside_symlinks(tmp_path):
    corpus_dir = tmp_path / "corpus"
    (corpus_dir / "sub").mkdir(parents=True)
    (corpus_dir / ".hidden").mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("Secret Headline\n\nThis file lives outside the corpus folder.\n", encoding="utf-8")
    (corpus_dir / "sub" / "a.txt").write_text(
        "Inside Headline\n\nThis one is inside the corpus.\n", encoding="utf-8"
    )
    (corpus_dir / ".hidden" / "b.txt").write_text("Hidden\n\nHidden text here.\n", encoding="utf-8")
    (corpus_dir / "link.txt").symlink_to(outside)
    corpus = load_paths([corpus_dir])
    assert [a.name for a in corpus.articles] == ["a.txt"]
    assert any("outside the corpus" in w for w in corpus.warnings)


def test_decode_normalises_newlines_and_falls_back():
    assert decode(b"a\r\nb\rc") == ("a\nb\nc", None)
    text, warning = decode(b"caf\xe9")
    assert text == "café" and "cp1252" in warning


def test_show_json_contract_and_exit_codes(tmp_path):
    out = subprocess.run(
        briefing_cmd() + ["show", "--json", str(SEEDS)], capture_output=True, text=True, check=True
    )
    data = json.loads(out.stdout)
    assert len(data) == 5
    for item in data:
        content = open(item["path"], encoding="utf-8").read()
        assert item["title"]
        for block in item["blocks"]:
            assert set(block) >= {"kind", "text", "start", "end"}
            assert content[block["start"] : block["end"]] == block["text"]
        for dropped in item["dropped"]:
            assert dropped["reason"] and content[dropped["start"] : dropped["end"]] == dropped["text"]
    missing = subprocess.run(
        briefing_cmd() + ["show", str(tmp_path / "nope")], capture_output=True, text=True
    )
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "Traceback" not in missing.stderr


def test_clean_score_loses_no_fact_sentence(eval_dir, tmp_path):
    out = subprocess.run(
        briefing_cmd() + ["show", "--json", str(SEEDS)], capture_output=True, text=True, check=True
    )
    pred = tmp_path / "show.json"
    pred.write_text(out.stdout, encoding="utf-8")
    import sys

    score = subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), "clean", str(eval_dir / "seeds-facts.yaml"), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "fact sentences lost 0/45" in score.stdout


def test_hard_wrapped_paragraphs_are_joined():
    article = load_file(MIXED / "wrapped.txt")
    assert [b.kind for b in article.blocks] == ["title", "body", "body"]
    texts = [s.text for s in article.sentences if s.kind == "body"]
    assert len(texts) == 4
    assert texts[0].startswith("Heavy rains flooded") and texts[0].endswith("officials said.")
    assert_offsets_exact(article)


def test_unwrapped_lines_stay_paragraphs():
    # the seeds have one paragraph per line: every line is its own block
    article = load_file(SEEDS / "000_cca2041e43f98234.txt")
    assert all("\n" not in b.text for b in article.blocks)


def test_folder_walk_follows_a_symlink_loop_once(tmp_path):
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "a.txt").write_text(
        "Loop Headline\n\nA body sentence is here for the test.\n", encoding="utf-8"
    )
    (corpus_dir / "loop").symlink_to(corpus_dir)  # points back at the corpus itself
    corpus = load_paths([corpus_dir])
    assert [a.name for a in corpus.articles] == ["a.txt"]


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)),  # one NUL in 256 bytes, not UTF-8
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00\x8b\x9c\xe3Z" + b"word " * 400,  # a zip header
        ("A Headline\n\n" + "Text that runs on and on. " * 200).encode() + b"\x00\x01\x02\xff\xfe",
    ],
    ids=["all-bytes", "zip", "text-then-binary"],
)
def test_a_nul_in_the_first_8000_bytes_is_binary(tmp_path, data):
    path = tmp_path / "file.txt"
    path.write_bytes(data)
    with pytest.raises(SkipFile, match="binary"):
        load_file(path)
    corpus = load_paths([tmp_path])
    assert corpus.articles == [] and len(corpus.warnings) == 1 and "binary" in corpus.warnings[0]


def test_text_with_a_stray_nul_or_utf16_is_not_binary(tmp_path):
    stray = tmp_path / "stray.txt"
    stray.write_bytes(("A Headline Here\n\n" + "A sentence of the body. " * 20 + "\x00 end.\n").encode())
    assert load_file(stray).title == "A Headline Here"
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("A Headline Here\n\nThe body of the article is here.\n".encode("utf-16"))
    assert load_file(utf16).title == "A Headline Here"
    late = tmp_path / "late.txt"  # a NUL past the first 8,000 bytes, as git reads it: text
    late.write_bytes(("A Headline Here\n\n" + "A sentence of the body. " * 400).encode() + b"\x00\n")
    assert load_file(late).title == "A Headline Here"


def test_load_paths_takes_any_iterable_of_paths_or_strings():
    as_list = load_paths([MIXED / "wrapped.txt", str(MIXED / "notes.md")])
    as_generator = load_paths(p for p in (MIXED / "wrapped.txt", str(MIXED / "notes.md")))
    as_tuple = load_paths((MIXED / "wrapped.txt", MIXED / "notes.md"))
    titles = [a.title for a in as_list.articles]
    assert len(titles) == 2
    assert [a.title for a in as_generator.articles] == titles
    assert [a.title for a in as_tuple.articles] == titles


def test_a_text_file_decoded_twice_is_repaired_and_its_offsets_index_the_repaired_text(tmp_path):
    path = tmp_path / "copy.txt"
    # UTF-8 read as cp1252 and saved again, as older corpora and some copies hold it
    body = "The loaf now costs £2.10, it’s said at the café, up from ‘£1.80’ a year ago."
    path.write_text("Bread Prices Rise Again\n\n" + body.encode("utf-8").decode("cp1252") + "\n")
    assert "Â£" in path.read_text(encoding="utf-8")
    article = load_file(path)
    assert [b.text for b in article.blocks if b.kind == "body"] == [body]
    assert article.title == "Bread Prices Rise Again"
    assert_offsets_exact(article)
    # text in other scripts and accented words written correctly stay as they are
    kept = "Ångström, São Paulo, naïve — Zürich’s “Ä” and 東京."
    path.write_text(kept + "\n")
    assert load_file(path).content == kept + "\n"


def test_utf8_with_one_broken_byte_keeps_its_other_characters(tmp_path):
    # one stray cp1252 quote must not turn every "é" of the file into "Ã©"
    path = tmp_path / "stray.txt"
    text = "Café talks in Zürich\n\nThe café’s owner said the Zürich talks would go on.\n"
    data = text.encode("utf-8").replace("’".encode(), b"\x92")
    path.write_bytes(data)
    article = load_file(path)
    assert article.title == "Café talks in Zürich"
    assert "The café\ufffds owner said the Zürich talks" in article.content
    assert article.warnings[0] == "not valid UTF-8 in 1 place, shown as \ufffd"


def test_a_cp1252_file_is_still_read_as_cp1252(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(
        "Café talks in Zürich\n\nThe café’s owner said the talks would go on.\n".encode("cp1252")
    )
    article = load_file(path)
    assert article.title == "Café talks in Zürich" and "café’s owner" in article.content
    assert article.warnings[0] == "not valid UTF-8, decoded as cp1252"
