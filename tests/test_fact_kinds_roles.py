"""Fact kinds by what the date or the figure does in the sentence: a weekday in a name, the day a
thing was said, a figure inside a name or an age give no kind; a date saying when, and a figure
stated, still do. Fixtures written for these tests."""

from __future__ import annotations

from .test_fact_kinds import _facts

WHEN = "The Kestrel Bay ferry will return to service on Wednesday after repairs to its engine."
FIGURE = "The harbour commission spent 4.2 million crowns on the new pier at Kestrel Bay."


def test_a_weekday_in_a_name_or_the_day_it_was_said_is_no_date(tmp_path):
    in_name = "Shops in Avonmere reported long queues for Black Friday discounts on winter coats."
    paper = "The mayor of Avonmere wrote about the ferry crisis in the Mail on Sunday."
    said = "Ferry captain Ines Brandt said on Monday that the fleet needed a new engine room crew."
    statement = "In a statement on Tuesday, the harbour commission thanked the crews of the fleet."
    modifier = "The commission described Thursday's report on the pier as accurate and thorough."
    event = "The crews showed their respect to Sept. 11 survivors by sailing the fleet past the pier."
    kinds = _facts(tmp_path, WHEN, in_name, paper, said, statement, modifier, event)
    assert kinds[WHEN] == "date"
    for sentence in (in_name, paper, said, statement, modifier, event):
        assert kinds[sentence] != "date", sentence


def test_a_year_in_an_events_name_is_no_date_but_a_year_saying_when_is(tmp_path):
    name = "Rosa Lindqvist painted the poster for the 1986 Avonmere Regatta with her brother Jonas."
    when = "In 1998 Rosa Lindqvist opened a gallery in the old customs house of Kestrel Bay."
    kinds = _facts(tmp_path, name, when)
    assert kinds[name] != "date" and kinds[when] == "date"


def test_a_figure_inside_a_name_or_an_age_is_no_number(tmp_path):
    park = "Plans for Park 51 near the Kestrel Bay ferry terminal were approved by the council."
    plane = "The regional airline flew its last Boeing 747 out of the Avonmere airfield."
    console = "Shops in Avonmere sold out of the PS3 within hours of the delivery arriving."
    age = "The 56-year-old ferry captain takes over the fleet at a difficult time for the harbour."
    kinds = _facts(tmp_path, FIGURE, park, plane, console, age)
    assert kinds[FIGURE] == "number"
    for sentence in (park, plane, console, age):
        assert kinds[sentence] != "number", sentence


def test_a_figure_after_a_name_with_a_magnitude_is_still_a_number(tmp_path):
    sentence = "Kestrel Bay Ferries carried 120 thousand passengers across the bay last summer."
    possessive = "A decision is due when the commission's 148 members meet in the Avonmere town hall."
    kinds = _facts(tmp_path, sentence, possessive)
    assert kinds[sentence] == "number" and kinds[possessive] == "number"
