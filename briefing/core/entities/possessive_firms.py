"""Businesses named in the possessive ("Binion's", "Frobin's"), found from how the article uses them.

A capitalised word with "'s" before an auxiliary or a modal verb ("Frobin's is part of a group",
"Frobin's could call police", "Frobin's has closed") is no one's possession: "X's is" and "X's
has" cannot be a contraction either, so "X's" is itself the subject, a name. When the article
writes that word only with its "'s" (never bare: a bare "Frobin" would make "Frobin's" a
person's possessive), every "Frobin's" of the article is that organisation, the "'s" included.
Names the lists already know keep their own type and span, a use inside a longer name
("Frobin's Bancshares Inc.") stays that name, and a person's name in a term ("Crohn's
disease", "Murphy's law") is no business.
"""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import Gazetteer, norm
from .tokens import Unit, uncovered

Span = tuple[int, int, str, str]

# an auxiliary or a modal after "X's": never "X is ..." contracted, so "X's" is a subject
_SUBJECT = re.compile(
    r"(?<![\w.'’-])([A-Z][a-z]+(?:[A-Z][a-z]+)?)['’]s\s+"
    r"(?:is|was|has|had|does|did|could|would|can|cannot|must|should|isn['’]t|wasn['’]t|hasn['’]t"
    r"|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|couldn['’]t|can['’]t)\b"
)
# what a person's name in the possessive names ("Crohn's disease"): the name is no business
_EPONYM_HEADS = r"(?:disease|syndrome|law|laws|principle|theorem|paradox|equation|constant|palsy)\b"
_MIN_USES = 2  # the name written at least twice: one "X's is" alone may be an ellipsis


def apply(
    found: list[Span], pending: list[list[Unit]], content: str, gaz: Gazetteer
) -> tuple[list[Span], list[list[Unit]]]:
    """``found`` with every use of a possessive business name typed ORG, ``pending`` without
    the units those names cover."""
    if "'s " not in content and "’s " not in content:
        return found, pending
    names = {m.group(1) for m in _SUBJECT.finditer(content)}
    names = {n for n in names if _business(n, found, content, gaz)}
    if not names:
        return found, pending
    uses = re.compile(
        r"(?<![\w.'’-])(" + "|".join(sorted(map(re.escape, names))) + r")['’]s(?![\w'’-])(?! [A-Z])"
    )  # not before a capitalised word: "Frobin's Gambling Hall" is a longer name
    added = [
        (m.start(), m.end(), "ORG", norm(m.group(0)))
        for m in uses.finditer(content)
        if not any(s < m.end() and m.start() < e and (s < m.start() or e > m.end()) for s, e, _, _ in found)
    ]  # a use inside a longer name ("Frobin's Bancshares Inc.") stays that name
    uses_of = Counter(name for _, _, _, name in added)
    added = [sp for sp in added if uses_of[sp[3]] >= _MIN_USES]
    if not added:
        return found, pending
    out = [sp for sp in found if not any(s < sp[1] and sp[0] < e for s, e, _, _ in added)]
    return sorted(out + added), uncovered(pending, [(s, e) for s, e, _, _ in added])


def _business(name: str, found: list[Span], content: str, gaz: Gazetteer) -> bool:
    """``name`` is written only with its "'s", is no name the lists know, no given name nor
    ordinary word, and no mention of the article types it as a person."""
    if gaz.lookup(name) is not None or gaz.lookup(name + "'s") is not None:
        return False
    if re.search(re.escape(name) + r"['’]s\s+" + _EPONYM_HEADS, content):
        return False  # "Crohn's disease", "Murphy's law": a person's name in a term
    if name in gaz.given_names or name in gaz.common or name in gaz.english:
        return False
    if re.search(r"(?<![\w.'’-])" + re.escape(name) + r"(?!['’]s\b)(?![\w'’-])", content):
        return False  # written bare too: a person's or a place's possessive
    return not any(kind == "PERSON" and name in content[s:e].split() for s, e, kind, _ in found)
