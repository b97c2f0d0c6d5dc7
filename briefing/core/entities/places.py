"""US places the way American copy writes them: "Tampa, FL", "Nashville, Tenn.", "(D-Conn.)".

A state's postal code or its AP-style abbreviation after a comma makes the capitalised words
before the comma a town and the code a state ("Cuyahoga Falls, OH"; a wire dateline's town in
capitals at a line's start, "STORRS, Conn.:"); a party letter and a
state in parentheses or commas give the state of a member of Congress ("Sen. X (R-Ky.)", "Rep. X,
D-Minn., said"); a place and "State" or a compass word after it are one place ("Osun State",
"Kano Central"), and so are a German town, "am" and its river; a name before "police" is a town. A two-letter
code is only read so where nothing but a sign, a capital or the line's end follows it (never
"Portland, OR and"; a code that is no word may have a lower-case word after it: "Mountain View, CA
for a show"), and the town only when no name overlaps it but the ones inside it ("Springs" read
alone in "Saratoga Springs, NY" gives way).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import FUNCTION_WORDS

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

Span = tuple[int, int, str, str]

STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "DC": "District of Columbia",
}  # fmt: skip
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky",
    "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan",
    "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont",
    "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}  # fmt: skip
_CODES = "|".join(STATES)
_AP = "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True))
# six words at most: unbounded, a long line of capitalised words without a comma is scanned to
# its end from each of its words (quadratic)
_TOWN = r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|of|de|la)){0,5}"
_CAPS_TOWN = r"[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}"  # a dateline's town at a line's start: "STORRS, Conn.:"
_CODE_END = r"(?=[ \t]*(?:$|[^\w\s]|[A-Z0-9]))"  # a sign, a capital or the line's end: no "OR and"
# codes that are no word nor a common abbreviation: a lower-case word may follow them ("Mountain
# View, CA for a show"); "OR", "IN", "ME", "DC" (the comics), "AR" (augmented reality) may not
_WORD_CODES = {
    "OR", "IN", "ME", "OK", "HI", "OH", "DE", "LA", "MA", "PA", "ID", "AL", "CO", "IA", "MI", "MO", "GA",
    "AR", "DC", "MS", "NE",
}  # fmt: skip
_LOOSE = "|".join(c for c in STATES if c not in _WORD_CODES)
_AFTER_TOWN = re.compile(
    rf"(?<![\w.'’-])(?P<town>{_TOWN}|^{_CAPS_TOWN}), "
    rf"(?:(?P<code>(?:{_CODES}){_CODE_END}|(?:{_LOOSE})(?=[ \t]+[a-z]))|(?P<ap>{_AP})(?![\w-]))",
    re.M,
)
_PARTIES = ("D", "R", "I")  # the party letter before a member's state: "(D-Conn.)", "R-Ky."
_PARTY = re.compile(rf"(?:\(|(?<=\w), )(?:{'|'.join(_PARTIES)})-(?P<state>{_CODES}|{_AP})(?:\)|,)")
_POLICE = re.compile(r"(?:['’]s)? (?:police|Police(?: Department| Dept\.?)?|Fire Department)\b")
_STATE = re.compile(
    r" (?:State|North|South|East|West|Central)(?![\w'’-]| [A-Z])"
    r"|(?: am| an der| ob der) [A-Z][a-z]+(?![\w'’-]| [A-Z])"
)


_STATE_AFTER = re.compile(
    r", (?:" + "|".join(sorted(STATES.values(), key=len, reverse=True)) + r")(?![\w'’-])"
)


def _town_start(text: str, start: int) -> int:
    """Leading function words are no part of the town ("During Palm Beach's...", "They")."""
    while True:
        word = re.match(r"[A-Z][a-z]+", text[start:])
        rest = text.find(" ", start)
        if word is None or rest < 0 or word.group() not in FUNCTION_WORDS:
            return start
        if not text[rest + 1 : rest + 2].isupper():
            return start
        start = rest + 1


def find(content: str) -> list[Span]:
    """(start, end, "GPE", canonical) of every town and state these patterns name."""
    out: list[Span] = []
    for m in _AFTER_TOWN.finditer(content):
        s = _town_start(content, m.start("town"))
        if s < m.end("town"):
            out.append((s, m.end("town"), "GPE", content[s : m.end("town")]))
        key = "code" if m.group("code") else "ap"
        state = m.group(key)
        end = m.end(key)
        if key == "ap" and content[end : end + 1] in ("", "\n"):
            end -= 1  # "MONTGOMERY, Ala." ending its line: the full stop ends the line too
        out.append((m.start(key), end, "GPE", STATES.get(state) or AP_STATES[state]))
    for m in _PARTY.finditer(content):
        state = m.group("state")
        out.append((m.start("state"), m.end("state"), "GPE", STATES.get(state) or AP_STATES[state]))
    return out


def apply(found: list[Span], content: str, gaz: Gazetteer | None = None) -> list[Span]:
    """``found`` with these places: a place replaces a name of the very same span (the town's
    pattern is the stronger evidence, and a state's code gets its state's name) and is left out
    where it overlaps any other. With the gazetteer: a known town (``gaz.minor_places``) read as
    a person or a firm before a comma and a state's full name is the town ("Palo Alto,
    California"), and a person whose first name is a given name and no place's stays a person,
    the code after it none (a mock draft's "Nick Doe, DE, Ohio State" names a defensive end)."""
    found = _policed(_states(_compass(found, content), content), content)
    if gaz is not None and gaz.minor_places:
        found = [_town_before_state(sp, content, gaz.minor_places) for sp in found]
    places = find(content)
    if not places:
        return found
    exact = {(s, e): k for k, (s, e, _, _) in enumerate(found)}
    out = list(found)
    dropped: set[int] = set()
    person_end = -1
    for span in places:
        s, e = span[0], span[1]
        if s == person_end + 2 and content[person_end:s] == ", ":
            continue  # the code after a person's name
        k = exact.get((s, e))
        if k is not None and gaz is not None and _named_person(out[k], gaz):
            person_end = e
            continue
        if k is None and content[e - 1] == ".":
            k = exact.get((s, e - 1))  # "Conn." read as a name without its full stop
        if k is not None:
            if out[k][2] in ("PERSON", "ORG", "GPE"):
                out[k] = span
            continue
        inside = [k for k, (a, b, _, _) in enumerate(out) if a < e and s < b and k not in dropped]
        if all(s <= out[k][0] and out[k][1] <= e and out[k][2] != "NORP" for k in inside):
            dropped.update(inside)  # "Saratoga Springs, NY" with "Springs" read alone
            out.append(span)
    return [sp for k, sp in enumerate(out) if k not in dropped]


# a compass word right before a place names a region of it ("West Texas", "South Wales")
_COMPASS = re.compile(
    r"(?:\b|^)((?:North|South|East|West|Northern|Southern|Eastern|Western|Central|"
    r"North-?[Ee]ast|North-?[Ww]est|South-?[Ee]ast|South-?[Ww]est) )$"
)


def _compass(found: list[Span], content: str) -> list[Span]:
    """A place with a compass word before it that no other name holds is the region it names:
    one place ("farmers in West Texas", "South Wales"; a college team so named is the sports
    rules' before this)."""
    out = list(found)
    for k, (s, e, kind, name) in enumerate(found):
        if kind not in ("GPE", "LOC"):
            continue
        m = _COMPASS.search(content, max(0, s - 12), s)
        if m is None:
            continue
        start = m.start(1)
        if any(a <= start < b for a, b, _, _ in found):
            continue
        out[k] = (start, e, "LOC", f"{m.group(1)}{name}")
    return out


def party_and_state(word: str) -> bool:
    """Whether one word is a party letter and a state, as a member's affiliation is written
    ("D-Conn" without its full stop, "R-Ky", "D-VA"): what ``_PARTY`` finds in the text."""
    return (
        word[:1] in _PARTIES
        and word[1:2] == "-"
        and (word[2:] + "." in AP_STATES or word[2:].upper() in STATES)
    )


def _named_person(span: Span, gaz: Gazetteer) -> bool:
    words = span[3].split()
    return (
        span[2] == "PERSON"
        and len(words) >= 2
        and words[0] in gaz.given_names
        and words[0] not in gaz.place_given
    )


def _town_before_state(span: Span, content: str, towns: frozenset[str] | set[str]) -> Span:
    """A known town read as a person or a firm before a comma and a state's full name is the town."""
    s, e, kind, name = span
    if kind in ("PERSON", "ORG") and name in towns and _STATE_AFTER.match(content, e):
        return (s, e, "GPE", name)
    return span


def _policed(found: list[Span], content: str) -> list[Span]:
    """A name read as a person's before a town's police ("the Elm Ridge police officers") is the
    town, in all its mentions: no person has a police force."""
    if "police" not in content and "Police" not in content:
        return found
    towns = {c for s, e, k, c in found if k == "PERSON" and _POLICE.match(content, e)}
    if not towns:
        return found
    return [(s, e, "GPE", c) if k == "PERSON" and c in towns else (s, e, k, c) for s, e, k, c in found]


def _states(found: list[Span], content: str) -> list[Span]:
    """A place and "State" or a compass word after it is one place ("Osun State", "New York State",
    a district's "Kano Central"; a sports report has made the universities' teams organisations
    before), and so is a German town and the river it stands on ("Hanau am Main")."""
    out = []
    for s, e, k, c in found:
        m = _STATE.match(content, e) if k == "GPE" else None
        out.append((s, m.end(), "GPE", c + m.group()) if m else (s, e, k, c))
    return out
