"""A restated part of a sentence links it (``facts.parts``): the same actor, named in full in
both, and something said of it alike; shared words around a name, a person described alike,
or a past meeting against a planned one do not."""

from __future__ import annotations

from briefing.core import analysis, ingest
from briefing.core.facts import linking, parts
from briefing.core.facts.similarity import Weights, terms_of

FILLER = (
    "Officials in both capitals spent the week preparing the programme of the visit.",
    "The two governments have held regular consultations for more than a decade.",
    "Diplomats expect the talks to run late into the evening on the second day.",
)
OTHER_FILLER = (
    "Security around the conference centre was tightened after a false alarm on Sunday.",
    "A trade fair in the same week is expected to draw about 4,000 visitors.",
    "Local newspapers devoted their front pages to the weather rather than to politics.",
)
# a sentence of two claims: the arrival, and a meeting
ONE_RESTATED = (
    "Lund is scheduled to open a geothermal plant and a fishing school near Akureyri on Tuesday, "
    "followed by a meeting with Icelandic President Gunnar Olafsson on Wednesday."
)
TWO_CLAIMS = (
    "Minister Petra Lund is expected to arrive in Reykjavik on Monday and will use the trip to meet "
    "with Icelandic President Gunnar Olafsson and other senior officials."
)


def pair(tmp_path, first: str, second: str):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("\n\n".join((first, *FILLER)) + "\n", encoding="utf-8")
    b.write_text("\n\n".join((*OTHER_FILLER, second)) + "\n", encoding="utf-8")
    articles = ingest.load_paths([a, b]).articles
    facts = [analysis.facts(x, analysis.entities(x)) for x in articles]
    analysis.link_story(articles, facts)
    return next(f for f in facts[0] if f.sentence == first)


def test_pieces_cut_at_clauses_and_keep_short_ones_with_the_one_before():
    assert parts.pieces(TWO_CLAIMS) == [
        "Minister Petra Lund is expected to arrive in Reykjavik on Monday",
        "and will use the trip to meet with Icelandic President Gunnar Olafsson and other senior officials",
    ]
    assert parts.pieces("Lund arrived in Reykjavik on Monday.") == []  # one clause


def test_words_describing_a_name_are_not_what_is_said():
    assert parts.described('"It has changed," festival director Ada Brun said.') == {"festival", "director"}
    mogul = parts.described("Ola Berg, the music mogul who founded Nordlys Records, spoke.")
    assert mogul >= {"music", "mogul"}
    assert parts.described("Lund is scheduled to meet Premier Ilse Dahl on Tuesday.") == frozenset()


def test_one_restated_clause_links_the_sentences(tmp_path):
    fact = pair(tmp_path, TWO_CLAIMS, ONE_RESTATED)
    assert [r.sentence for r in fact.corroborated_by] == [ONE_RESTATED]


def test_the_restated_clause_is_below_the_threshold_as_a_whole(tmp_path):
    # what the rule adds: without parts the two sentences are too far apart to link
    saved = linking.PART_FROM
    linking.PART_FROM = 2.0  # no part similarity reaches it
    try:
        fact = pair(tmp_path, TWO_CLAIMS, ONE_RESTATED)
    finally:
        linking.PART_FROM = saved
    assert fact.corroborated_by == []


def _part_similarity(first: str, second: str) -> float:
    sentences = [first, second, *FILLER, *OTHER_FILLER]
    terms = {s: terms_of(s) for s in sentences}
    weight = Weights(list(terms.values()))
    for t in terms.values():
        weight.measure(t)
    return parts.Parts(weight).similarity(first, terms[first], second, terms[second])


def test_a_person_described_alike_is_no_restated_claim():
    # the parts share the name and the words describing it, nothing said of her
    said = "Ticket sales have doubled this year, festival director Ada Brun told reporters in Tromso."
    other = "A jury picked by festival director Ada Brun in Tromso will announce a prize for films."
    assert _part_similarity(said, other) == 0.0
    # the same parts sharing what is said of her are compared
    again = "A jury picked by festival director Ada Brun in Tromso told reporters that ticket sales doubled."
    assert _part_similarity(said, again) > 0.0


def test_a_part_is_told_in_its_sentences_time(tmp_path):
    # the meeting's part has no word of time; its sentence is about last month: no planned meeting
    past = (
        "Lund opened a geothermal plant and a fishing school near Akureyri last month, followed by a "
        "meeting with Icelandic President Gunnar Olafsson on Wednesday."
    )
    assert (
        _part_similarity(TWO_CLAIMS, past) < linking.PART_FROM <= _part_similarity(TWO_CLAIMS, ONE_RESTATED)
    )
    assert pair(tmp_path, TWO_CLAIMS, past).corroborated_by == []
