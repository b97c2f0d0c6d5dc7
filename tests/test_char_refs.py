"""HTML character references in text files are decoded, and the offsets index the decoded text.
Fixtures written for the test."""

from __future__ import annotations

from briefing.core import char_refs
from briefing.core.ingest import parse_bytes

from .test_ingest import assert_offsets_exact


def test_named_decimal_and_hex_references_become_characters():
    assert char_refs.decode("caf&#233; &amp; caf&eacute; &#x2014; &ldquo;Yes&rdquo;") == "café & café — “Yes”"


def test_incomplete_and_unsafe_references_stay_as_written():
    text = "AT&T and R&D; ?a=1&para=2 &copy 2026 &#0; &#10; &#xD800; &bogus; &"
    assert char_refs.decode(text) == text


def test_a_text_file_shows_the_characters_with_exact_offsets():
    data = (
        b"Caf&#233; owners &amp; staff back the new market hall\n\n"
        b"The caf&eacute; owners on Mill Street said on Friday that the hall would bring more people "
        b"into the old town, and that they would open later on market days.\n"
    )
    article = parse_bytes("page.txt", data)
    assert "&#233;" not in article.content and "&amp;" not in article.content
    assert article.title == "Café owners & staff back the new market hall"
    assert any("The café owners" in b.text for b in article.blocks)
    assert_offsets_exact(article)
