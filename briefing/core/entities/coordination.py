"""Coordination: an untyped name listed with typed names of one type takes that type.

"Dell, LG, Samsung and Phillips" after "LG" and "Samsung" are companies; "Madonna and Elton
John" a person. A list is items joined by commas, slashes, "and" or "or". Used by ``leftovers``
on the words still untyped once the article is read.
"""

from __future__ import annotations

import re

from .attach import line
from .gazetteer import Gazetteer
from .runs import _mostly_upper

NAMES = ("PERSON", "ORG", "GPE", "LOC")
_LINK = re.compile(r"\s*(?:,|/|,?\s+(?:and|or))\s*")
_WORDED = re.compile(r"\b(?:and|or)\b")
_POSSESSIVE = re.compile(r"['’]s? $")
# a plural class of organisations or products (typed like organisations) right before a list:
# every item of it is one ("to companies A, B and C", "carriers such as A and B", "models like
# the A and B")
_ORG_CLASS_LIST = re.compile(
    r"\b(?:companies|firms|carriers|operators|airlines|banks|lenders|insurers|retailers|broadcasters|"
    r"publishers|startups|start-ups|charities|manufacturers|automakers|carmakers|chipmakers|brands|"
    r"networks|newspapers|clubs|teams|rivals|competitors|contractors|suppliers|providers|exchanges|"
    r"organisations|organizations|agencies|groups|models|phones|smartphones|handsets|cars|vehicles)"
    r"(?:,?\s+(?:such\s+as|like|including)(?:\s+the)?)?\s+$",
    re.IGNORECASE,
)
_FIXTURES = re.compile(r"[A-Za-z] (?:v|vs|V)\.? [A-Z]")  # "Dumbarton v Brechin, Livingston v Hamilton"


def coordinated(
    items: list[tuple[int, int, str | None, object]], content: str, gaz: Gazetteer
) -> dict[int, str]:
    """Indexes of untyped items (kind None) in a list whose typed names share one type, or in a
    list that a plural class of organisations introduces ("companies A, B and C": each is one).

    A list is items joined by commas, slashes, "and" or "or"; two items joined by a comma alone
    may be an apposition ("ambassador to Saudi Arabia, Wyche Fowler") and are no list.
    """
    out: dict[int, str] = {}
    k = 0
    while k < len(items):
        chain = [k]
        worded = False
        while chain[-1] + 1 < len(items):
            a, b = items[chain[-1]], items[chain[-1] + 1]
            gap = content[a[1] : b[0]]
            if "\n" in gap or not _LINK.fullmatch(gap) or _FIXTURES.search(line(content, a[0])):
                break
            worded = worded or bool(_WORDED.search(gap))
            chain.append(chain[-1] + 1)
        k = chain[-1] + 1
        if len(chain) < 2 or not (worded or len(chain) > 2):
            continue
        kinds = {("GPE" if items[i][2] == "LOC" else items[i][2]) for i in chain if items[i][2]}
        untyped = [i for i in chain if items[i][2] is None and _listed(items, i, content, gaz)]
        firm = sum(1 for i in chain if items[i][2])
        if (
            untyped
            and kinds <= {"ORG"}
            and _ORG_CLASS_LIST.search(content, max(0, items[chain[0]][0] - 40), items[chain[0]][0])
        ):
            out.update((i, "ORG") for i in untyped)
            continue
        if not untyped or len(kinds) != 1 or (firm < 2 and firm < len(untyped)):
            continue
        (kind,) = kinds
        if kind in NAMES and (kind != "GPE" or firm >= 2):
            for i in untyped:
                out[i] = kind
    return out


def _listed(items: list[tuple[int, int, str | None, object]], i: int, content: str, gaz: Gazetteer) -> bool:
    """An untyped list item that can take the list's type: not after a possessive ("Brazil's
    Leonardo"), not the first word of a name with "and" inside ("Securities and Exchange
    Commission": an ordinary word before "and" and a name of two words or more), not in an
    all-caps line."""
    start, end = items[i][0], items[i][1]
    if _POSSESSIVE.search(content, max(0, start - 3), start) or _mostly_upper(line(content, start)):
        return False
    word = content[start:end]
    if " " not in word and (word in gaz.english or word in gaz.common) and i + 1 < len(items):
        nxt = items[i + 1]  # a one-word organisation after "and" ends no such name: "Sprint and AT&T"
        return not (
            nxt[2] == "ORG" and content[end : nxt[0]].strip() == "and" and " " in content[nxt[0] : nxt[1]]
        )
    return True
