"""Names spelled out before their abbreviation: "Joint Council for the Welfare of Immigrants (JCWI)".

Once the article is read, the capitalised words right before a parenthesised abbreviation whose
initials spell it (small words such as "of", "for", "the", "and" skipped, or spelling a letter:
"Ministry of Trade, Industry and Energy (MOTIE)") are one name, whatever
the rules cut out of them ("Joint Council for the Welfare" + "Immigrants"), and the abbreviation
is a name of the same type (a possessive on the last word stays out: "the Disasters Emergency
Committee's (DEC) fund"). An abbreviation written in mixed case ("Global Alliance for Vaccines
and Immunisation (Gavi)", "(Nato)") counts only when its initials spell it whole. The
abbreviation's other whole-word uses in the article are that name too, not the town or the
person the word also names. The type is the one the rules gave the long form or the abbreviation, an
organisation when they gave it none or a person's.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str, str]

_PAREN = re.compile(r" \(([A-Z][A-Za-z&]{1,9})\)")
_WORD = re.compile(r"[A-Za-z][\w'’&-]*|&")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")  # "Committee's (DEC)": the name ends before it
_SMALL = {"of", "for", "the", "and", "on", "in", "to", "&", "de", "du", "des", "la", "le"}
_TYPES = ("ORG", "GPE", "LOC", "NORP")


def _long_form(content: str, at: int, abbr: str) -> tuple[int, int] | None:
    """The span of the words before ``at`` whose initials spell ``abbr``, else None."""
    letters = abbr.replace("&", "").upper()
    line_start = content.rfind("\n", 0, at) + 1
    words = list(_WORD.finditer(content, line_start, at))
    if not words or words[-1].end() != at:
        return None
    k = _spell([w.group() for w in words], letters)
    if k is None:
        return None
    possessive = _POSSESSIVE.search(words[-1].group())
    return words[k].start(), at - (len(possessive.group()) if possessive else 0)


def _spell(words: list[str], letters: str) -> int | None:
    """The index of the first of the last ``words`` whose initials spell ``letters``, at least two
    capitalised; a small word is skipped or, when its initial is the letter wanted, spells it
    ("Ministry of Trade, Industry and Energy (MOTIE)")."""

    def back(k: int, need: int, caps: int) -> int | None:
        if need == 0:
            return k if caps >= 2 and words[k][0].isupper() else None
        if k == 0:
            return None
        w = words[k - 1]
        small = w.lower() in _SMALL and caps > 0
        if (w[0].isupper() or small) and w[0].upper() == letters[need - 1]:
            hit = back(k - 1, need - 1, caps + (not small))
            if hit is not None:
                return hit
        return back(k - 1, need, caps) if small else None

    return back(len(words), len(letters), 0)


def apply(found: list[Span], content: str) -> list[Span]:
    """``found`` with the long forms joined and their abbreviations typed alike."""
    if " (" not in content:
        return found
    joins: list[tuple[int, int, str, str]] = []
    covered: list[tuple[int, int]] = []
    spelled: dict[str, str] = {}
    for m in _PAREN.finditer(content):
        abbr = m.group(1)
        upper = sum(c.isupper() for c in abbr)
        if upper < 2 and not (len(abbr) >= 3 and abbr[1:].islower()):
            continue
        span = _long_form(content, m.start(), abbr)
        if span is None:
            continue
        inside = [sp for sp in found if sp[0] < span[1] and span[0] < sp[1]]
        abbr_type = [sp[2] for sp in found if (sp[0], sp[1]) == m.span(1) and sp[2] in _TYPES]
        edge = m.start()  # the name's end, or its possessive's
        if not (inside or abbr_type) or any(sp[0] < span[0] or sp[1] > edge for sp in inside):
            continue  # no rule saw a name there, or a name runs across its edge
        exact = [sp[2] for sp in inside if (sp[0], sp[1]) == span and sp[2] in _TYPES]
        kind = (exact or abbr_type or ["ORG"])[0]
        joins.append((span[0], span[1], kind, " ".join(content[span[0] : span[1]].split())))
        covered.append((span[0], edge))
        spelled[abbr] = kind
    if not joins:
        return found
    out = [sp for sp in found if not any(a <= sp[0] and sp[1] <= b for a, b in covered)]
    out.extend(joins)
    return sorted(_retype(out, content, spelled))


def _retype(found: list[Span], content: str, mixed: dict[str, str]) -> list[Span]:
    """Every whole-word use of an abbreviation the article spelled out: that name."""
    out = [(s, e, mixed[content[s:e]], c) if content[s:e] in mixed else (s, e, k, c) for s, e, k, c in found]
    taken = sorted((s, e) for s, e, _, _ in out)
    for abbr, kind in mixed.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(abbr) + r"(?![\w-])", content):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append((m.start(), m.end(), kind, abbr))
    return out
