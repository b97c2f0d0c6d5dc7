"""Model designations: a maker's product named by letters and digits ("A350-900", "RAV4", "737 Max").

The chunker reads capitalised words, so a designation opened by digits ("737", "787-9") is never
a candidate, and one of capitals and digits ("A350", "RAV4") is read as an acronym or nothing;
the words after it ("Max", "Dreamliner", "Prime") are then typed alone, often as a person. A
code (one to four capitals and digits, "A350", "RAV4", "A330neo", or three digits, "737",
"777x", each with an optional "-900" variant) is a product's name (the news guideline highlights
products as organisations) when the sentence says so:

- a maker's name (a mention typed ORG) right before it ("Airbus A350-900", "Boeing's 787-9",
  "TOYOTA RAV4"): the maker stays a mention of its own;
- a vehicle or device class noun right after it or after its capitalised words ("A330neo jets",
  "the RAV4 small SUV", "737 Max jet"). Three digits alone must carry a letter, a variant or a
  capitalised word, or take a singular noun: a count takes a plural ("400 jets").

Then every other use of a cued code in the article (or of its base before the variant: "A350"
after "A350-900") is the same product, three digits alone only when a capitalised word follows
them. The capitalised words right after a code (not a month, a weekday or a sentence's start)
are part of its name: "737 Max", "RAV4 Hybrid", "787-9 Dreamliner".
"""

from __future__ import annotations

import bisect
import re

from .gazetteer import Gazetteer

Span = tuple[int, int, str, str]

_CODE = re.compile(
    r"(?<![\w$£€¥.,/'’-])(?:[A-Z]{1,4}\d{1,4}(?:[a-z]{1,3}|[A-Z])?|\d{3}[xX]?)(?:-\d{1,4})?(?![\w'’-]|[.,]\d)"
)
_TAIL = re.compile(r"(?: [A-Z][a-z]+(?![\w-]))+")
_CAPS_TAIL = re.compile(r"(?: [A-Z]{2,}(?![\w-]))+")
_MAKER_GAP = re.compile(r"(?:['’]s?)? +$| +['’]s +$")
_CLASS = re.compile(
    r" (?:[a-z]+(?:-[a-z]+)? )?(?P<noun>(?:jet|plane|aircraft|airliner|jetliner|SUV|car|sedan|hatchback|"
    r"crossover|pickup|vehicle|model|variant|program|programme|engine|helicopter|fighter|bomber|drone|"
    r"rocket|handset|smartphone|phone|tablet|laptop|console|processor|chip)(?P<plural>s?))(?![\w-])"
)
_DETERMINERS = {"the", "its", "their", "this", "that", "a", "an", "his", "her", "our"}
_NAMES = ("PERSON", "ORG", "GPE", "LOC", "NORP")


def apply(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """``found`` (sorted) with the article's model designations typed ORG, their makers kept."""
    if not any(c.isdigit() for c in content):
        return found
    matches = list(_CODE.finditer(content))
    if not matches:
        return found
    makers = sorted((s, e) for s, e, kind, _ in found if kind == "ORG")
    cued: set[str] = set()
    for m in matches:
        if m.group() not in cued and _cued(m, content, makers, gaz):
            cued.add(m.group())
            cued.add(m.group().split("-")[0])
    if not cued:
        return found
    spans = []
    for m in matches:
        code = m.group()
        if code not in cued and code.split("-")[0] not in cued:
            continue
        end = _tail_end(content, m.end(), gaz)
        if code.isdigit() and end == m.end() and not _CLASS.match(content, end):
            continue  # "777" alone: a number unless a name or a class noun follows
        spans.append((m.start(), end))
    return _merge(found, spans, content)


def _cued(m: re.Match[str], content: str, makers: list[tuple[int, int]], gaz: Gazetteer) -> bool:
    code = m.group()
    letters = code.split("-")[0].rstrip("abcdefghijklmnopqrstuvwxyz")
    if not code[0].isdigit() and len(letters) < 4:
        return False  # "H1", "Q2", "A1", "F40": a half-year, a quarter, a rating, too short to tell
    if not code[0].isdigit() and _after_maker(m.start(), content, makers, gaz):  # "Yorkshire 529-8": a score
        return True
    end = _tail_end(content, m.end(), gaz)
    cls = _CLASS.match(content, end)
    if cls is None:
        return False
    if not code.isdigit() or end > m.end():
        return True
    before = content[max(0, m.start() - 12) : m.start()].split()
    named = bool(before) and before[-1].lower() in _DETERMINERS
    return named and not cls.group("plural")  # "the 777 program", no count: "its 270 aircraft"


def _after_maker(at: int, content: str, makers: list[tuple[int, int]], gaz: Gazetteer) -> bool:
    """Whether a maker's name (a mention typed ORG) ends right before ``at`` ("Boeing's 787-9",
    "TOYOTA RAV4") or is read with the code as one name, no place ("Airbus A350-900")."""
    k = bisect.bisect_left(makers, (at, 0))
    for s, e in makers[max(0, k - 2) : k]:
        if e <= at and at - e <= 4 and _MAKER_GAP.search(content[e:at]):
            return True
        if s < at < e and content[at - 1] == " ":
            entry = gaz.phrases.get(content[s : at - 1])
            return entry is None or entry.type == "ORG"
    return False


def _tail_end(content: str, at: int, gaz: Gazetteer) -> int:
    """Where a code's name ends: after its capitalised words, a month, a weekday or a known name
    left out ("A350 Monday", "W145 Samsung")."""
    line = content[content.rfind("\n", 0, at) + 1 : content.find("\n", at) % (len(content) + 1)]
    tail = (_CAPS_TAIL if line.isupper() else _TAIL).match(content, at)  # "RAV4 PRIME" in a caps heading
    if tail is None:
        return at
    end = at
    for word in re.finditer(r"\S+", tail.group()):
        w = word.group()
        if w in gaz.months or w in gaz.weekdays or w.title() in gaz.months:
            break
        entry = gaz.phrases.get(w)
        if entry is not None and entry.type in ("GPE", "LOC", "PERSON", "ORG"):
            break
        end = at + word.end()
    return end


def _merge(found: list[Span], spans: list[tuple[int, int]], content: str) -> list[Span]:
    """``found`` with the designations in: a name inside one dropped, a maker read with it cut
    back to the maker; a name reaching past one keeps its place."""
    out: list[Span] = []
    keep = []
    for s, e in spans:
        names = [(a, b) for a, b, k, _ in found if k in _NAMES]
        if any(a < s < b and b > e or s <= a < e < b for a, b in names):
            continue  # a name reaches past it ("Galaxy S10 Plus")
        keep.append((s, e))
    for a, b, kind, name in found:
        hit = next(((s, e) for s, e in keep if a < e and s < b), None)
        if hit is None:
            out.append((a, b, kind, name))
            continue
        if a < hit[0] and kind == "ORG":
            cut = content[a : hit[0]].rstrip()
            cut = re.sub(r"\s*['’]s?$", "", cut)
            if cut:
                out.append((a, a + len(cut), kind, cut))
    out.extend((s, e, "ORG", content[s:e]) for s, e in keep)
    return sorted(out)
