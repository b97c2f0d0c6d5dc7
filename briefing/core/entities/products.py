"""Products the article names by their class: devices, software, games, services.

A product's name is often an ordinary word ("Windows", "Cell", "Halo") or a word and a version
("Halo 2", "Windows XP"), so neither the gazetteer nor the person and place rules type it, and
the fallback asks much of a dictionary word. Where the sentence says what the name is, it is a
product (the news guideline highlights products as organisations):

- a product's class noun right after it, inside a sentence: "the X operating system", "the X
  browser", "the X processor", "X software", "the X console", "the X search engine", "the X brand";
- a class noun right before it: "the software X", "the video game X", "its handset X", "the web
  browser X", "the chip X", "the cholesterol drug X".

A known maker's name read with a product's one word written in camel case ("Acme PowerDeck") is
two mentions, the maker and its product, as the guideline has it ("Sony", "PlayStation").

Not an acronym alone (a generic technology: "the DVD format", "MP3 players" are no mention),
nor a name any rule has typed, nor words a mention already covers (the maker before its
product stays a mention of its own: "Sony" in "Sony Cell processor"). The name's other untyped
occurrences are typed after it by the echoes pass.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

Span = tuple[int, int, str, str]

_NAME = r"((?:[A-Z][\w'’-]*|[a-z]+[A-Z][\w-]*)(?: (?:[A-Z][\w-]*|\d{1,4}))*)"
# A product's class noun after its name (looked for first, then the name before it: a scan for the
# nouns is far cheaper than trying a name at every capital).
_CLASS_AFTER = re.compile(
    r"(?:operating system|web browser|browser|search engine|media player|processors?|chips?|"
    r"microprocessors?|games? console|console|handsets?|smartphones?|software|web server|file format|"
    r"instant messaging|messaging service|messenger|brand)\b"
)
_NAME_BEFORE = re.compile(_NAME + " $")
_CLASS_BEFORE = re.compile(
    r"\b(?:software|(?:video|computer|PC|mobile|online|console) games?|handset|smartphone|web browser|"
    r"browser|operating system|processor|chip|search engine|file-sharing (?:network|software)|"
    r"peer-to-peer network|drug) " + _NAME
)
_MAKER = re.compile(r"(?:['’]s)? +")
_TAIL = re.compile(r"-(?:based|powered|compatible|enabled|only|style|like)$")
_CAMEL = re.compile(r"(?!Mc|Mac)[A-Z]?[a-z]+[A-Z][a-z]+[A-Za-z]*$")


def apply(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """``found`` (sorted) with the products the article names by their class typed ORG."""
    found = _named_after_maker(_makers(found, content, gaz), content, gaz)
    spans: list[tuple[int, int]] = []
    for m in _CLASS_AFTER.finditer(content):
        if content[m.start() - 1 : m.start()] != " ":
            continue
        name = _NAME_BEFORE.search(content, max(0, m.start() - 80), m.start())
        span = _name(name.start(1), name.end(1), content, found, gaz) if name else None
        if span is not None:
            spans.append(span)
    for m in _CLASS_BEFORE.finditer(content):
        span = _name(m.start(1), m.end(1), content, found, gaz)
        if span is not None:
            spans.append(span)
    if not spans:
        return found
    out = list(found)
    for s, e in sorted(set(spans)):
        if not any(a < e and s < b for a, b, _, _ in out):
            out.append((s, e, "ORG", content[s:e]))
    out.sort()
    return out


def _makers(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """An organisation's name that is a known maker's and a product's camel-case word ("Acme
    PowerDeck") split in two."""
    out: list[Span] = []
    for start, end, kind, name in found:
        text = content[start:end]
        head, _, last = text.rpartition(" ")
        entry = gaz.phrases.get(head) if kind == "ORG" and head and _CAMEL.match(last) else None
        if entry is None or entry.type != "ORG":
            out.append((start, end, kind, name))
            continue
        out.append((start, start + len(head), "ORG", entry.canonical))
        out.append((end - len(last), end, "ORG", last))
    return out


_CLASS_WORD = re.compile(r"(?:Assistant|Speakers?|Apps?|Devices?|Skills?|Software|Platform)$")
# A device's or a service's class noun right after a given name: the name is the product's
_THING_AFTER = re.compile(
    r" (?:speakers?|devices?|smart ?speakers?|smartwatch(?:es)?|app|apps|skills?|assistant|lineup|"
    r"line of|headphones|earbuds|tablets?|handsets?|integration|users)\b"
)
_AFTER_MAKER = re.compile(r"(?:['’]s)? ([A-Z][a-z]+)(?![\w'’-]| [A-Z])")


def _named_after_maker(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """A given name written alone right after a known company's name ("Amazon Alexa", "Amazon's
    Alexa", "Apple's Siri") or right before a device's class noun ("the Echo speakers", "Alexa
    skills") is a product, not a person, and so is every other use of it alone, unless the article
    names a person by it in full ("Alexa Brandt"). Only given names: "Apple's Cook" is no product."""
    products: set[str] = set()
    for start, end, kind, _ in found:
        entry = gaz.phrases.get(content[start:end]) if kind == "ORG" else None
        m = _AFTER_MAKER.match(content, end) if entry is not None and entry.type == "ORG" else None
        if m and m.group(1) in gaz.given_names:
            products.add(m.group(1))
        elif kind == "PERSON" and content[start:end] in gaz.given_names and _THING_AFTER.match(content, end):
            products.add(content[start:end])  # "the Echo speakers", "Alexa skills": a device's name
    if not products:
        return found
    for start, end, kind, _ in found:
        words = content[start:end].split()
        if kind == "PERSON" and len(words) > 1 and any(_surname(w, gaz) for w in words[1:]):
            products -= set(words)  # "Alexa Smith" elsewhere: a person's name after all
    if not products:
        return found
    out = []
    for start, end, kind, name in found:
        words = content[start:end].split()
        if kind != "PERSON" or words[0] not in products:  # (a person's full name took it out above)
            out.append((start, end, kind, name))
        elif not _CLASS_WORD.match(words[-1]):
            out.append((start, end, "ORG", content[start:end]))  # "Echo Dot": the product's model
        # else "Alexa Assistant": the product alone, added below
    for m in re.finditer(r"\b(?:" + "|".join(sorted(products)) + r")\b(?![\w'’-])(?: ([A-Z]\w*))?", content):
        if m.group(1) and not _CLASS_WORD.match(m.group(1)):
            continue  # "Alexa Smith"
        m_end = m.end(0) - (len(m.group(1)) + 1 if m.group(1) else 0)
        if not any(s < m_end and m.start() < e for s, e, _, _ in out):
            out.append((m.start(), m_end, "ORG", content[m.start() : m_end]))
    return sorted(out)


def _surname(word: str, gaz: Gazetteer) -> bool:
    """Whether a word after a given name makes a person's full name: a family name, or a word that
    is no dictionary word ("Alexa Brandt", "Alexa Tesk"; not "Echo Dot", "Alexa Assistant")."""
    return word in gaz.family_names or (word not in gaz.english and not _CLASS_WORD.match(word))


def _name(start: int, end: int, content: str, found: list[Span], gaz: Gazetteer) -> tuple[int, int] | None:
    """The product's span inside the capitalised run ``start:end``: its words after any typed
    mention (the maker), or None when it is no product's name."""
    for s, e, _, _ in found:
        if s < end and start < e:
            if e >= end or s > start:
                return None  # a typed name ends the run or sits inside it
            maker = _MAKER.match(content, e, end)
            if maker is None:
                return None  # "London-based": no product after it
            start = maker.end()  # the maker before its product ("Sony Cell", "Nokia's Series 60")
    tail = _TAIL.search(content, start, end)
    if tail is not None:
        end = tail.start()  # "Linux-based": the product is "Linux"
    words = content[start:end].split()
    if not words or words[0] in gaz.common or (len(words) == 1 and _acronym(words[0])):
        return None
    before = content[content.rfind("\n", 0, start) + 1 : start].rstrip()
    if not before or before.endswith((".", "!", "?", '"', "“", ":")):
        return None  # a sentence's first words: capitals that say nothing
    return start, end


def _acronym(word: str) -> bool:
    """An all-capitals word, a generic technology's or any acronym's ("DVD", "MP3", "3G")."""
    letters = [c for c in word if c.isalpha()]
    return not letters or all(c.isupper() for c in letters)
