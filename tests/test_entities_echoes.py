"""A typed name's untyped repetitions in its article (``briefing.core.entities.echoes``).

Fixtures are written for these tests (an invented charity and its partner).
"""

from __future__ import annotations

from briefing.core.entities import echoes
from briefing.core.entities.gazetteer import builtin

HEAD = "Aid arrives\n\n"


def run(body: str, name: str, kind: str = "ORG", head: str = HEAD) -> list[tuple[str, str, int]]:
    """Type the first mention of ``name`` inside the body's first sentence, then echo it."""
    content = head + body
    body_start = len(head)
    start = content.index(name, content.index(" ", body_start))
    found = [(start, start + len(name), kind, name)]
    inline = [(body_start, len(content))]
    headlines = [(0, head.index("\n"))]
    got = echoes.apply(found, content, builtin(), inline, headlines)
    return [(content[s:e], k, s) for s, e, k, _ in got]


def test_a_name_typed_inside_a_sentence_types_its_untyped_repetitions():
    got = run(
        "Maps came from the charity Kavrel on Monday. Kavrel supplies maps. Kavrel's pilots flew.", "Kavrel"
    )
    assert [(t, k) for t, k, _ in got] == [("Kavrel", "ORG")] * 3


def test_a_repetition_joined_to_another_capitalised_word_is_part_of_another_name():
    got = run("Maps came from the charity Kavrel on Monday. Kavrel Valley farmers used them.", "Kavrel")
    assert len(got) == 1
    got = run("Maps came from the charity Kavrel on Monday. Upper Kavrel was flooded.", "Kavrel")
    assert len(got) == 1


def test_a_full_stop_ends_the_sentence_before_a_repetition_but_an_initial_does_not():
    got = run("Maps came from the charity Kavrel and Ostrano. Kavrel flew daily.", "Kavrel")
    assert len(got) == 2
    got = run("Maps came from the charity Kavrel on Monday. Dr. Kavrel spoke.", "Kavrel")
    assert len(got) == 1


def test_an_ordinary_word_the_article_writes_in_lower_case_is_not_repeated():
    body = "Maps came from the charity Beacon on Monday. Beacon supplies maps."
    assert len(run(body, "Beacon")) == 2
    assert len(run(body + " A beacon flashed.", "Beacon")) == 1


def test_a_title_case_headline_repeats_the_name_but_not_a_longer_name_in_plain_case():
    body = "Maps came from the charity Kavrel on Monday."
    got = run(body, "Kavrel", head="Kavrel Maps Flood Zones For Rescuers\n\n")
    assert [(t, s) for t, _, s in got if s == 0] == [("Kavrel", 0)]
    got = run(body, "Kavrel", head="Kavrel Valley farmers get maps\n\n")
    assert not [s for _, _, s in got if s == 0]


def test_a_name_typed_only_at_a_sentence_start_or_two_ways_is_not_repeated():
    content = HEAD + "Kavrel flew on Monday. The pilots of Kavrel slept. Later Kavrel left."
    first = content.index("Kavrel")
    found = [(first, first + 6, "ORG", "Kavrel")]
    inline = [(len(HEAD), len(content))]
    assert echoes.apply(found, content, builtin(), inline, [(0, 10)]) == found
    second = content.index("Kavrel", first + 1)
    third = content.index("Kavrel", second + 1)
    found = [(second, second + 6, "ORG", "Kavrel"), (third, third + 6, "PERSON", "Kavrel")]
    assert echoes.apply(found, content, builtin(), inline, [(0, 10)]) == found
