"""A phrase search shows, and opens, the sentences holding the phrase, its words marked only where
they make it: for "trade war" a sentence with "trade" and "war" apart (or "trading") came first,
and Enter opened the article there, while the phrase stood further on."""

from __future__ import annotations

from pathlib import Path

from briefing.core.library import Library

TEXT = """Tariff talks resume in Geneva

Trade officials said the war of words over steel had cooled, and trade ministers from both
sides were trading offers on Monday.

Negotiators met for six hours at the lakeside hotel.

Analysts said the trade war had cost exporters billions of dollars since it began.

A second round is planned for March.
"""


def _library(tmp_path: Path) -> Library:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "geneva.txt").write_text(TEXT, encoding="utf-8")
    (folder / "other.txt").write_text(
        "Ports reopen after storm\n\nThe harbour reopened to ships on Tuesday after the storm passed.\n",
        encoding="utf-8",
    )
    return Library.open(folder)


def _marked(snippet) -> list[str]:
    return [snippet.sentence[a - snippet.start : b - snippet.start] for a, b in snippet.highlights]


def test_a_phrase_search_shows_the_sentence_holding_the_phrase_first(tmp_path):
    with _library(tmp_path) as library:
        result = library.search('"trade war"')
        assert result.total == 1
        snippets = result.hits[0].snippets
        assert snippets[0].sentence.startswith("Analysts said the trade war had cost")
        assert _marked(snippets[0]) == ["trade", "war"]
        for snippet in snippets:  # every sentence shown holds the phrase: words apart mark nothing
            assert "trade war" in snippet.sentence.lower(), snippet.sentence


def test_words_beside_a_phrase_are_still_marked(tmp_path):
    with _library(tmp_path) as library:
        snippets = library.search('"trade war" exporters').hits[0].snippets
        assert _marked(snippets[0]) == ["trade", "war", "exporters"]


def test_words_without_quotes_are_marked_one_by_one(tmp_path):
    with _library(tmp_path) as library:
        first = library.search("trade war").hits[0].snippets[0]
        assert first.sentence.startswith("Trade officials said the war")
        assert {"trade", "war"} <= {w.lower() for w in _marked(first)}


def test_a_phrase_typed_in_the_reader_is_found_too(tmp_path):
    with _library(tmp_path) as library:
        first = library.search('"trade war" expor', prefix=True).hits[0].snippets[0]
        assert _marked(first) == ["trade", "war", "exporters"]
