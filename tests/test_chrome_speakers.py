"""An interview's speaker labels stay; a byline printed twice (under the headline and in the
author box) still goes. Fixtures written for the test."""

from __future__ import annotations

from briefing.core.chrome.inserts import repeated_names

from .chrome_helpers import kept_blocks, parse_lines

TITLE = "Growers face an early harvest"
ANSWERS = [
    "The harvest came in three weeks early this year, and the cooperative had to hire more pickers.",
    "We expect prices to hold through the winter, although a hard frost could change that quickly.",
    "Nobody here remembers a season like it, and the older growers have seen a great deal.",
]
QUESTIONS = [
    "Why did the harvest come in so early this year?",
    "What happens to prices now?",
    "Is there anything else growers should know?",
]


INTRO = "The chair of the orchard cooperative talked to us about the season and what comes next."


def test_two_speakers_named_before_each_turn_keep_their_names():
    lines = [TITLE, INTRO]
    for question, answer in zip(QUESTIONS, ANSWERS, strict=True):
        lines += ["Lena Park", question, "Maria Lund", answer]
    kept = kept_blocks(parse_lines(lines))
    assert kept.count("Lena Park") == 3 and kept.count("Maria Lund") == 3
    assert all(answer in kept for answer in ANSWERS)


def test_one_speakers_name_twice_between_question_labels_stays():
    lines = [
        TITLE,
        INTRO,
        "Q:",
        QUESTIONS[0],
        "Maria Lund",
        ANSWERS[0],
        "Q:",
        QUESTIONS[1],
        "Maria Lund",
        ANSWERS[1],
    ]
    assert kept_blocks(parse_lines(lines)).count("Maria Lund") == 2


def test_a_byline_and_an_author_box_with_a_bio_still_go():
    bio = "He covers farming and the weather for the paper."
    texts = [TITLE, "Tomas Berg", *ANSWERS, "Tomas Berg", bio]
    assert set(repeated_names(texts, {}, set())) == {1, 5}


def test_a_name_repeated_over_lines_that_are_no_prose_is_not_a_speaker():
    texts = [TITLE, "Tomas Berg", ANSWERS[0], "Tomas Berg", "Share this article", "Tomas Berg", "Follow"]
    assert set(repeated_names(texts, {}, set())) == {1, 3, 5}


def test_a_name_followed_by_its_own_bio_each_time_is_not_a_speaker():
    bio = "Tomas Berg is the paper's farming reporter."
    texts = [TITLE, "Tomas Berg", bio, ANSWERS[0], "Tomas Berg", bio, "Tomas Berg", bio]
    assert set(repeated_names(texts, {}, set())) == {1, 4, 6}


def test_bare_question_and_answer_labels_stay():
    lines = ["Home", "News", "Sport", "Weather", TITLE, "By Tomas Berg", INTRO]
    for question, answer in zip(QUESTIONS, ANSWERS, strict=True):
        lines += ["Q", question, "A.", answer]
    kept = kept_blocks(parse_lines(lines))
    assert kept.count("Q") == 3 and kept.count("A.") == 3
    assert all(answer in kept for answer in ANSWERS)


def test_a_text_size_button_is_no_answer_label():
    from briefing.core.chrome.sequences import interview_labels

    texts = [TITLE, "A", "A", "A", INTRO, *ANSWERS]
    assert interview_labels(texts) == set()
    texts = [TITLE, INTRO, "A", ANSWERS[0], "A", ANSWERS[1]]  # no question anywhere
    assert interview_labels(texts) == set()
