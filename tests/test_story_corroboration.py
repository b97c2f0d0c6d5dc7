"""Corroboration is the story's: a claim two outlets state is briefed (and listed beside an
article's key facts by ``facts --json``) even when no article ranks it among the facts it shows,
while each article still shows at most its limit; a claim no pane shows and no other source
states is not briefed.

Fixtures: three hand-written reports of one invented event (a harbour tunnel opening), each
restating one background sentence (the old ferry keeps running) that none of them leads with."""

from __future__ import annotations

import json

from briefing.core.facts import ranking, report
from briefing.core.facts.counts import other_sources
from briefing.core.library import Library
from briefing.core.model import Fact, SourceRef

TITLES = ("Harbour tunnel opens", "Osterby tunnel open at last", "Tunnel under Osterby harbour opens")
FERRY = (
    "The old ferry across the harbour mouth will keep running for cyclists until the end of the year.",
    "The old ferry across the harbour mouth will carry on running for cyclists until the end of the year.",
    "The old ferry over the harbour mouth will go on running for cyclists until the end of this year.",
)
BODIES = (
    (
        "Mayor Ilse Brandt opened the Osterby harbour tunnel on Tuesday after four years of building work.",
        "The tunnel cost 212 million euros, 30 million more than the city council had planned in 2021.",
        "Brandt said the crossing would cut the drive between the port and the airport to eight minutes.",
        "Transport minister Karl Weiss promised a second tube by 2030 at a ceremony attended by 400 guests.",
        "Freight lorries will pay a toll of 9 euros a trip from March, the operator Osterby Link said.",
        FERRY[0],
    ),
    (
        "The Osterby harbour tunnel was opened by Mayor Ilse Brandt on Tuesday, four years after work began.",
        "Police said queues on the coast road had eased within an hour of the opening ceremony.",
        "Shops near the ferry landing fear they will lose customers to the new route under the harbour.",
        FERRY[1],
    ),
    (
        "Drivers queued from dawn to be among the first through the Osterby harbour tunnel, which Mayor "
        "Ilse Brandt opened on Tuesday.",
        "Environmental groups had fought the project in court for two years over its effect on the seabed.",
        FERRY[2],
        "A taxi driver told reporters the tunnel had saved him twenty minutes on his first trip.",
    ),
)


def _corpus(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    for name, title, body in zip("abc", TITLES, BODIES, strict=True):
        (root / f"{name}.txt").write_text(title + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    return root.resolve()


def test_a_claim_three_outlets_restate_off_every_pane_is_briefed_with_its_sources(tmp_path):
    root = _corpus(tmp_path)
    found = report.analyse([root], limit=1)
    shown = {f.sentence for facts in found.facts for f in facts}
    assert all(len(facts) <= 1 for facts in found.facts)
    assert not shown & set(FERRY)  # no article shows the ferry claim among its key facts
    ferry = [item for item in found.briefing if item.fact.sentence in FERRY]
    assert len(ferry) == 1 and other_sources(ferry[0]) == 2  # one item, the one count: 2 others
    assert {s.sentence for s in ferry[0].sources} == set(FERRY)
    beyond = [f for more in found.beyond for f in more]
    assert beyond and {f.sentence for f in beyond} <= set(FERRY)
    assert all(other_sources(f) == 2 for f in beyond)
    # a claim no pane shows and no other source states stays out
    assert not any(item.fact.sentence.startswith("Police said") for item in found.briefing)


def test_files_and_index_list_the_corroborated_claims_beyond_the_key_facts_alike(tmp_path, capsys):
    from briefing.cli import main

    root = _corpus(tmp_path)
    fresh = report.analyse([root], limit=1)
    with Library.open(root) as lib:
        lib.fact_limit = 1
        stored = report.from_library(lib)
    assert report.articles_json(stored) == report.articles_json(fresh)
    assert report.briefing_json(stored) == report.briefing_json(fresh)
    assert main(["facts", "--json", str(root)]) == 0
    articles = json.loads(capsys.readouterr().out)
    assert all(len(a["facts"]) <= 8 for a in articles)
    assert all("also_corroborated" in a for a in articles)


def _fact(sentence: str, score: float, *sources: str) -> Fact:
    refs = [SourceRef(f"{s}.txt", "Elsewhere.", 0, 10, s) for s in sources]
    return Fact(
        sentence, sentence, 0, len(sentence), "", score, "own.txt", corroborated_by=refs, outlet="Own"
    )


def test_beyond_lists_the_corroborated_candidates_past_the_shown_ones_best_first():
    facts = [
        _fact("A.", 5.0),
        _fact("B.", 4.0),
        _fact("C.", 1.2, "Tribune"),
        _fact("D.", 1.5),
        _fact("E.", 1.1, "Tribune", "Herald"),
        _fact("F.", 1.3, "Own"),  # its own outlet is no other source
    ]
    assert [f.sentence for f in ranking.shown(facts, 2)] == ["A.", "B."]
    beyond = ranking.beyond(facts, 2)
    assert [(f.sentence, f.score) for f in beyond] == [("E.", 2.1), ("C.", 1.7)]
    assert ranking.beyond(facts, 8) == []  # every candidate shown: nothing beyond
    assert [f.sentence for f in ranking.beyond(facts, 8, most=1)][:1] == ["E."]  # the share caps too
