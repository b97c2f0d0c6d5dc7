"""Local stations of a television network are one name: "NBC 4 New York", "CBS New York".

US outlets credit a network's local station by the network, its channel number and the market it
serves ("told NBC 4 New York", "according to ABC 7 Chicago", "CBS New York reported"). The rules
read the network and the place apart (an ORG and a GPE), which the gold, like a reader, counts as
one organisation. A network's name right before a place the article types as such, with a channel
number of one or two digits between them or none, is joined into one ORG. A network before a place
it is only a part of ("the NBC Chicago bureau") reads the same way: a station is named like that.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str, str]

NETWORKS = frozenset({"NBC", "CBS", "ABC", "FOX", "Fox", "CW", "PBS"})
_BETWEEN = re.compile(r" (?:\d{1,2} )?$")


def apply(found: list[Span], content: str) -> list[Span]:
    """``found`` with each network's name and the place after it joined into the station's name."""
    if not any(content[s:e] in NETWORKS for s, e, kind, _ in found if kind == "ORG"):
        return found
    ordered = sorted(found)
    drop: set[int] = set()
    added: list[Span] = []
    for k, (s, e, kind, _) in enumerate(ordered):
        if kind != "ORG" or content[s:e] not in NETWORKS or k + 1 >= len(ordered):
            continue
        ps, pe, pkind, _ = ordered[k + 1]
        if pkind != "GPE" or not _BETWEEN.fullmatch(content[e:ps]):
            continue
        if content[pe : pe + 2][:1].isalnum() or re.match(r" [A-Z0-9]", content[pe : pe + 2]):
            continue  # "CBS New Yorker", "NBC Chicago Bears": more name follows
        drop.update((k, k + 1))
        added.append((s, pe, "ORG", content[s:pe]))
    if not added:
        return found
    return sorted([sp for k, sp in enumerate(ordered) if k not in drop] + added)
