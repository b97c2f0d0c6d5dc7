"""A difference compares one attribute in one unit, of one claim about the same actors, and the
briefing lists it once. Fixtures written for these tests."""

from __future__ import annotations

from briefing.core import analysis, ingest
from briefing.core.facts import claims


def test_a_share_is_not_compared_with_the_day_of_a_date():
    a = "Output rose by 0.8% in the three months to June, after 0.4% in the three months before."
    b = "Output rose by 0.8% in the three months to 30 June, the statistics office said."
    found = claims.relation(a, b, 0.6, 0.3)
    assert found is not None and found.kind == "same", found


def test_figures_of_different_units_are_not_compared():
    a = "Shipments from the Kalvik yard rose 12% in the first half of the year, the company said."
    b = "Shipments from the Kalvik yard rose to $12.5m in the first half of the year, the company said."
    found = claims.relation(a, b, 0.6, 0.3)
    assert found is None or not found.differences, found


def test_a_currency_is_not_what_a_figure_measures():
    a = "Total sales at the Kalvik yard were 30.1bn rupees in the quarter, the company said."
    b = "Profit at the Kalvik yard had been forecast at 4.1bn rupees in the quarter, the company said."
    found = claims.relation(a, b, 0.6, 0.3)
    assert found is None or not any(kind == "number" for kind, _ in found.differences), found


def test_the_same_figure_told_of_two_other_bodies_is_no_difference():
    a = "Output rose by 0.8% in the fourth quarter, the Valdorian statistics office Valstat said."
    b = "Output rose by 0.7% in the fourth quarter, the Norvic statistics office Norstat said."
    assert claims.relation(a, b, 0.6, 0.3) is None
    same_body = "Output rose by 0.7% in the fourth quarter, the Valdorian statistics office Valstat said."
    found = claims.relation(a, same_body, 0.6, 0.3)
    assert found is not None and found.kind == "differs"
    assert found.differences == [("number", "0.8% vs 0.7%")]


def test_the_briefing_lists_a_difference_once(tmp_path):
    first = "Mayor Ana Ruiz has arrived in Kestrel Bay for the opening of the new harbour bridge."
    second = (
        "Mayor Ana Ruiz is preparing for a visit to Kestrel Bay for the opening of the new harbour bridge."
    )
    filler = (
        "The bridge took four years to build and carries two lanes of traffic each way.",
        "Local shops expect more visitors once the bridge opens to the public next month.",
    )
    other = (
        "Fishermen in the bay have asked for a second mooring area near the old pier.",
        "A brass band from the town school will play at the ceremony, organisers said.",
    )
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n\n".join((first, *filler)) + "\n", encoding="utf-8")
    b.write_text("\n\n".join((second, *other)) + "\n", encoding="utf-8")
    articles = ingest.load_paths([a, b]).articles
    facts = [analysis.facts(x, analysis.entities(x)) for x in articles]
    found = analysis.link_story(articles, facts)
    listed = [d for item in found.briefing for d in item.differences]
    assert [d.kind for d in listed] == ["status"], [d.detail for d in listed]


def test_a_long_line_of_figures_is_read_in_one_pass_with_each_figure_s_unit():
    # the currency sign was looked for in the whole text before each figure (quadratic)
    found = claims.values("1 | " * 60_000)
    assert len(found) == 60_000 and {v.unit for v in found} == {""}
    units = [v.unit for v in claims.values("Fees rose to USD 5 from HK$7, then 9 more boats came.")]
    assert units == ["money", "money", ""]


def test_a_sentence_s_first_word_is_no_body_of_its_own():
    # "Exports" and "Canola" lead their sentences with a capital: words, not other bodies
    a = "Exports of canola from Velmora rose to $3 billion last year, the ministry said."
    b = "Canola exports from Velmora rose to $2 billion last year, according to the ministry."
    found = claims.relation(a, b, 0.6, 0.3)
    assert found is not None and found.kind == "differs", found
    assert found.differences == [("number", "3 billion vs 2 billion")]
