"""The second pass of story grouping on hand-made signatures: average linkage (no chaining through
one article), a batch grouped alike in any order, and an update whose article bridges two stories."""

from __future__ import annotations

import itertools
import random

from briefing.core.stories.grouping import Grouper
from briefing.core.stories.merging import MERGE


def _signature(day: str, *terms: str) -> dict:
    return {"day": day, "terms": [[t, 2.0] for t in terms], "sketch": []}


def _background() -> list[tuple[str, dict]]:
    """Unrelated reports, so that rarity means something."""
    topics = [
        ("n:tartu choir", "w:choir", "w:contest", "w:singers"),
        ("n:riga council", "w:tram", "w:fares", "w:commuters"),
        ("n:narva mill", "w:paper", "w:jobs", "w:closure"),
        ("n:parnu beach", "w:tourists", "w:summer", "w:record"),
        ("n:vilnius court", "w:judge", "w:appeal", "w:fraud"),
        ("n:kaunas zoo", "w:bears", "w:cubs", "w:visitors"),
    ]
    return [(f"bg{n}", _signature("2024-03-01", *terms)) for n, terms in enumerate(topics)]


STORM = ("n:vanaturu", "n:gerda", "w:storm", "w:deck", "w:harbour")
FIRE = ("n:fjordvei", "n:per lunde", "w:lorry", "w:fire", "w:tunnel")


def _two_events_and_a_roundup() -> list[tuple[str, dict]]:
    storm = [(f"s{n}", _signature("2024-03-04", *STORM, f"w:storm{n}")) for n in range(3)]
    fire = [(f"f{n}", _signature("2024-03-05", *FIRE, f"w:fire{n}")) for n in range(3)]
    # a round-up of the week's bridge closures: much of each event, so close to an article of each
    roundup = [("r", _signature("2024-03-06", *STORM[:3], *FIRE[:3]))]
    return _background() + storm + fire + roundup


def _partition(grouper: Grouper) -> set[frozenset[str]]:
    return {frozenset(s.members) for s in grouper.stories.values()}


def test_one_article_close_to_two_events_does_not_chain_them_into_one_story():
    grouper = Grouper()
    grouper.add_all(_two_events_and_a_roundup())
    vector = grouper.vector_of
    cosine = lambda a, b: sum(v * vector(b).get(t, 0.0) for t, v in vector(a).items())  # noqa: E731
    # the round-up alone is close enough to an article of each event: single links would chain
    assert cosine("r", "s0") >= MERGE and cosine("r", "f0") >= MERGE
    assert cosine("s0", "f0") < MERGE
    story = grouper.story_of
    assert story("s0") == story("s1") == story("s2")
    assert story("f0") == story("f1") == story("f2")
    assert story("s0") != story("f0")
    assert story("r") in (story("s0"), story("f0"))


def test_a_batch_gives_the_same_stories_in_any_order():
    batch = _two_events_and_a_roundup()
    first = Grouper()
    first.add_all(batch)
    expected = _partition(first)
    assert len(expected) < len(batch)  # something was grouped
    rng = random.Random(7)
    for _ in range(6):
        shuffled = batch[:]
        rng.shuffle(shuffled)
        grouper = Grouper()
        grouper.add_all(shuffled)
        assert _partition(grouper) == expected


def test_an_update_whose_article_bridges_two_stories_merges_them():
    grouper = Grouper()
    early = ("n:vanaturu", "n:gerda", "w:storm", "w:closed")
    later = ("n:vanaturu", "n:kalvik", "w:repairs", "w:weeks")
    grouper.add_all([*_background(), ("a", _signature("2024-03-04", *early))])
    grouper.add("b", _signature("2024-03-05", *later))
    assert grouper.story_of("a") != grouper.story_of("b")  # too little in common alone
    stories_before = set(grouper.stories)
    grouper.changed.clear()
    grouper.add("c", _signature("2024-03-05", *early, *later))  # a report with both halves
    assert grouper.story_of("a") == grouper.story_of("b") == grouper.story_of("c")
    assert grouper.story_of("a") in stories_before  # the merged story keeps an old id
    gone = stories_before - set(grouper.stories)
    assert len(gone) == 1 and gone <= grouper.changed  # the story merged away is reported changed
    assert all(grouper.story_of(f"bg{n}") == f"sbg{n}" for n in range(6))  # nothing else moved


def test_stories_far_apart_in_time_are_not_merged():
    grouper = Grouper()
    terms = ("n:vanaturu", "n:gerda", "w:storm", "w:deck")
    grouper.add_all(
        [
            *_background(),
            ("a", _signature("2024-03-04", *terms)),
            ("b", _signature("2024-03-05", *terms)),
            ("c", _signature("2024-06-20", *terms)),  # the same words three months later
        ]
    )
    assert grouper.story_of("a") == grouper.story_of("b") != grouper.story_of("c")


def test_a_merged_state_reads_back_and_places_as_the_live_one():
    import json

    live = Grouper()
    live.add_all(_two_events_and_a_roundup())
    stored = Grouper(json.loads(json.dumps(live.state())))
    for aid, signature in itertools.islice(_two_events_and_a_roundup(), 6, 9):
        live.add(aid + "'", signature)
        stored.add(aid + "'", signature)
    assert live.state() == stored.state()
