"""Words of one meaning (WordNet classes in briefing/data/synonyms.txt) count as shared when two
sentences are compared; a word in no class with the other's adds nothing."""

from __future__ import annotations

from briefing.core.facts import similarity as sim
from briefing.core.facts import synonyms, text

BACKGROUND = (
    "Officials in both capitals spent the week preparing the programme of the visit.",
    "Security around the conference centre was tightened after a false alarm on Sunday.",
    "Local newspapers devoted their front pages to the weather rather than to politics.",
)


def measured(*sentences: str) -> tuple[list[sim.Terms], sim.Weights]:
    terms = [sim.terms_of(s) for s in (*sentences, *BACKGROUND)]
    weight = sim.Weights(terms)
    for t in terms:
        weight.measure(t)
    return terms[: len(sentences)], weight


def test_the_data_holds_classes_of_the_linkers_terms():
    table = synonyms.table()
    for a, b in (("buy", "purchase"), ("car", "automobile"), ("doctor", "physician")):
        assert table[text.term(a)] & table[text.term(b)], (a, b)
    assert not table.get(text.term("car"), frozenset()) & table.get(text.term("physician"), frozenset())


def test_synonyms_count_as_shared_and_other_words_do_not():
    (a, b, c), weight = measured(
        "The regional council will purchase forty electric automobiles for its inspectors.",
        "The regional council will buy forty electric cars for its inspectors.",
        "The regional council will paint forty electric bicycles for its inspectors.",
    )
    assert a.classes & b.classes and sim.shared_meanings(a, b, weight) > 0
    assert sim.shared_meanings(a, c, weight) == 0
    assert sim.similarity(a, b, weight) > sim.similarity(a, c, weight)


def test_each_word_is_paired_once():
    (a, b), weight = measured(
        "Hospital doctors met the minister on Monday.",
        "Hospital physicians and doctors met the minister on Monday.",
    )
    # "doctors" is shared outright; "physicians" has no partner left on the first side
    assert sim.shared_meanings(a, b, weight) == 0


def test_a_sentence_of_names_and_numbers_has_no_classes():
    assert sim.terms_of("Kalvik 2024: 41, 17, 9.").classes == frozenset()
