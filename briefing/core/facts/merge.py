"""The briefing-wide view: linked facts merged into one item with its sources and differences."""
from __future__ import annotations

from ..model import BriefingFact, Difference, Fact, SourceRef
from .differences import compare

SOURCE_BONUS = 0.6  # per additional article stating the fact


def _key(ref) -> tuple[str, int, int]:
    return (ref.path, ref.start, ref.end)


def merge(linker, facts_per_article: list[list[Fact]], strong_pairs: list[tuple[int, int]]) -> list[BriefingFact]:
    facts = [f for fs in facts_per_article for f in fs]
    index_of = {_key(f): n for n, f in enumerate(facts)}
    parent = list(range(len(facts)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # facts strongly linked to each other are one item; weaker links stay corroborations only
    for i, j in strong_pairs:
        a = index_of.get(_key(linker.units[i].ref))
        b = index_of.get(_key(linker.units[j].ref))
        if a is not None and b is not None:
            parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for n in range(len(facts)):
        groups.setdefault(find(n), []).append(n)

    items = []
    for members in groups.values():
        members.sort(key=lambda n: (-facts[n].score, facts[n].path, facts[n].start))
        best = facts[members[0]]
        sources: dict[tuple[str, int, int], SourceRef] = {}
        for n in members:
            f = facts[n]
            sources.setdefault(_key(f), SourceRef(f.path, f.sentence, f.start, f.end))
            for ref in f.corroborated_by:
                sources.setdefault(_key(ref), ref)
        ordered = sorted(sources.values(), key=lambda r: (r.path, r.start))
        differences = _differences(best, ordered)
        articles = len({r.path for r in ordered})
        score = round(best.score + SOURCE_BONUS * (articles - 1), 3)
        items.append(BriefingFact(best, ordered, differences, score))
    items.sort(key=lambda it: (-it.score, it.fact.path, it.fact.start))
    return items


def _differences(best: Fact, sources: list[SourceRef]) -> list[Difference]:
    """Differences between the item's main statement and each other source."""
    own = SourceRef(best.path, best.sentence, best.start, best.end)
    out: list[Difference] = []
    seen: set[tuple[str, str]] = set()
    for ref in sources:
        if ref.path == best.path:
            continue
        for diff in compare(own, ref):
            if (diff.kind, diff.detail) not in seen:
                seen.add((diff.kind, diff.detail))
                out.append(diff)
    return out
