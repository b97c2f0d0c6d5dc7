"""A pair of capitalised words read as a person by its second word: a known family name, a
Gaelic family name's shape, or, after a given name that is also a word ("Drew", "Chase"), a word
that no list knows ("Drew Storen")."""

from __future__ import annotations

import re

from .gazetteer import PLACE_STARTS, Gazetteer
from .rules import HEADS, PLACE_PREPOSITIONS
from .tokens import Unit

# A Gaelic family name's shape: "McCarthy", "O'Neill" (no company's "McDonald's": a possessive).
GAELIC = re.compile(r"(?:Mc|O['’])[A-Z][a-z]{2,}$")
# Capitalised words that start place and storm names, never a given name ("St Louis", "Port Arthur").
NOT_GIVEN = PLACE_STARTS | {"Hurricane", "Typhoon", "Storm", "Cyclone", "Child", "Camp", "Glen", "Bay"}


def family_pair(gaz: Gazetteer, chunk: list[Unit], texts: list[str], prev_word: str) -> bool:
    """Two words, the second a known family name that is no English word, inside a sentence;
    or shaped like a Gaelic family name ("McCarthy", "O'Neill"), or after a given name that is a
    word (``Gazetteer.given_words``) no name or word known otherwise, at its start too."""
    if len(chunk) != 2 or len(texts) != 2 or chunk[0].poss:
        return False
    first, last = texts
    gaelic = bool(GAELIC.match(last))
    unknown = (
        first in gaz.given_words
        and last[1:].islower()
        and last not in gaz.phrases
        and last not in gaz.given_names
        and last not in HEADS
    )
    if chunk[0].sent_start and not gaelic and not unknown:
        return False
    plural = last.endswith("s") and last[:-1] in gaz.english  # "All Blacks"
    place = gaz.phrases.get(last)
    if place is not None and place.type in ("GPE", "LOC") and first not in gaz.given_names:
        return False  # "Air Malta": a word before a known place that is a family name too
    return (
        (last in gaz.family_names or gaelic or unknown)
        and last not in gaz.english
        and not plural
        and first not in NOT_GIVEN
        and first[1:].islower()
        and first not in gaz.modifiers
        and prev_word not in PLACE_PREPOSITIONS
        and prev_word != "at"
    )
