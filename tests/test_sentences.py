"""Sentence splitting: the seeds' gold segmentation and a table of tricky cases."""

from __future__ import annotations

import pytest
import yaml

from briefing.core.ingest import load_paths
from briefing.core.sentences import split_spans

from .conftest import SEEDS


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_spans(text)]


TRICKY = [
    ("He met U.S. officials. They agreed.", ["He met U.S. officials.", "They agreed."]),
    ("Trade with the U.S. fell. The data showed it.", ["Trade with the U.S. fell.", "The data showed it."]),
    ("It ended outside the U.S.", ["It ended outside the U.S."]),
    (
        "The talks began Oct. 31 in Seoul. Both sides spoke.",
        ["The talks began Oct. 31 in Seoul.", "Both sides spoke."],
    ),
    (
        "Mr. Smith and Dr. Jones met at 9 a.m. on Friday.",
        ["Mr. Smith and Dr. Jones met at 9 a.m. on Friday."],
    ),
    ("They met at 9 a.m. The talks lasted an hour.", ["They met at 9 a.m.", "The talks lasted an hour."]),
    (
        "He is ranked No. 1 in the world. She is second.",
        ["He is ranked No. 1 in the world.", "She is second."],
    ),
    (
        "“We will go,” he said. “It is historic.” Then he left.",
        ["“We will go,” he said.", "“It is historic.”", "Then he left."],
    ),
    ('She said "yes." He agreed.', ['She said "yes."', "He agreed."]),
    ("J. R. Smith scored. The crowd cheered.", ["J. R. Smith scored.", "The crowd cheered."]),
    ("Is it over? No. It has just begun!", ["Is it over?", "No.", "It has just begun!"]),
    ("Prices rose 3.5 per cent. Wages did not.", ["Prices rose 3.5 per cent.", "Wages did not."]),
    ("Acme Corp. said profits rose. Shares fell.", ["Acme Corp. said profits rose.", "Shares fell."]),
    ("The E.U. and the U.K. signed. It took years.", ["The E.U. and the U.K. signed.", "It took years."]),
    ("Sales fell (see Fig. 2) last year.", ["Sales fell (see Fig. 2) last year."]),
    ("Wait... what happened?", ["Wait... what happened?"]),
]


@pytest.mark.parametrize("text,expected", TRICKY)
def test_tricky_cases(text, expected):
    assert split(text) == expected


def test_offsets_with_base():
    text = "One. Two."
    spans = split_spans(text, offset=100)
    assert spans == [(100, 104), (105, 109)]


def test_seed_gold_segmentation_has_zero_errors(eval_dir):
    gold = yaml.safe_load((eval_dir / "seeds-sentences.yaml").read_text(encoding="utf-8"))
    corpus = load_paths([SEEDS])
    errors = []
    for article in corpus.articles:
        want = {(s["start"], s["end"]) for s in gold[article.name] if s["kind"] != "boilerplate"}
        got = {(s.start, s.end) for s in article.sentences}
        errors += [(article.name, "missing", article.content[a:b]) for a, b in sorted(want - got)]
        errors += [(article.name, "extra", article.content[a:b]) for a, b in sorted(got - want)]
    assert errors == []
    assert len(corpus.articles) == 5


def test_a_list_items_bullet_is_not_part_of_its_first_sentence():
    text = "- The ferry will run every hour. It starts in May.\n• Fares stay the same.\n-5C is forecast."
    first, second, third = text.split("\n")
    assert [first[a:b] for a, b in split_spans(first)] == [
        "The ferry will run every hour.",
        "It starts in May.",
    ]
    assert [second[a:b] for a, b in split_spans(second)] == ["Fares stay the same."]
    assert [third[a:b] for a, b in split_spans(third)] == ["-5C is forecast."]  # a sign, not a bullet
