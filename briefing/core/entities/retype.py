"""A second look at the names the rules typed in a sports report: person, club or place, learned.

The rules type a name by what they know of it ("Leeds" is a city) and a cue or two around it;
in a sports report the same name is often something else (the club in "Leeds are fourth", the
club named after a person). This pass scores every PERSON, ORG and GPE mention by the type the
rules gave it, its words and shape, the words around it, what the gazetteer knows of it and
whether the article is a sports report, with weights learned on CoNLL-2003 *train* only
(``tools/eval/train_retype.py``, ``briefing/data/entity_retype.txt``, the mean of averaged
perceptrons like :mod:`.fallback`). Scores are summed over every mention of the name in the
article, and the name changes type only when another type beats the rules' by a margin, so a
name keeps one type throughout (document-level consistency). Datelines' places and the names the
hand-made lists give that very type are never retyped (a listed town may still become a club).
Only sports reports (``tables.sports_article``) are read: elsewhere it moved the news figures by
nothing and cost a tenth of the extraction time.
"""

from __future__ import annotations

from .consistency import key_of
from .fallback import CLASSES, _context, _shape, load_weights, scores
from .gazetteer import Gazetteer, norm
from .rules import HEADS

Span = tuple[int, int, str, str]
CLASS_OF = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC"}
KIND_OF = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
MARGIN = 8.0  # how far (in weight units, summed over the article) another type must win
WEIGHTS = "entity_retype.txt"
ENABLED = True  # the training script switches it off to see the rules' own types


def features(content: str, start: int, end: int, kind: str, gaz: Gazetteer, sports: bool) -> list[str]:
    """The features of one typed mention in its article."""
    return name_features(content[start:end], kind, gaz, sports) + context_features(
        content, start, end, kind, sports
    )


def name_features(text: str, kind: str, gaz: Gazetteer, sports: bool) -> list[str]:
    """What does not change from one mention of a name to the next: its words, shape, lists."""
    words = text.split()
    shape = "_".join(_shape(w) for w in words[:3])
    first, last = words[0].lower(), words[-1].lower()
    out = [
        f"k={kind}",
        f"k={kind}|n={min(len(words), 3)}",
        f"k={kind}|sh={shape}",
        f"k={kind}|w={text.lower()}",
        f"f={first}",
        f"l={last}",
        f"k={kind}|x3={last[-3:]}",
    ]
    entry = gaz.phrases.get(norm(text))
    source = entry.type if entry is not None else ("minor" if text in gaz.minor_places else "none")
    out.append(f"k={kind}|gz={source}|hand={text in gaz.hand}")
    if words[0] in gaz.given_names:
        out.append(f"k={kind}|given")
    if words[-1] in gaz.family_names:
        out.append(f"k={kind}|family")
    if sports:
        out += [f"k={kind}|sports", f"sports|gz={source}"]
    return out


def context_features(content: str, start: int, end: int, kind: str, sports: bool) -> list[str]:
    """The words around one mention."""
    raw_before, raw_after = _context(content, start, end)
    p1, p2 = raw_before[1].lower(), raw_before[0].lower()
    n1, n2 = raw_after[0].lower(), raw_after[1].lower()
    out = [
        f"p1={p1}",
        f"k={kind}|p1={p1}",
        f"p2={p2}|{p1}",
        f"n1={n1}",
        f"k={kind}|n1={n1}",
        f"n2={n1}|{n2}",
        f"k={kind}|ps={_shape(raw_before[1])}|ns={_shape(raw_after[0])}",
    ]
    if sports:
        out += [f"sports|p1={p1}", f"sports|n1={n1}"]
    return out


def _listed(text: str, kind: str, gaz: Gazetteer, sports: bool) -> bool:
    """A name the hand-made lists give this very type: kept (in a sports report a listed
    town's name may still be its club's)."""
    if text not in gaz.hand:
        return False
    entry = gaz.phrases.get(norm(text))
    return entry is not None and CLASS_OF.get(entry.type) == CLASS_OF[kind] and not (sports and kind == "GPE")


def _shaped(text: str, kind: str, new: str, gaz: Gazetteer) -> bool:
    """A name whose own shape rules out the new type: a given name and a surname is no place
    ("Nick Doe-Reed"), a name ending in a body's head word no person ("Ohio State")."""
    words = text.split()
    if kind == "PERSON" and new == "GPE":
        return len(words) >= 2 and words[0] in gaz.given_names
    if kind == "ORG" and new == "PERSON":
        return len(words) >= 2 and (words[-1] in HEADS or words[-1] == "State")
    return False


def apply(
    found: list[Span], content: str, gaz: Gazetteer, fixed: set[tuple[int, int]], sports: bool
) -> list[Span]:
    """``found`` with the names whose summed scores say they are of another type retyped, but
    not into a type the name's own shape rules out (:func:`_shaped`)."""
    model = load_weights(WEIGHTS) if ENABLED and sports else {}
    if not model:
        return found
    summed: dict[str, list[float]] = {}
    kinds: dict[str, set[str]] = {}
    texts: dict[str, str] = {}
    named: dict[tuple[str, str], list[float] | None] = {}  # (text, type) -> its name features' scores
    for start, end, kind, _ in found:
        if kind not in CLASS_OF or (start, end) in fixed:
            continue
        text = content[start:end]
        if (text, kind) not in named:
            listed = _listed(text, kind, gaz, sports)
            named[text, kind] = None if listed else scores(name_features(text, kind, gaz, sports), model)
        static = named[text, kind]
        if static is None:
            continue
        key = key_of(text)
        row = scores(context_features(content, start, end, kind, sports), model)
        acc = summed.setdefault(key, [0.0] * len(CLASSES))
        for k in range(len(CLASSES)):
            acc[k] += static[k] + row[k]
        kinds.setdefault(key, set()).add(kind)
        texts.setdefault(key, text)
    change: dict[str, str] = {}
    for key, row in summed.items():
        if len(kinds[key]) != 1:
            continue
        (kind,) = kinds[key]
        now = CLASSES.index(CLASS_OF[kind])
        best = max((CLASSES.index(c) for c in KIND_OF), key=row.__getitem__)
        new = KIND_OF[CLASSES[best]]
        if best != now and row[best] - row[now] >= MARGIN and not _shaped(texts[key], kind, new, gaz):
            change[key] = new
    if not change:
        return found
    out = []
    for start, end, kind, canon in found:
        if kind in CLASS_OF and (start, end) not in fixed:
            kind = change.get(key_of(content[start:end]), kind)
        out.append((start, end, kind, canon))
    return out
