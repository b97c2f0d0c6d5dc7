"""Names that go on after a known one: "BBC One", "Disney Channel", "the Scottish Executive".

Once the article is read, an untyped capitalised chunk that follows a typed organisation (or a
nationality) with a single space between, inside a sentence, is the rest of that name ("BBC
News Online", "CBS All Access", "Hanwha Q Cells"): the two become one organisation. Not when
the chunk also stands on its own elsewhere in the article ("Google Stadia" ... "Stadia": the
maker and its product are two names; after another name it is no alone: "Samsung Pay" and "Android
Pay"; but one dictionary word after an organisation names no product alone: "Apple Pencil" and
"the Pencil 2" are one name), starts a person's full name ("Apple Tim Cook"), or stands
in a headline-case line, where every word is capitalised.
"""

from __future__ import annotations

import re

from . import legal_names
from .gazetteer import TITLE, Gazetteer
from .runs import _mostly_upper
from .tokens import Unit

Span = tuple[int, int, str, str]


def line(content: str, at: int) -> str:
    """The line of ``content`` that holds offset ``at``."""
    start = content.rfind("\n", 0, at) + 1
    end = content.find("\n", at)
    return content[start : end if end >= 0 else len(content)]


def title_case(line: str) -> bool:
    """A headline-case line: nearly every word of four letters or more is capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


_AFTER_A_NAME = re.compile(r"(?<![.!?] )\b[A-Z][\w&'’.-]* $")


def _alone(text: str, start: int, head: str, content: str) -> bool:
    """Whether ``text`` occurs in the article other than right after ``head`` (the name it
    would complete) or another capitalised word inside a sentence ("Samsung Pay", "Android Pay")."""
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(text) + r"(?![\w'’-])")
    for m in pattern.finditer(content):
        if m.start() == start or content[max(0, m.start() - len(head) - 1) : m.start()] == head + " ":
            continue
        if not _AFTER_A_NAME.search(content, max(0, m.start() - 40), m.start()):
            return True  # not "Android Pay" beside "Apple Pay": another maker's product of that name
    return False


_NAME_NEXT = re.compile(r" [A-Z][a-z]")


def _distinct(chunk: list[Unit], kind: str, gaz: Gazetteer) -> bool:
    """Whether a chunk after an organisation can name a product by itself: not one dictionary
    word ("Apple Pencil" and "the Pencil 2" are one product's name, "Google Stadia" and "Stadia"
    maker and product; "IBM Blue Gene" and "Blue Gene" too)."""
    return kind != "ORG" or len(chunk) > 1 or chunk[0].text not in gaz.english


def _titled(word: str, gaz: Gazetteer) -> bool:
    entry = gaz.phrases.get(word)
    return entry is not None and entry.type == TITLE


def _tail(chunk: list[Unit], kind: str, gaz: Gazetteer, content: str) -> bool:
    """A chunk that can be the rest of an organisation's (or, after a nationality, an
    institution's) name."""
    words = [u.text for u in chunk if u.cap]
    if not words or chunk[0].sent_start or (words[0] in gaz.given_names and len(words) > 1):
        return False  # "Apple Tim Cook": a person's full name after the firm's
    if all(w.lower() in gaz.roles or _titled(w, gaz) for w in words) and _NAME_NEXT.match(
        content, chunk[-1].end
    ):
        return False  # "FBI Director James Comey", "Italian Brother Jo Doe": a person's title
    if kind == "NORP":  # "Scottish Executive": ordinary words only ("Turkish Cypriots" are a people)
        return len(words) <= 2 and all(w in gaz.english or w in gaz.common for w in words)
    return len(words) <= 3


def tails(
    found: list[Span], chunks: list[list[Unit]], content: str, gaz: Gazetteer
) -> tuple[list[Span], list[list[Unit]]]:
    """``found`` with the names the chunks after them complete, and the chunks left."""
    ends = {e: k for k, (s, e, kind, _) in enumerate(found) if kind in ("ORG", "NORP")}
    if not ends:
        return found, chunks
    merged: dict[int, Span] = {}
    rest: list[list[Unit]] = []
    for c in chunks:
        start, end = c[0].start, c[-1].end
        k = ends.get(start - 1)
        if k is None or k in merged or content[start - 1] != " " or not _tail(c, found[k][2], gaz, content):
            rest.append(c)
            continue
        text = line(content, start)
        head = content[found[k][0] : found[k][1]]
        tail = content[start:end]
        if (
            _mostly_upper(text)
            or title_case(text)
            or (_distinct(c, found[k][2], gaz) and _alone(tail, start, head, content))
        ):
            rest.append(c)
            continue
        s = found[k][0]
        merged[k] = (s, end, "ORG", " ".join(content[s:end].split()))
    if not merged:
        return found, chunks
    return [merged.get(k, m) for k, m in enumerate(found)], rest


# A channel's or station's number ("BBC Radio 4", "Channel 5"), a product's ("iPhone 4",
# "PlayStation 2"): a short number right after the name, not an amount or a score.
_NUMBER = re.compile(r" (\d{1,3})(?![\w,:%/-]|\.\d| ?(?:million|billion|bn|m|per|percent|to)\b| ?-)")
_DOMAIN = re.compile(r"\.(?:com|org|net|io|co\.uk|co|tv)(?![\w-]|\.\w)")
_MEDIA = {"Radio", "Channel", "TV", "Television", "FM", "Studio", "Stage"}
_CAMEL = re.compile(r"^(?:[A-Z][a-z]+|[ie])[A-Z]")


def site(end: int, content: str) -> bool:
    """Whether a web domain follows the name ending at ``end`` ("Snopes.com")."""
    return _DOMAIN.match(content, end) is not None


# A word after a name's number that makes the number an amount or a count ("Google 10 years ago",
# "Arsenal 3 points clear"), not a product's ("Xbox 360 launches").
_COUNTED = frozenset(
    "years year months month weeks week days day hours minutes times points goals runs wickets games "
    "matches men women people per of percent pence pounds dollars euros shares places seats".split()
)
_PRODUCT_NUMBER = re.compile(r" (\d{1,3}) ([a-z]+)\b")
# A score after a side's name: "Glamorgan 259 and 207", "Kent 108 for 3", "Essex 244 all out".
_SCORE_AFTER = re.compile(r" \d{1,3} (?:and|for) \d| \d{1,3} all out\b")


def _numbered(found: list[Span], content: str) -> set[tuple[str, str]]:
    """(name, number) of the one-word organisations the article writes with a model number before
    a lower-case word ("the Xbox 360 goes on sale"): the number is the product's, wherever the
    name is written with it."""
    out: set[tuple[str, str]] = set()
    for s, e, kind, _ in found:
        if kind != "ORG" or " " in content[s:e]:
            continue
        m = _PRODUCT_NUMBER.match(content, e)
        if (
            m
            and _NUMBER.match(content, e)
            and m.group(2) not in _COUNTED
            and not _SCORE_AFTER.match(content, e)
        ):
            out.add((content[s:e], m.group(1)))
    return out


_LEGAL_AFTER_COMMA = re.compile(
    r",\s(?:Inc\.|Inc|Ltd\.|Ltd|LLC|L\.L\.C\.|L\.P\.|LP|Corp\.|Co\.|Plc|PLC|plc|S\.A\.|N\.V\.|AG|GmbH|SE)"
    r"(?![\w-])"
)


def demonym_pairs(found: list[Span], content: str) -> list[Span]:
    """Two nationalities joined by a hyphen are one ("Hungarian-American", "African-American")."""
    out: list[Span] = []
    for span in sorted(found):
        if (
            out
            and span[2] == "NORP"
            and out[-1][2] == "NORP"
            and out[-1][1] + 1 == span[0]
            and content[out[-1][1]] == "-"
        ):
            s = out.pop()[0]
            out.append((s, span[1], "NORP", content[s : span[1]]))
            continue
        out.append(span)
    return out


def suffixes(found: list[Span], content: str) -> list[Span]:
    """Organisation names with the sign or number that ends them: "Disney+", "Canal+",
    "BBC Radio 4", "iPhone 4", "Xbox 360" (a one-word name and a number the article writes
    before a lower-case word at least once); a one-word name with a web domain after it is the
    site ("Snopes.com"); a legal form after a comma is the firm's ("Acme Systems, Inc."), and one
    after words joined by particles closes one name (``legal_names``: "Banco de Sabadell SA")."""
    out: list[Span] = []
    numbered = _numbered(found, content)
    for s, e, kind, name in found:
        domain = _DOMAIN.match(content, e) if kind in ("ORG", "PERSON", "GPE") else None
        if domain and " " not in content[s:e]:  # "Snopes.com", "SmartAsset.com": the site
            out.append((s, domain.end(), "ORG", content[s : domain.end()]))
            continue
        if kind == "ORG":
            legal = _LEGAL_AFTER_COMMA.match(content, e)
            if legal:  # "Tyvak Systems, Inc.": the legal form after a comma is the name's
                e = legal.end()
                name = content[s:e]
            elif content[e : e + 1] == "+" and not content[e + 1 : e + 2].isalnum():
                e += 1
                name += "+"
            else:
                last = content[s:e].split()[-1]
                m = _NUMBER.match(content, e)
                if m and (last in _MEDIA or _CAMEL.match(last) or (content[s:e], m.group(1)) in numbered):
                    e = m.end(1)
                    name = f"{name} {m.group(1)}"
        out.append((s, e, kind, name))
    return legal_names.apply(out, content)  # "Banco de Sabadell SA"
