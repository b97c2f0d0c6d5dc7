"""Companies whose names hold lower-case particles, closed by a legal form: "Banca Monte dei
Paschi di Siena SpA", "Cassa Depositi e Prestiti SpA", "Banco de Sabadell SA".

Continental company names join their words with the particles of their language ("di", "dei",
"de", "e", "y", "und"), so the chunker cut them at the first particle and read the pieces as a
person ("Banca Monte"), a place ("Sabadell") or a shorter firm ("Prestiti SpA"). A run of
capitalised words joined by such particles (at least one), ending in a capitalised word and a
legal form, is one organisation over whatever was typed inside it. English connectors ("of",
"and") are left out: "Jo Doe of Acme Inc" is a person and a firm.
"""

from __future__ import annotations

import re

from .indices import one_organisation

Span = tuple[int, int, str, str]

_WORD = r"[A-Z][\w'’.&-]*"
_PARTICLE = r"(?:de|di|dei|del|della|delle|degli|des|du|da|do|dos|das|e|et|y|i|und|van|von|der|den|zu|la|le)"
_LEGAL = r"(?:SpA|S\.p\.A\.|SA|S\.A\.|AG|NV|N\.V\.|SE|AB|ASA|Oyj|GmbH|BV|Plc|PLC|Ltd|Inc|Corp|LLC|SL|Srl|SAS)"
_NAME = re.compile(
    rf"(?<![\w'’.-])(?!(?:The|A|An|In|On|At) ){_WORD}(?: (?:{_WORD}|{_PARTICLE})){{1,8}}? {_LEGAL}(?![\w-])"
)
_HAS_PARTICLE = re.compile(rf" {_PARTICLE} ")


def apply(found: list[Span], content: str) -> list[Span]:
    """``found`` with each such name one ORG, the spans inside it dropped."""
    runs = [
        (m.start(), m.end())
        for m in _NAME.finditer(content)
        if _HAS_PARTICLE.search(m.group(0)) and not m.group(0).rsplit(" ", 2)[-2].islower()
    ]
    return one_organisation(found, runs, content)
