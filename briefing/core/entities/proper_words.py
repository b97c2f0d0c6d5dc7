"""Dictionary words an article uses as a name: "Valve has published", "Steam users", "and Sprint".

A company or a product named by an ordinary word ("Valve", "Steam", "Sprint", "Echo") gets no
cue from its spelling, and the fallback asks much of a dictionary word. The article shows it is a
name when it writes the word with a capital inside sentences of prose twice or more and never in
lower case, and never alone after a determiner ("the Echo", "an Echo": a thing's name, or a common
noun the outlet capitalises). A use right after a capitalised word or a number, or before one
(also across "of", "the" or "for": "50 Cent", "Big Machine", "Head of Research", "Meet the
Fockers", "the Steam Linux usage") is part of a longer name and not counted either way; nor is a
sentence's first word, a role, or a word on a heading or a table row (fewer than six lower-case
words on the line). Such a word is typed like an organisation (briefing has no product type).

A person named by the surname alone gets no cue either when it is a dictionary word ("Trump",
"Brown", "Cook"), or at a sentence's start ("Pelosi called it"). A single capitalised word the
article never writes in lower case is a person when it speaks of itself as he or she: a verb of
saying after it, then "he" or "she" in the same clause ("Trump said on Tuesday that he would
veto it", "Pelosi told reporters she"); organisations speak as "it" or "we" ("Acme said it
would"). So is one that leads an administration ("the incoming Trump administration", "the
Obama White House"; not "campaign": firms run campaigns too). Such a person is never read as
an organisation by the rule above.
"""

from __future__ import annotations

import re

from . import attach
from .consistency import key_of
from .gazetteer import Gazetteer
from .rules import FUNCTION_WORDS
from .runs import _mostly_upper
from .tokens import Unit

_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“‘(]|[.!?]['’\"”])\s*$")
_IN_A_NAME = re.compile(r"(?:[A-Z][\w'’.-]*|\d[\d,.]*|[A-Z][\w'’.-]* (?:of|and|&|for)) $")
_NAME_GOES_ON = re.compile(r" (?:(?:of|the|for) )*[A-Z0-9]")  # "Big Machine", "Medal of Honor"
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|The|A|An|this|that|its|their|his|her|our|your)|[\w'’-]['’]s?) $")


_SPEAKS = re.compile(
    r"\s+(?:said|says|told|added|insisted|argued|wrote|tweeted|claimed|announced|warned|vowed|"
    r"explained|admitted|recalled|replied)\b[^.!?;:\n\"“”]{0,40}?\b(?:he|she)\b"
)


# What a president leads: "the Trump administration", "the Obama White House"
_LEADS = re.compile(r" (?:administration|presidency|White House)\b")


def written_lower(word: str, content: str) -> bool:
    """Whether the article writes ``word`` in lower case too, as a whole word."""
    return re.search(r"(?<![\w'’-])" + re.escape(word.lower()) + r"(?![\w'’-])", content) is not None


def people(chunks: list[list[Unit]], content: str, gaz: Gazetteer) -> dict[str, str]:
    """Single capitalised words the article never writes in lower case that speak of themselves
    as he or she: people named by the surname alone ("Trump said he")."""
    out: dict[str, str] = {}
    for c in chunks:
        word = c[0].text
        key = key_of(word)
        if len(c) != 1 or key in out or not word.isalpha() or word.isupper() or word in FUNCTION_WORDS:
            continue
        if word in gaz.common or word.lower() in gaz.roles or word in gaz.months or word in gaz.weekdays:
            continue
        if not (_SPEAKS.match(content, c[0].end) or _LEADS.match(content, c[0].end)):
            continue
        if written_lower(word, content):
            continue  # "police", "officials": a common noun at a sentence's start
        out[key] = "PERSON"
    return out


def names(chunks: list[list[Unit]], content: str, gaz: Gazetteer, typed: dict[str, str]) -> dict[str, str]:
    """A dictionary word left untyped that the article writes with a capital inside sentences
    twice or more, never alone after a determiner and never in lower case, is a name: a company's or
    a product's ("Valve has published", "Steam users", "T-Mobile and Sprint"); typed like an
    organisation."""
    words = {
        c[0].text
        for c in chunks
        if len(c) == 1
        and c[0].text in gaz.english
        and c[0].text not in gaz.common
        and c[0].text.isalpha()
        and c[0].text.lower() not in gaz.roles
    }
    out: dict[str, str] = {}
    for word in words:
        key = key_of(word)
        if key in typed:
            continue
        if written_lower(word, content):
            continue  # "valve" too: an ordinary word the article capitalises now and then
        inside = 0
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", content):
            before = content[max(0, m.start() - 24) : m.start()]
            if _IN_A_NAME.search(before) or _NAME_GOES_ON.match(content, m.end()):
                continue  # part of a longer name: "50 Cent", "Meet the Fockers", "the Steam Linux usage"
            if _DETERMINER.search(before):
                inside = -1  # "the Echo": a common noun, or a thing's name
                break
            line = attach.line(content, m.start())
            if _SENTENCE_START.search(before) or len(_LOWER_WORD.findall(line)) < 6:
                continue  # a sentence's first word, a heading's or a table row's: no evidence
            if not _mostly_upper(line) and not attach.title_case(line):
                inside += 1
        if inside >= 2:
            out[key] = "ORG"
    return out
