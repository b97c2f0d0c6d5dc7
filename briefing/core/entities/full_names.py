"""Full names the chunker splits or misses, read from their shape once the names are typed:

- a quoted nickname inside a name is part of it: 'Earvin "Magic" Johnson', 'William "Bill"
  Doe' (typed as two names, or as a name and an unknown word, without this);
- a capitalised word, a middle initial and a surname are a person's name even when the given
  name is in no list: "Delwyn J. Langejans", "Ozzie K. Whitcombe";
- no name runs over a sentence's end ("the Xbox One X. So, a little better"; ``cut_at_sentence_ends``,
  run last).

The canonical name of a nicknamed person leaves the nickname out ("Earvin Johnson"), so that a
later "Johnson" resolves to the same person. Runs before the article's names are resolved.
"""

from __future__ import annotations

import re

from .gazetteer import CALENDAR, Gazetteer, norm
from .tokens import Unit, uncovered

Span = tuple[int, int, str, str]

_NAME_WORD = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+)?"
# a quoted nickname of one to three capitalised words between two parts of a name
_NICKNAME = re.compile(
    rf"(?P<open>[\"“])(?P<nick>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}})[\"”] (?P<right>{_NAME_WORD})"
    r"(?: (?P<suffix>Jr\.?|Sr\.?|II|III|IV)(?![\w]))?(?![\w'’-])"
)
_LEFT_WORDS = re.compile(rf"(?<![\w.'’-])({_NAME_WORD}(?: {_NAME_WORD})?) $")
# a given name, one middle initial and a surname, nothing capitalised around them
_INITIAL = re.compile(
    rf"(?<![\w.'’&-])(?P<given>[A-Z][a-z]{{2,}}) [A-Z]\. (?P<surname>{_NAME_WORD})(?![\w'’&-])(?! [A-Z])"
)


def apply(
    found: list[Span],
    pending: list[list[Unit]],
    content: str,
    gaz: Gazetteer,
    headlines: list[tuple[int, int]],
) -> tuple[list[Span], list[list[Unit]]]:
    """``found`` with the nicknamed and the middle-initial names whole, and ``pending`` without
    the units the new names cover."""
    added: list[Span] = []
    removed: set[tuple[int, int]] = set()
    by_end = {sp[1]: sp for sp in found}
    starting = {sp[0]: sp for sp in found}
    if '"' in content or "“" in content:
        for m in _NICKNAME.finditer(content):
            if _in(m.start(), headlines):
                continue
            span = _nicknamed(m, content, by_end, starting, gaz)
            if span is not None:
                added.append(span[0])
                removed.update(span[1])
    for m in _INITIAL.finditer(content):
        if _in(m.start(), headlines) or any(s <= m.start() < e for s, e, _, _ in added):
            continue
        span = _initialled(m, found, gaz)
        if span is not None:
            added.append(span[0])
            removed.update(span[1])
    if not added:
        return found, pending
    out = sorted([sp for sp in found if (sp[0], sp[1]) not in removed] + added)
    return out, uncovered(pending, [(s, e) for s, e, _, _ in added])


def _in(at: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in ranges)


def _nicknamed(
    m: re.Match[str], content: str, by_end: dict[int, Span], starting: dict[int, Span], gaz: Gazetteer
) -> tuple[Span, list[tuple[int, int]]] | None:
    """The whole name around the nickname of ``m``, and the spans it replaces: one side must
    be a person already (or the left one start with a known given name), neither side a
    name of another kind."""
    if m.start() < 1 or content[m.start() - 1] != " ":
        return None
    left = by_end.get(m.start() - 1)
    right = starting.get(m.start("right"))
    replaced = []
    if left is not None:
        if left[2] != "PERSON":
            return None
        start, given = left[0], content[left[0] : left[1]]
        replaced.append((left[0], left[1]))
    else:
        words = _LEFT_WORDS.search(content, max(0, m.start() - 60), m.start())
        if words is None:
            return None
        start, given = words.start(1), words.group(1)
        first = given.split()[0]
        if first not in gaz.given_names and (right is None or right[2] != "PERSON"):
            return None
        if any(_other_kind(w, gaz) for w in given.split()):
            return None
    end = m.end()
    if right is not None:
        if right[2] != "PERSON" and right[2] != "DATE":  # "May": the month, here a surname
            return None
        if right[1] > end:
            return None
        replaced.append((right[0], right[1]))
    elif _other_kind(m.group("right"), gaz, calendar=left is not None):
        return None  # "May" after 'William "Buckshot"' is a surname
    surname = m.group("right") + (" " + m.group("suffix") if m.group("suffix") else "")
    return (start, end, "PERSON", norm(f"{given} {surname}")), replaced


def _other_kind(word: str, gaz: Gazetteer, calendar: bool = False) -> bool:
    """``word`` names a place, a body or (unless ``calendar``) a date in the lists, or is an
    ordinary word."""
    entry = gaz.lookup(word)
    if entry is not None and entry.type != "PERSON" and word not in gaz.given_names:
        return not (calendar and entry.type == CALENDAR)
    return word in gaz.common or word in gaz.english


def _initialled(
    m: re.Match[str], found: list[Span], gaz: Gazetteer
) -> tuple[Span, list[tuple[int, int]]] | None:
    """A person for "Given X. Surname" when what it overlaps is no name of another kind the
    lists know, and its given name is no ordinary or known word of another kind."""
    start, end = m.start(), m.end()
    replaced = []
    for s, e, kind, _ in found:
        if e <= start or s >= end:
            continue
        if kind == "PERSON" and s <= start and e >= end:
            return None  # already a person (the given name is known)
        if s < start or e > end:
            return None  # part of a longer name
        if kind not in ("PERSON", "NORP"):
            if gaz.lookup(m.group(0)[s - start : e - start]) is not None:
                return None  # a known place, body or date
        replaced.append((s, e))
    if _other_kind(m.group("given"), gaz) or _other_kind(m.group("surname"), gaz):
        return None
    return (start, end, "PERSON", norm(m.group(0))), replaced


_SENTENCE_END = re.compile(r"\. ([A-Z][a-z]*)\b")
# words that start a sentence and never go on a name ("U.S. Gulf", "P. Such" go on)
_STARTERS = frozenset(
    "So The But And It He She They We I This That These Those There A An However Then Yet Still "
    "Meanwhile Also If When While As Its His Her Their Our".split()
)


def cut_at_sentence_ends(found: list[Span], content: str) -> list[Span]:
    """A name never runs over a sentence's end: "the Xbox One X. So, a little better" is "Xbox
    One X" (the word after the full stop a function word that starts a sentence; the stop after
    one letter is the sentence's, after an abbreviation the name's: "Acme Inc.")."""
    out = []
    for s, e, kind, name in found:
        m = _SENTENCE_END.search(content, s, e)
        if m is not None and m.group(1) in _STARTERS and m.end() <= e:
            e = m.start() + (0 if content[m.start() - 2 : m.start() - 1] == " " else 1)  # "X." / "Inc."
            name = norm(content[s:e])
        out.append((s, e, kind, name))
    return out


# one or two initials right before a name: "J. ", "H. R. ", "J.W. "
_INITIALS_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))(?:[A-Z]\.\s?){1,2}\s?$")


def leading_initials(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """Initials before a person's given name are the person's ("J. David Cox", "F. Scott Doe";
    an initial read as a name of its own is dropped): the initial is a first name the person
    goes by the second."""
    out: list[Span] = []
    for s, e, kind, name in sorted(found):
        first = content[s:e].split(" ", 1)[0]
        m = _INITIALS_BEFORE.search(content, max(0, s - 8), s) if kind == "PERSON" else None
        if m is not None and first in gaz.given_names and " " in content[s:e]:
            while out and out[-1][0] >= m.start() and out[-1][1] <= s:
                out.pop()  # "J." typed a person of its own
            s = m.start()
            name = norm(content[s:e])
        out.append((s, e, kind, name))
    return out


def tidy(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """The last look at the names' ends: cut at a sentence's end, initials before a given name."""
    return leading_initials(cut_at_sentence_ends(found, content), content, gaz)
