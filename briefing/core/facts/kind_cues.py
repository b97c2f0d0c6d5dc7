"""What a date or a figure is doing in a sentence, for the fact kinds ("date", "number").

A sentence is a [date] fact when a date in it says *when* something happens or happened: a
time adverbial ("on Wednesday", "in June 2004", "by the end of 2005", "next Monday"). Not
when the date is only part of a name or a modifier ("the Mail on Sunday", "Black Friday",
"Thursday's report", "the 1986 World Cup", "the 2004 awards"), nor when it only dates the
reporting ("said on Friday", "in a statement on Sunday").

A figure is no [number] when it is part of a name: after a capitalised word ("Park 51",
"Area 51", "Boeing 747", "Chapter 11", "Radio 2", "Fahrenheit 9/11") unless a magnitude or
unit follows it ("the FA Cup 45 years ago"), or when it is an age ("the 56-year-old").
Digits glued to letters ("PS3", "G8") are no figure already (``features._DIGITS``).
"""

from __future__ import annotations

import re

from .text import _NOT_NAMES

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?:[-/]\d\d(?!\d))?"
# one date: a weekday, a day and month, a month and day, a month, a year (each with what may follow)
_DATE = re.compile(
    r"\b(?:" + _WEEKDAY + r"(?:,? \d{1,2}(?:st|nd|rd|th)?(?: of)? " + _MONTH + r")?"
    r"|\d{1,2}(?:st|nd|rd|th)?(?: of)? " + _MONTH + r"(?:,? " + _YEAR + r")?"
    r"|" + _MONTH + r"(?: \d{1,2}(?:st|nd|rd|th)?(?!\d))?(?:,? " + _YEAR + r")?"
    r"|" + _YEAR + r")(?![\w-])"
)
# words between a time preposition and its date: "by the end of 2005", "in early March"
_FILLER = re.compile(
    r"(?:\b(?:the|early|late|mid|end|start|beginning|middle|half|quarter|first|second|third|fourth|"
    r"final|week|weekend|of)\b[- ]?\s*)*$",
    re.I,
)
_TIME_LEAD = re.compile(
    r"\b(?:on|in|by|until|till|since|from|before|after|during|at|for|through|throughout|between|"
    r"(?:months|weeks|days|years?|quarter|period|results|from\s+\S+)\s+to|"
    r"as of|due|next|last|this|coming|every|earlier|later|until|around|circa|mid)\s*$",
    re.I,
)
_REPORTING = re.compile(
    r"\b(?:(?<!was )(?<!were )(?<!been )(?<!is )(?<!be )(?:said|told|announced|reported|confirmed|"
    r"stated|added|warned|wrote|claimed|insisted)|says|say|tells|announces|commented)\b"
    r"(?:\s+[\w’'.-]+){0,2}\s*,?\s*$",
    re.I,
)
# a statement's or a speech's date opening the sentence: "In a statement on Sunday, ..."
_REPORTING_OPENER = re.compile(
    r"^\W*(?:\w+\s+){0,3}(?:statement|speech|interview|conference|remarks)(?:\s+\w+)?\s*$", re.I
)
_REPORTED_AFTER = re.compile(r"^,?\s+(?:[\w’'.-]+\s+){0,5}(?:said|says|told|announced)\b", re.I)
_SAID_AFTER = re.compile(r"^\s+(?:said|says|told|announced)\b")  # "Bob Geldof in July said ..."
_NAME_BEFORE_ON = re.compile(r"\b[Tt]he [A-Z][\w’'-]* on\s*$")  # "the Mail on Sunday"
_AFTER_DATE = re.compile(r"^(?:\s+(?:night|morning|afternoon|evening))?")
_DETERMINER = re.compile(r"\b(?:the|a|an|his|her|its|their|our|this|that)\s+$", re.I)


def _is_time_adverbial(s: str, start: int, end: int) -> bool:
    before = s[:start]
    lead = before[: _FILLER.search(before).start()]  # type: ignore[union-attr] # matches "" at least
    if not _TIME_LEAD.search(lead) and not (not lead.strip() and s[end:].lstrip().startswith(",")):
        return False  # no "on", "in", "by"... before it, nor "Monday, ..." opening the sentence
    rest = s[end:]
    after = rest[_AFTER_DATE.match(rest).end() :]  # type: ignore[union-attr] # matches "" at least
    if s[start:end].startswith("Sunday") and after == rest and _NAME_BEFORE_ON.search(lead):
        return False  # a newspaper's name
    if after[:2] in ("'s", "’s"):
        return False  # a modifier: "Thursday's report"
    if _DETERMINER.search(before) and re.match(r"\s+[A-Z]\w|\s+[a-z]+\b(?![,.])", after):
        return False  # a modifier after "the": "the 1986 World Cup", "the 2004 awards"
    stripped = lead.rstrip()
    head = stripped[: len(stripped) - len(stripped.split()[-1])] if stripped.split() else ""
    if (
        _REPORTING.search(head)
        or _SAID_AFTER.match(after)
        or (not head.strip() and _REPORTED_AFTER.match(after))
    ):
        return False  # the day a thing was said: "said on Friday", "On Monday, the firm said"
    return not (_REPORTING_OPENER.match(head) and after.lstrip().startswith(","))


def states_date(s: str) -> bool:
    """Whether a date in the sentence is a time adverbial of what it reports (see module doc)."""
    return any(_is_time_adverbial(s, m.start(), m.end()) for m in _DATE.finditer(s))


_FIGURE_LEADS = frozenset(
    "About Around Almost Nearly Only Just Over Under Some Up More Less Fewer Roughly Approximately "
    "Top Exactly Another Of To".split()
)
_MONTH_OR_DAY = re.compile(
    r"(?:" + _MONTH + r"|" + _WEEKDAY + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?$"
)
_NAME_WORD = re.compile(r"(?:^|(?<=\s))([A-Z][\w’'-]*)\s$")
_MAGNITUDE = re.compile(
    r"^(?:[.,]\d+)*\s*(?:%|per ?cent|percent|million|billion|trillion|thousand|hundred|bn|m\b|k\b|years?|"
    r"months?|weeks?|days?|hours?|minutes?|seconds?|times|points?|goals?|people|votes?|seats?)",
    re.I,
)
_AGE = re.compile(r"^-year-olds?\b")
# an age told before the digits ("at the age of just 28", "aged 34") or between commas after a
# name ("Robert Napier, 25, won ...")
_AGE_BEFORE = re.compile(r"(?:\bat the age of|\baged)\s+(?:just |only |about |around )?$", re.I)
_NAME_COMMA = re.compile(r"[A-Z][\w’'-]+, $")


def figure_in_name(s: str, start: int, end: int) -> bool:
    """Whether the digits at ``s[start:end]`` are part of a name or an age, not a figure."""
    after = s[end:]
    if _AGE.match(after) or _AGE_BEFORE.search(s, 0, start):
        return True
    if after.startswith(",") and end - start <= 2 and _NAME_COMMA.search(s, 0, start):
        return True
    if _MAGNITUDE.match(after):
        return False
    word = _NAME_WORD.search(s[:start])
    if word is None:
        return False
    name = word.group(1)
    if (
        name.endswith(("'s", "’s", "s'"))
        or name in _FIGURE_LEADS
        or name in _NOT_NAMES
        or _MONTH_OR_DAY.match(name)
    ):
        return False
    if not s[: word.start(1)].strip():  # the sentence's first word: a name only before a name
        return bool(re.match(r"\s+[A-Z]\w|\s+(?:is|was|has|will)\b|[.,]?$", after))
    return True
