"""Institutions named by their town in a list before their class: "Michigan and Stanford universities".

A university, college or hospital is often named by its town or state alone when several share the
class noun after them: "the Michigan and Stanford universities", "Leeds, York and Hull colleges".
Each name of such a list, right before the plural class noun in lower case, is the institution
(ORG), not the place the word also names; a name no rule typed is typed so too. Only whole lists
joined by commas and "and"/"or" count, and each item is one to three capitalised words.

A town listed among organisations is one too: in a list of three names or more joined by commas
and "and"/"or" ("archives at Harvard, Oxford and the Tarrow Public Library"), where every other
name is an organisation, a town the gazetteer knows (no country, state or region) written alone
(no capitalised word beside it: not "Credit Suisse First Boston") is the institution that bears
its name; not in a sports report, whose clubs and towns the sports passes type.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

Span = tuple[int, int, str, str]

_ITEM = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_LIST = re.compile(
    r"(?<![\w'’-])(" + _ITEM + r"(?:, " + _ITEM + r")*,? (?:and|or) " + _ITEM + r") "
    r"(?:universities|colleges|polytechnics|hospitals|medical schools|business schools|law schools)\b"
)
_SPLIT = re.compile(r",? (?:and|or) |, ")


def apply(found: list[Span], content: str, gaz: Gazetteer, sports: bool) -> list[Span]:
    """``found`` with the items of such lists typed ORG (a sports report's towns among its clubs
    left to the sports passes)."""
    if not sports:
        found = _towns_among_organisations(found, content, gaz)
    if "ities" not in content and "colleges" not in content and "ospitals" not in content:
        return found
    items: list[tuple[int, int]] = []
    for m in _LIST.finditer(content):
        pos = m.start(1)
        for part in _SPLIT.split(m.group(1)):
            at = content.index(part, pos)
            pos = at + len(part)
            words = part.split()
            while len(words) > 1 and (words[0] in gaz.common or words[0] in gaz.english):
                at += len(words.pop(0)) + 1  # "Both Leeds and York colleges": no name's word
            if words:
                items.append((at, pos))
    if not items:
        return found
    out = [sp for sp in found if not any(s < sp[1] and sp[0] < e for s, e in items)]
    out.extend((s, e, "ORG", content[s:e]) for s, e in items)
    return sorted(out)


_GAP = re.compile(r",\s+(?:and|or)\s+(?:the\s+)?|,\s+|\s+(?:and|or)\s+(?:the\s+)?")  # not ", the X": a clause


def _towns_among_organisations(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    names = [sp for sp in found if sp[2] in ("ORG", "GPE", "LOC", "PERSON", "NORP")]
    retype: set[tuple[int, int]] = set()
    k = 0
    while k < len(names):
        j = k
        while j + 1 < len(names) and _GAP.fullmatch(content[names[j][1] : names[j + 1][0]]):
            j += 1
        items = names[k : j + 1]
        towns = [sp for sp in items if sp[2] == "GPE" and _town(sp[3], gaz) and _alone(sp, content)]
        last_gap = content[items[-2][1] : items[-1][0]] if len(items) > 1 else ""
        if (
            len(items) >= 3
            and len(towns) == 1
            and re.search(r"\b(?:and|or)\b", last_gap)
            and all(sp[2] == "ORG" for sp in items if sp is not towns[0])
        ):
            retype.add((towns[0][0], towns[0][1]))
        k = j + 1
    if not retype:
        return found
    return [(s, e, "ORG", c) if (s, e) in retype else (s, e, kind, c) for s, e, kind, c in found]


_CAP_BEFORE = re.compile(r"[A-Z][\w.'’-]* $")
_CAP_AFTER = re.compile(r" [A-Z]")


def _alone(sp: Span, content: str) -> bool:
    """No capitalised word right before or after: not a piece of a longer name ("Paris St Germain")."""
    return not _CAP_BEFORE.search(content, max(0, sp[0] - 30), sp[0]) and not _CAP_AFTER.match(content, sp[1])


def _town(name: str, gaz: Gazetteer) -> bool:
    """A town or city the gazetteer knows, no country, state or region."""
    entry = gaz.phrases.get(name)
    return entry is not None and entry.type == "GPE" and name not in gaz.countries and name not in gaz.regions
