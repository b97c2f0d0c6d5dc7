"""Titles of works (shows, films, albums, books) that the article names as such: no entity.

A programme or a film is named like a person or a place ("Doc Martin", "Little Britain", "The
Office"), and the rules, knowing no work type, would type it so or cut a known place out of it.
Where the article says what the name is, by a class noun before it ("the hit show X", "the BBC
sitcom X", "the film X") or a broadcast after it ("X, which airs on", "X was screened on", "X
creator Y"), the title is a work: every mention inside any occurrence of it in the article is
dropped (works are optional in the news guideline, and briefing has no type for them).
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

Span = tuple[int, int, str, str]

_WORD = r"[A-Z][\w-]*(?:['’][a-rt-z]\w*)?"  # a capitalised word, no possessive "'s"
_TITLE = rf"(?:The +)?(?:\d+ +)?{_WORD}(?: +(?:(?:of|the|and|in|on|a|at|to|for|&) +)*{_WORD}){{0,5}}"
_PLAIN_TITLE = rf"(?:The +)?(?:\d+ +)?{_WORD}(?: +(?:(?:of|the|in|on|a|at|to|for) +)*{_WORD}){{0,5}}"
_CLASS = (
    r"(?:sitcom|soap(?: +opera)?|(?:TV +|television +|radio +|comedy +|drama +)?"
    r"(?:show|series|programme|program|drama|comedy)|film|movie|musical|documentary|"
    r"thriller|cartoon|album|single|novel|game +show|quiz +show|talent +show)"
)
_QUALIFIER = (
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|hit|cult|award-winning|long-running|new|latest|debut|popular|"
    r"classic|animated|BBC|ITV|US|American|British|Oscar-winning|Bafta-winning|acclaimed|reality|"
    r"crime|police|medical|teen|period|costume|spy|horror|sci-fi|children's|second|third|first|final)"
)
_BEFORE = re.compile(rf"\b{_CLASS} +[\"“‘']?({_TITLE})")  # after a qualifier (_QUALIFIED)
_QUALIFIED = re.compile(rf"\b(?:{_QUALIFIER} +)+$")
_SOAP = re.compile(r"(?:sitcom|soap)$")
_CUE = re.compile(
    r"[\"”’']?,? +(?:which +)?(?:airs|aired|is +broadcast|was +broadcast|is +screened|was +screened|"
    r"is +shown|was +shown|premieres|premiered|returns +to +(?:our +)?screens)\b"
    r"| +(?:creator|co-creator|co-writer) +[A-Z]"
)
_BEFORE_CUE = re.compile(rf"({_PLAIN_TITLE})$")


def titles(content: str, gaz: Gazetteer) -> set[str]:
    """The works the article names by a class noun or a broadcast."""
    out: set[str] = set()
    for m in _BEFORE.finditer(content):
        noun = content[m.start() : m.start(1)].split()[0]
        before = content[max(0, m.start() - 60) : m.start()]
        if (_SOAP.match(noun) or _QUALIFIED.search(before)) and _plausible(m.group(1), gaz):
            out.add(m.group(1))
    for m in _CUE.finditer(content):
        line_start = content.rfind("\n", 0, m.start()) + 1
        title = _BEFORE_CUE.search(content, max(line_start, m.start() - 80), m.start())
        if title and _plausible(title.group(1), gaz):
            out.add(title.group(1))
    return out


def _plausible(title: str, gaz: Gazetteer) -> bool:
    """Not a known organisation, person or place by itself ("the BBC show" is no title), not a
    sentence's first word alone, not an acronym ("the downloaded movie NEC is showing")."""
    bare = title.removeprefix("The ").strip()
    if bare.isupper() or (" " not in bare and "-" in bare):
        return False
    entry = gaz.lookup(bare)
    if entry is not None and entry.type in ("ORG", "PERSON", "GPE", "LOC", "NORP"):
        return False
    return " " in bare or bare not in gaz.common


def apply(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """``found`` without the mentions inside a work's title, wherever the article writes it."""
    works = titles(content, gaz)
    if not works:
        return found
    covered: list[tuple[int, int]] = []
    for title in works:
        pattern = re.compile(r"(?<![\w'’-])" + re.escape(title) + r"(?![\w-])")
        covered.extend((m.start(), m.end()) for m in pattern.finditer(content))
    return [sp for sp in found if not any(s <= sp[0] and sp[1] <= e for s, e in covered)]
