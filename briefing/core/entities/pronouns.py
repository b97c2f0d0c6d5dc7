"""A name that the rest of its own clause calls "herself" or "his father" is a person's.

Television listings, celebrity and crime stories name people once, by a first or a family name
the gazetteer does not know ("Sobbing, Jackelina locks herself in", "Haywood gets a surprise
request from her father"). With no title or "said", the context classifier has only the verb
after the name, and reads it as a company or a town. A reflexive pronoun, or "his"/"her" before a
kin noun, a few lower-case words on in the same clause, refers to the name before it: a person.
Nothing crosses punctuation or another capitalised word, and the name must be the clause's
subject (no "and" or preposition right after it), so "Acme, whose chief praised his father",
"Acme hired Jo Doe and her brother" or "she kept Graceland and her father's papers" are not read
this way.
"""

from __future__ import annotations

import re

KIN = (
    r"(?:wife|husband|son|daughter|father|mother|brother|sister|uncle|aunt|cousin|grandson|"
    r"granddaughter|nephew|niece|fiancée|fiance|fiancé|girlfriend|boyfriend|widow|widower)"
)
_SUBJECT = r"(?!(?:and|or|but|nor|of|with|as|than|in|on|at|to|for|from|by)\s)"  # the name is the subject
_OWN = re.compile(
    r"\s+" + _SUBJECT + r"(?:[a-z]+\s+){0,6}?(?:(?:himself|herself)\b|(?:his|her)\s+" + KIN + r"s?\b)"
)


def own(after: str) -> bool:
    """Whether the lower-case words after a name, in its clause, refer back to it as a person."""
    return _OWN.match(after[:80]) is not None
