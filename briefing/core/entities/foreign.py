"""Entities of an article in another language: only what is known, never a guess.

The rules and the fallback read English: a capitalised word that is no ordinary
English word is a name. In German every noun is capitalised, so without this pass
"Sie", "Zucker" and "Die Betreiber" come out as people and organisations. When
``core.language.english`` says an article is in another language, a mention is
kept only when

- a pattern found it (dates, money, percentages, quantities);
- the gazetteer knows the name with that type ("Frankfurt", "Tesla", "EU");
- it is an acronym typed ORG ("VW", "NABU"): capitals are capitals in any language;
- it is a person's full name that starts with a known given name ("Karl Geiger"), none
  of its words a function word ("Aber Anne" is "but Anne");

and then every mention the article resolved to a kept name ("Geiger") is kept too.
"""

from __future__ import annotations

from ..language import function_word
from ..model import Mention
from .gazetteer import Gazetteer, norm, strip_the

PATTERN_TYPES = frozenset({"DATE", "MONEY", "PERCENT", "QUANTITY"})


def keep_known(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions of ``mentions`` that stand on knowledge, not on English capitalisation."""
    kept = {(m.type, m.canonical) for m in mentions if _known(m, gaz)}
    return [m for m in mentions if m.type in PATTERN_TYPES or (m.type, m.canonical) in kept]


def _known(mention: Mention, gaz: Gazetteer) -> bool:
    text = norm(mention.text)
    for name in {text, strip_the(text), mention.canonical}:
        entry = gaz.lookup(name) or (gaz.caps.get(name.upper()) if name.isupper() else None)
        if entry is not None and entry.type == mention.type:
            return True
    if mention.type == "ORG" and 2 <= len(text) <= 6 and text.isalpha() and text.isupper():
        return True
    if mention.type == "PERSON":
        words = text.split()
        return (
            2 <= len(words) <= 4
            and words[0] in gaz.given_names
            and all(w[:1].isupper() and not function_word(w) for w in words)
        )
    return False
