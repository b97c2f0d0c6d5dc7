"""Institutions named by their town in a list before their class: "Michigan and Stanford universities".

A university, college or hospital is often named by its town or state alone when several share the
class noun after them: "the Michigan and Stanford universities", "Leeds, York and Hull colleges".
Each name of such a list, right before the plural class noun in lower case, is the institution
(ORG), not the place the word also names; a name no rule typed is typed so too. Only whole lists
joined by commas and "and"/"or" count, and each item is one to three capitalised words.
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


def apply(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """``found`` with the items of such lists typed ORG."""
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
