"""briefing.core.folded: a case-blind pattern run over lower-cased text finds what it finds."""

from __future__ import annotations

import re

from briefing.core.folded import Folded, foldable, lowered

CUE = re.compile(r"\b(?:scheduled|due to (?:arrive|meet)|is set to|retaliat\w+)\b", re.I)

TEXTS = [
    "The minister is SCHEDULED to arrive on Monday.",
    "Talks are Due To Meet again; the vote Is Set To pass.",
    "Officials retaliated, and RETALIATION followed.",
    "Nothing to see here.",
    "“Scheduled” flights resumed — the café is set to reopen.",  # non-ASCII, same length folded
    "İs set to (dotted capital I folds to two characters)",
    "ſcheduled with a long s, which re folds to 's'",
    "Kelvin sign: \u212a is not a k, but re folds it to one",
    "ıs set to (dotless i)",
    "",
]


def _found(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0).lower()) for m in matches]


def test_the_same_matches_as_the_pattern_on_any_text():
    folded = Folded(CUE)
    assert folded.sensitive is not None
    for text in TEXTS:
        assert _found(folded.finditer(text)) == _found(CUE.finditer(text)), text
        assert bool(folded.search(text)) == bool(CUE.search(text)), text
        assert bool(folded.match(text)) == bool(CUE.match(text)), text
        assert folded.sub(" X ", text) == CUE.sub(" X ", text), text


def test_text_whose_folding_re_would_not_share_is_searched_as_it_is():
    assert lowered("İs set to") is None  # lower() makes two characters of U+0130
    assert lowered("ſcheduled") is None
    assert lowered("Kelvin \u212a") is None
    assert lowered("ıs") is None
    assert lowered("Café “Scheduled”") == "café “scheduled”"
    # the special letters still match as the pattern matches them (re folds them to ASCII)
    assert Folded(CUE).search("ſcheduled") is not None
    assert Folded(CUE).search("İs set to") is not None
    assert CUE.sub("", "İs set to") == Folded(CUE).sub("", "İs set to") == ""


def test_patterns_that_could_tell_the_difference_are_not_folded():
    assert not foldable(re.compile(r"\bUnited States\b", re.I))  # capitals in the pattern
    assert not foldable(re.compile(r"scheduled"))  # case-sensitive already
    assert not foldable(re.compile(r"\x53cheduled", re.I))  # an escaped capital
    assert not foldable(re.compile(r"(?-i:S)cheduled", re.I))  # inline flags
    assert not foldable(re.compile(r"«scheduled»", re.I))  # non-ASCII source
    assert foldable(re.compile(r"(?P<c0>due to)|\bset\W+to\b", re.I))  # group names, escapes
    unfolded = Folded(re.compile(r"[A-Z]{2}\d", re.I))
    assert unfolded.sensitive is None
    assert unfolded.search("ab1") is not None


def test_a_replacement_with_group_references_uses_the_pattern_itself():
    pattern = re.compile(r"(set) to", re.I)
    assert Folded(pattern).sub(r"\1 for", "It is Set to rain") == "It is Set for rain"
