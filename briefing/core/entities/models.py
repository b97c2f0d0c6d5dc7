"""A product's model written after its name: "iPhone 14 Pro Max", "Moto G4 Plus", "iOS 16".

Tech coverage names products by a line and a model: the line is a name any rule types ("iPhone",
"Moto", "Pixel"), the model a number, a code or a model word ("14", "X", "G4", "Pro", "Max",
"mini"). The chunker reads capitalised words, so it cut the name at the number ("iPhone 11" of
"iPhone 11 Pro"), left the model out ("Moto" of "Moto X"), or read the model words alone as a
person ("Pro Max", "Max" is a given name). The guideline has one product mention with its model
("[PlayStation 2]"), so an organisation's name is carried over the model after it when the name is
a product line's:

- a camel-case word ("iPhone", "iPad", "iOS", "AirPods") is a product line: numbers, codes and
  model words after it are its model ("iPhone 12/13 mini", "iPad Pro");
- any other organisation's name takes a model only when a code opens it ("Moto X", "Moto G4
  Plus": a capital letter, alone or with digits) or a number followed by a model word does
  ("Pixel 7 Pro"); a bare number after a club or a firm is a score or a count ("Arsenal 2");
- a name ending in "Series", "Edition" or "Note" takes its number ("Apple Watch Series 8").

A model written on its own in a list of models ("the iPhone 11 Pro and Pro Max, XS and XS Max")
is the same product line's: a run of model tokens alone after "and", "or", "/" or a comma that
follows a product with a model is one mention too, whatever a rule typed it as.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str, str]

# Model words: what a maker writes after a line's name to say which model.
_WORDS = (
    "Pro|Max|Plus|Ultra|Mini|mini|Air|Lite|SE|XL|XS|XR|Series|Edition|Edge|Note|Fold|Flip|Duo|Neo|"
    "Turbo|Studio|Slim|Nano|nano|Classic|Touch"
)
# a whole token, or one with a possessive ("iPhone 14 Pro's"): not "1" of "1:54" nor "752" of "752.50"
_END = r"(?![\w-]|['’](?!s\b)|[.,:]\d)"
_NUMBER = r"\d{1,4}(?:/\d{1,4})?"
# "X", "G4", "S23", "M1"; never "I" nor "A" (words), nor a quarter or a half ("Q2", "H1")
_CODE = r"(?:[B-HJ-Z]|(?![QH]\d\b)[A-Z]\d{1,3}[a-z]?)"
_TOKEN = rf"(?:{_WORDS}|{_NUMBER}|{_CODE})"
_WORD_OR_CODE = re.compile(rf" (?:{_WORDS}|{_CODE}){_END}")
_NUMBER_TOKEN = re.compile(rf" {_NUMBER}{_END}")
_OPENS = re.compile(rf" (?:{_CODE}|{_NUMBER} (?:{_WORDS})){_END}")
_NUMBERED_WORD = re.compile(r"(?:Series|Edition|Note)$")
# A product line's own camel case ("iPhone", "iOS", "eBay", "PlayStation", "AirPods", "YouTube");
# not a family name's ("McLaren", "MacBride") nor a club's abbreviation ("VfB")
_CAMEL = re.compile(r"(?:[ie][A-Z][A-Za-z]+|(?!Mc|Mac)[A-Z][a-z]{2,}[A-Z][a-z]+[A-Za-z]*)$")
_MONTHS = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec){2}$")  # "AugSep": a futures row
_TOKEN_ONLY = re.compile(rf"{_TOKEN}$")
_WORD_ONLY = re.compile(rf"(?:{_WORDS})$")
_CODE_ONLY = re.compile(rf"{_CODE}$")
# A model alone after a product: the joiner, then model tokens only, one a model word or a code.
_ALONE = re.compile(rf"(?:,? and|,? or|,|/) ((?:{_TOKEN} )*(?:{_WORDS}|{_CODE})(?: {_TOKEN})*){_END}")
# A word after the number that makes it an amount or a count, not a model ("iPhone 12 years ago").
_COUNTED = re.compile(r" (?:years?|months?|weeks?|days?|hours?|minutes?|times|percent|per|million|of)\b")


def apply(found: list[Span], content: str) -> list[Span]:
    """``found`` (sorted) with products' names carried over their models."""
    longer: list[Span] = []
    heads: list[int] = []  # where a product with a model ends: a model alone may follow
    for start, end, kind, _ in found:
        if kind != "ORG":
            continue
        words = content[start:end].split()
        new_end = _model_end(content, start, end, words)
        if new_end > end:
            longer.append((start, new_end, "ORG", content[start:new_end]))
            heads.append(new_end)
        elif _line(words, _camel(words)) and len(words) >= 2 and _TOKEN_ONLY.match(words[-1]):
            heads.append(end)  # "iPhone 11", "Galaxy S23" typed whole by another rule
    for at in heads:
        while (m := _ALONE.match(content, at)) is not None and not _COUNTED.match(content, m.end()):
            longer.append((m.start(1), m.end(1), "ORG", m.group(1)))
            at = m.end()
    if not longer:
        return found
    out = [sp for sp in found if not any(s < sp[1] and sp[0] < e for s, e, _, _ in longer)]
    kept: list[Span] = []
    for span in sorted(set(longer), key=lambda sp: (sp[0], -sp[1])):
        if not any(s <= span[0] and span[1] <= e for s, e, _, _ in kept):
            kept.append(span)
    return sorted(out + kept)


def _camel(words: list[str]) -> bool:
    """Whether a name holds a product line's camel-case word ("iPhone", "PlayStation")."""
    return any(_CAMEL.match(w) and not _MONTHS.match(w) for w in words)


def _line(words: list[str], camel: bool) -> bool:
    """Whether a name is a product line's by its spelling: a camel-case word in it (``camel``), or
    a model code or word after it ("Galaxy S23", "Surface Pro")."""
    return camel or (
        len(words) >= 2 and (_CODE_ONLY.match(words[-1]) or _WORD_ONLY.match(words[-1])) is not None
    )


def _model_end(content: str, start: int, end: int, words: list[str]) -> int:
    """Where the model after the name ``start:end`` ends (``end`` when there is none)."""
    camel = _camel(words)
    line = _line(words, camel)
    # a number is a model's after a camel-case line or a model word ("iPhone 14", "Surface Pro 4"),
    # not after a code ("Ferrari F40 170 laps", "Moto X 2014")
    numbered = _NUMBERED_WORD.search(words[-1]) is not None or (
        len(words) >= 2 and _WORD_ONLY.match(words[-1]) is not None
    )
    title_case = any(c.islower() for c in content[start:end])
    if not (line or numbered or (title_case and _OPENS.match(content, end))):
        return end
    at = end
    numbers = 0
    while True:
        m = _WORD_OR_CODE.match(content, at)
        if m is not None:
            numbered = _WORD_ONLY.match(m.group(0), 1) is not None
            camel = False
            at = m.end()
            continue
        m = _NUMBER_TOKEN.match(content, at)
        if m is None or numbers or _COUNTED.match(content, m.end()):
            break
        if not (camel or numbered or _WORD_OR_CODE.match(content, m.end())):
            break  # "Moto X 2014": a year; "Pixel 7 Pro", "Series 8": a model's number
        numbers += 1
        numbered = camel = False
        at = m.end()
    return at
