"""The briefing-wide view: linked facts merged into one item with its sources and differences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import BriefingFact, Difference, Fact, SourceRef

if TYPE_CHECKING:
    from .linking import Linker

SOURCE_BONUS = 0.6  # per additional source stating the fact


def _key(ref: SourceRef | Fact) -> tuple[str, int, int]:
    return (ref.path, ref.start, ref.end)


def merge(
    linker: Linker,
    facts_per_article: list[list[Fact]],
    strong_pairs: list[tuple[int, int]],
    restated: list[tuple[int, int]],
) -> list[BriefingFact]:
    """Leader clustering: the best fact starts an item, and each later fact joins the first item
    whose leading fact it is strongly linked to (directly, so items never chain).

    A fact that only restates a leading fact from the same source (``restated``: a syndicated
    copy, the same text copied, another report of the same outlet) joins its item too, as no
    source of its own: the briefing shows one claim once, however many copies carry it."""
    units = {_key(u.ref): n for n, u in enumerate(linker.units)}
    neighbours, restates = _adjacency(strong_pairs), _adjacency(restated)
    facts = sorted((f for fs in facts_per_article for f in fs), key=lambda f: (-f.score, f.path, f.start))
    groups: list[list[Fact]] = []
    restating: list[list[Fact]] = []  # per group, the facts that only restate its leader
    led_by: dict[int, int] = {}  # unit of a leading fact -> its group
    cited_by: dict[tuple[str, int, int], int] = {}  # sentence cited by a leading fact -> first such group
    for fact in facts:
        key = _key(fact)
        me = units.get(key)
        options = [led_by[k] for k in neighbours.get(me, ()) if k in led_by] if me is not None else []
        if key in cited_by:
            options.append(cited_by[key])
        if options:
            groups[min(options)].append(fact)
            continue
        leaders = [led_by[k] for k in restates.get(me, ()) if k in led_by] if me is not None else []
        if leaders:
            restating[min(leaders)].append(fact)
            continue
        n = len(groups)
        groups.append([fact])
        restating.append([])
        if me is not None:
            led_by[me] = n
        for ref in fact.corroborated_by:
            cited_by.setdefault(_key(ref), n)

    items = []
    for members, copied in zip(groups, restating, strict=True):
        best = members[0]
        sources: dict[tuple[str, int, int], SourceRef] = {}
        for f in members:
            sources.setdefault(_key(f), SourceRef(f.path, f.sentence, f.start, f.end, f.outlet))
        for f in (best, *copied):  # what a copy is corroborated by, the claim is
            for ref in f.corroborated_by:
                sources.setdefault(_key(ref), ref)
        ordered = sorted(sources.values(), key=lambda r: (r.path, r.start))
        differences = _differences(members)
        score = round(best.score + SOURCE_BONUS * (len({r.source for r in ordered}) - 1), 3)
        items.append(BriefingFact(best, ordered, differences, score))
    items.sort(key=lambda it: (-it.score, it.fact.path, it.fact.start))
    _once(items)
    return items


def _once(items: list[BriefingFact]) -> None:
    """A difference between two sentences is shown once, under the first item that has it
    (the two sentences of a differing claim lead two items, each listing the other)."""
    seen = _Seen()
    for item in items:
        item.differences = [d for d in item.differences if seen.new(d)]


class _Seen:
    """Differences already listed: one kind of difference between two sentences is listed once
    (the second sentence's "0.7% vs 0.8%" after the first's "0.8% vs 0.5%, 0.7%")."""

    def __init__(self) -> None:
        self.listed: set[tuple[str, frozenset[tuple[str, int, int]]]] = set()

    def new(self, diff: Difference) -> bool:
        key = (diff.kind, frozenset((_key(diff.a), _key(diff.b))))
        if key in self.listed:
            return False
        self.listed.add(key)
        return True


def _adjacency(pairs: list[tuple[int, int]]) -> dict[int, set[int]]:
    """Each unit's partners in ``pairs``, both ways."""
    out: dict[int, set[int]] = {}
    for i, j in pairs:
        out.setdefault(i, set()).add(j)
        out.setdefault(j, set()).add(i)
    return out


def _differences(members: list[Fact]) -> list[Difference]:
    """The differences the item's statements have with other sources, each attribute once
    ("Wednesday vs Thursday" and "Thursday vs Wednesday" are one difference)."""
    out: list[Difference] = []
    seen: set[tuple[str, frozenset[str]]] = set()
    pairs = _Seen()
    for fact in members:
        for diff in fact.differences:
            sides = diff.detail.split(" (", 1)[0].split(" vs ")
            key = (diff.kind, frozenset(part.strip() for part in sides))
            if key not in seen and pairs.new(diff):
                seen.add(key)
                out.append(diff)
    return out
