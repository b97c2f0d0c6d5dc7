"""Stage names that start with a number: "rapper 50 Cent", "the list was 9 Lives, who ..." are people.

The chunker reads capitalised words, so a name opened by digits is never a candidate, and a
number before a capitalised word is mostly a count, an address or a year ("10 Downing Street",
"1990 World Cup"). Such a run (a number of one to three digits and one or two capitalised
words) is a person's stage name when the article gives it a person's cue once: a role of the
gazetteer's right before it ("rapper 50 Cent", "star 9 Lives"), or ", who" or a verb of speech
right after it ("50 Cent, who", "50 Cent said"). Then every whole-word use of it in the article
is that person, unless a rule typed a name over it. A run whose words the gazetteer knows
("Downing Street") or that is a unit, a month or an ordinary word alone ("50 Cents", "3 May")
is never one.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

Span = tuple[int, int, str, str]

_RUN = re.compile(r"(?<![\w$£€¥.,:/-])(\d{1,3}) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'’-])")
_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\s+$")
_PERSON_AFTER = re.compile(r",\s+who\b|\s+(?:said|says|told|added|raps|sang|sings)\b")
_NAMES = ("ORG", "GPE", "LOC", "NORP", "PERSON", "EVENT")


def apply(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """``found`` with the article's numbered stage names typed PERSON in all their uses."""
    names = {m.group(0) for m in _RUN.finditer(content) if _cued(m, content, gaz)}
    if not names:
        return found
    taken = [(s, e) for s, e, kind, _ in found if kind in _NAMES]
    out = list(found)
    for m in _RUN.finditer(content):
        name = m.group(0)
        if name in names and not any(s < m.end() and m.start() < e for s, e in taken):
            out = [sp for sp in out if not (sp[0] < m.end() and m.start() < sp[1])]
            out.append((m.start(), m.end(), "PERSON", name))
    return sorted(out)


def _cued(m: re.Match[str], content: str, gaz: Gazetteer) -> bool:
    words = m.group(2)
    if words in gaz.phrases or any(
        w.lower() in gaz.english or w in gaz.months or w in gaz.common for w in words.split()[1:]
    ):
        return False  # "10 Downing Street", "3 May", "2 Old Road"
    before = _WORD_BEFORE.search(content, max(0, m.start() - 30), m.start())
    if before and before.group(1).lower() in gaz.roles:
        return True
    return bool(_PERSON_AFTER.match(content, m.end()))
