"""Bodies of the solar system in an article about space: "the Moon", "astronauts to Mars" are places.

OntoNotes, and the news gold that follows it, types planets, their moons and the Sun as
locations. Their names are also a company's (Mars), a newspaper's (the Sun), a prize's or a
singer's (Mercury), so a name here is a place only in an article that speaks of space: two or
more distinct space words (planet, orbit, astronaut, spacecraft, telescope, ...). There each
whole-word use of the name is a place: an untyped one is added, a shorter or otherwise typed
reading of exactly that word is retyped, and one inside a longer name ("Mars Inc", "Sun Valley")
is left to that name, as is one with a capitalised word right after it or before it inside a
sentence ("Earth Simulator", "NEC Earth"; not a planet before its moon, "Jupiter's Ganymede").
The Solar System, capitalised, is a place too.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str, str]

BODIES = (
    "Sun Moon Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Ceres Europa Io "
    "Ganymede Callisto Titan Enceladus Triton Charon Phobos Deimos"
).split() + ["Solar System"]
_BODY = re.compile(r"(?<![\w'’.-])(" + "|".join(BODIES) + r")(?![\w-]|['’]s\w)")
_CUES = re.compile(
    r"\b(planets?|planetary|orbit(?:s|ing|er|al)?|astronauts?|cosmonauts?|spacecraft|space ?ships?|"
    r"space station|telescopes?|asteroids?|comets?|lunar|solar system|rovers?|exoplanets?|"
    r"galax(?:y|ies)|moons|Nasa|NASA|Esa|ESA|launch pad|space agency|spaceflight)\b"
)
_MIN_CUES = 2
_NAME_AFTER = re.compile(r" +[A-Z0-9]")  # "Earth Simulator", "Mars Express", "Sun Microsystems"


def apply(found: list[Span], content: str) -> list[Span]:
    """``found`` with the solar system's bodies typed as places in an article about space."""
    if not _BODY.search(content) or len({m.group(1).lower() for m in _CUES.finditer(content)}) < _MIN_CUES:
        return found
    out = list(found)
    for m in _BODY.finditer(content):
        s, e = m.span(1)
        if _NAME_AFTER.match(content, e) or _part_of_a_name(content, s):
            continue
        if any(a <= s and e <= b and (a, b) != (s, e) for a, b, _, _ in out):
            continue  # inside a longer name
        out = [sp for sp in out if (sp[0], sp[1]) != (s, e)]
        if any(a < e and s < b for a, b, _, _ in out):
            continue  # a name runs across it
        out.append((s, e, "LOC", m.group(1)))
    return sorted(out)


def _part_of_a_name(content: str, at: int) -> bool:
    """Whether a capitalised word that does not open a sentence stands right before ``at``."""
    line = content[content.rfind("\n", 0, at) + 1 : at]
    m = re.search(r"(\S+) +$", line)
    if not m or not m.group(1)[0].isupper():
        return False
    if re.sub(r"['’]s?$", "", m.group(1)) in BODIES:
        return False  # "Jupiter's Ganymede": a moon after its planet
    before = line[: m.start()].rstrip()
    return bool(before) and before[-1] not in '.!?:"“‘('
