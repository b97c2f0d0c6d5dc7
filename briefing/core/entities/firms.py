"""Organisations the article's own words show, whatever their names look like.

A band's or a firm's name is often a person's or a town's ("Kestrel Bay", "Dunmore"), so the
rules type it PERSON or GPE. Once every mention is typed, a sentence that treats the name as a
band or a firm makes it an organisation in all its mentions:

- **a band's cue**: a class noun before it ("the band X", "the duo X"), a member's role after it
  ("X frontman", "X's guitarist", "X lead singer"), or a plural verb after a full name that no
  "and" or comma joins to another ("X are to tour", "X were formed"): a person is never "are";
- **a firm's leader**: one word before a firm's office and a person's full name ("X president
  Ann Smith", "X chief executive Bo Lee"), when it is no given name nor the surname of a person
  the article names in full (an adviser or an aide is a person's, so they are no cue);
- **a firm's possessive or class noun**: "X's shares", "X's buyout", "X's chief executive" (a
  person's one-word name or a town's, never a country's nor a region's), a full name's "X Y's
  senior executives", "X Y's auditor"; "mortgage giant X Y", "retailer X", "car maker X";
- **national arms**: an organisation the gazetteer knows and a country right after it are one
  name ("X Japan", "X UK"), unless the country owns what follows ("X Japan's") or the line is in
  capitals; so are an organisation and its legal form right after it ("X Group AG", "X Inc");
- **pairs**: two capitalised words joined by "and" that the article treats as one firm ("X and
  Y's profits", "shares in X and Y", "X and Y has" as a sentence's subject, "retailer X and Y")
  are one organisation wherever the article writes them, unless one of them is a name the
  gazetteer knows, a place or a people of the article, or the surname of a person it names in
  full ("Rangers and Everton", "Heathrow and Gatwick", "Blair and Brown's").
"""

from __future__ import annotations

import re

from .consistency import LEGAL, key_of
from .gazetteer import Gazetteer
from .runs import _mostly_upper

Span = tuple[int, int, str, str]

_BAND_BEFORE = re.compile(r"\b(?:band|bands|duo|trio|quartet|rockers|boy +band|girl +group) +(?:the +)?$")
_BAND_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:frontman|frontwoman|front\s+man|lead\s+singer|lead\s+vocalist|singer|vocalist|"
    r"guitarist|bassist|drummer|keyboardist|keyboard\s+player|bandmates?|band\s+members?)\b"
)
_PLURAL = re.compile(r"\s+(?:are|were)\b(?!\s+(?:both|married|each)\b)")
_JOINED = re.compile(  # another name or a noun before it is the verb's subject ("fans of X are")
    r"(?:\band|&|,|\bor|\bnor|\bboth|\bwith|\bMr|\bMrs|\bMs|\bDr|\bof|\bfor|\bto|\bby|\bfrom|\bat|\bin|"
    r"\bon|\babout|\blike|\bthan|\bas|\bagainst|\bbehind|\bbefore|\bafter|\bover|\bunder)\s*$"
)
# A band member's role, after the band's name ("X frontman", "X's drummer"; not "singer": "Grammy
# winner and singer", "Pop Idol singer").
_MEMBER_ROLE = re.compile(
    r"(?:frontman|frontwoman|front +man|lead +singer|guitarist|bassist|drummer|keyboardist|"
    r"keyboard +player|bandmates?)\b"
)
_NAME_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*|\d+)(?: [A-Z0-9][\w'’-]*){0,3})(?:['’]s?)? +$")
_MODIFIER = re.compile(r"-(?:winning|nominated|born|based|era)$")
_BAND_NAME_AFTER = re.compile(
    r"\b(?:rock|pop|indie|punk|metal|folk|dance|boy|girl) +(?:band|group|duo|trio) +(?:the +)?"
    r"([A-Z][\w'’-]*(?: [A-Z0-9][\w'’-]*){0,3})"
)
_CHANNEL = re.compile(r"Channel \d{1,2}(?![\w,.:%/-]\d|[\w%])")
_COORDINATED = re.compile(r"\band\b|&|,")
_DETERMINERS = {"the", "a", "an", "if", "this", "that"}
_MEMBERS = re.compile(r",? +and +[A-Z]")  # "the duo Ann Lee and Bo Day": the members, not the band
_LEADER = re.compile(
    r"\s+(?:president|vice[- ]president|chairman|chairwoman|chief\s+executive|chief\s+economist|"
    r"CEO|founder|co-founder|managing\s+director|economist|analyst|head)\s+$"
)
_CORPORATE = (
    r"shares|share\s+price|stock\s+price|shareholders|buyout|takeover|profits?|earnings|revenues?|"
    r"turnover|chief\s+executive|CEO|chief\s+financial\s+officer|board\s+of\s+directors|subsidiary|dividend"
)
# A full name's possessive a person does not have ("X Y's senior executives", "X Y's auditor").
_FIRM_POSSESSIVE = re.compile(
    r"['’]s +(?:(?:senior +|top +)?executives|chief +executive|CEO|auditors?|shareholders|subsidiary|"
    r"profits?|earnings|revenues?|turnover|dividend|board +of +directors|share +price)\b"
)
# A firm's class noun right before the name ("mortgage giant X", "retailer X", "record label X").
_FIRM_BEFORE = re.compile(
    r"(?:\b(?:firm|company|giant|retailer|carmaker|automaker|chipmaker|chain|label|bank|lender|insurer|"
    r"airline|carrier|supermarket|conglomerate|start-?up)s?|(?<![\w-])(?:car|wine|parts|drug|chip|phone|"
    r"handset|aircraft|steel|computer|software|toy|food|drinks) +makers?) +$"
)
_POSSESSIVE = re.compile(rf"['’]s\s+(?:{_CORPORATE})\b")
_AND = re.compile(" and ")
_FIRST = re.compile(r"(?<![\w'’&.-])[A-Z][a-z]+$")
_SECOND = re.compile(r"([A-Z][a-z]+)(?![\w-]| +[A-Z])")
_PAIR_AFTER = re.compile(
    rf"['’]s\s+(?:{_CORPORATE}|sales|stores|shops|brand|products|staff|employees|workers|results)\b"
    r"|,?\s+(?:Inc|Plc|plc|PLC|Ltd|Corp|LLP|LLC)\b"
    r"|\s+(?:shares|stock|shareholders|chief\s+executive|said\s+in\s+a\s+statement|said\s+it\s+(?:had|has|would|will|was))\b"
)
_PAIR_VERB = re.compile(r" +(?:is|has|was)\b")  # "X and Y has": one firm, when it is the subject
_PAIR_BEFORE = re.compile(
    r"(?:\bshares\s+(?:in|of)|\bstake\s+in|\b(?:retailer|firm|company|chain|giant|maker|group|brand|"
    r"store|bank|publisher|partnership|law\s+firm))\s+$",
    re.IGNORECASE,
)
_NOT_PAIR_BEFORE = re.compile(r"(?:\bbetween|\bboth|\beither|\bneither|[A-Z][\w'’-]*|,) *$")


def apply(found: list[Span], content: str, gaz: Gazetteer, fixed: set[tuple[int, int]]) -> list[Span]:
    """``found`` (sorted) with the names the article shows as bands or firms typed ORG."""
    surnames = _surnames(found, content)
    found = _legal_forms(
        _arms(_untyped(_pairs(found, content, gaz, surnames), content, gaz), content, gaz), content
    )
    keys = _evidence(found, content, gaz, surnames)
    if not keys:
        return found
    return [
        (s, e, "ORG", n)
        if k in ("PERSON", "GPE") and (s, e) not in fixed and key_of(content[s:e]) in keys
        else (s, e, k, n)
        for s, e, k, n in found
    ]


def _untyped(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """``found`` with the untyped names a band's cue or a channel's number shows ("X frontman",
    "rock band X", "Channel 4")."""
    spans: list[tuple[int, int]] = []
    for m in _MEMBER_ROLE.finditer(content):
        if content[m.start() - 1 : m.start()] not in (" ", "\n"):
            continue  # inside a word ("songwriter-guitarist")
        name = _NAME_BEFORE.search(content, max(0, m.start() - 55), m.start())
        if name and name.group(1).split()[0] not in gaz.common and not _MODIFIER.search(name.group(1)):
            spans.append(name.span(1))
    for m in _BAND_NAME_AFTER.finditer(content):
        if not _MEMBERS.match(content, m.end(1)):
            spans.append(m.span(1))
    spans.extend(
        m.span() for m in _CHANNEL.finditer(content) if not content[m.start() - 1 : m.start()].isalnum()
    )
    if not spans:
        return found
    out = list(found)
    for s, e in spans:
        if not any(a < e and s < b for a, b, _, _ in out):
            out.append((s, e, "ORG", content[s:e]))
    out.sort()
    return out


def _arms(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """``found`` (sorted) with a known organisation and the country right after it made one name,
    the firm's national arm ("X Japan", "X UK"), not before a possessive or another name ("X
    Japan's"), nor in capitals ("X BEAT MEXICO")."""
    out: list[Span] = []
    for span in found:
        s, e, kind, name = span
        if out and kind == "GPE" and name in gaz.countries and s == out[-1][1] + 1:
            ps, pe, pkind, _ = out[-1]
            entry = gaz.lookup(content[ps:pe])
            stop = content.find("\n", e)
            line = content[content.rfind("\n", 0, s) + 1 : stop if stop >= 0 else len(content)]
            known = entry is not None and entry.type == "ORG" and not _mostly_upper(line)
            if known and pkind == "ORG" and content[pe] == " " and not _after_name(content, e):
                out[-1] = (ps, e, "ORG", content[ps:e])
                continue
        out.append(span)
    return out


_LEGAL_AFTER = re.compile(
    r"(?: (?:" + "|".join(re.escape(w) for w in sorted(LEGAL, key=len, reverse=True)) + r")(?![\w.]))+"
)


def _legal_forms(found: list[Span], content: str) -> list[Span]:
    """``found`` (sorted) with an organisation's legal form right after it in its span
    ("Credit Suisse Group AG", "Business Insider Inc"), when no other mention starts there."""
    starts = {s for s, _, _, _ in found}
    out: list[Span] = []
    for s, e, kind, name in found:
        if kind == "ORG":
            m = _LEGAL_AFTER.match(content, e)
            if m and not any(e < a < m.end() for a in starts) and content[m.end() : m.end() + 1] != "-":
                out.append((s, m.end(), kind, name))
                continue
        out.append((s, e, kind, name))
    return out


def _after_name(content: str, end: int) -> bool:
    """A possessive or a capitalised word after the country: the country is a name of its own."""
    return content.startswith(("'s", "’s"), end) or (
        content[end : end + 1] == " " and content[end + 1 : end + 2].isupper()
    )


def _surnames(found: list[Span], content: str) -> set[str]:
    """The last words of the people the article names in full."""
    out = set()
    for s, e, kind, _ in found:
        if kind == "PERSON" and " " in content[s:e]:
            out.add(content[s:e].rsplit(" ", 1)[1])
    return out


def _evidence(found: list[Span], content: str, gaz: Gazetteer, surnames: set[str]) -> set[str]:
    """The keys of the people's and towns' names a sentence of the article shows as a band's or a
    firm's."""
    keys: set[str] = set()
    for i, (s, e, kind, name) in enumerate(found):
        if kind not in ("PERSON", "GPE"):
            continue
        text = content[s:e]
        before = content[max(0, s - 30) : s].rpartition("\n")[2]
        if kind == "GPE":
            if name in gaz.countries or name in gaz.regions or " " in text:
                continue
            if _POSSESSIVE.match(content, e):
                keys.add(key_of(text))
            continue
        if _FIRM_BEFORE.search(before) or (" " in text and _FIRM_POSSESSIVE.match(content, e)):
            keys.add(key_of(text))
        elif (_BAND_BEFORE.search(before) and not _MEMBERS.match(content, e)) or _BAND_AFTER.match(
            content, e
        ):
            keys.add(key_of(text))
        elif " " in text:
            if _PLURAL.match(content, e) and _subject(content, s, gaz):
                keys.add(key_of(text))
        elif text not in gaz.given_names and text not in surnames:
            nxt = found[i + 1] if i + 1 < len(found) else None
            if _POSSESSIVE.match(content, e) or (
                nxt is not None
                and nxt[2] == "PERSON"
                and " " in content[nxt[0] : nxt[1]]
                and nxt[0] - e < 40
                and _LEADER.fullmatch(content[e : nxt[0]])
            ):
                keys.add(key_of(text))
    return keys


def _subject(content: str, start: int, gaz: Gazetteer) -> bool:
    """Whether the name at ``start`` is its sentence's whole subject: no other name joined to it
    ("A and B are", "A, B and C were"), no noun it hangs from ("fans of X are"), no determiner
    ("the teenage X were") and no person's role ("businessman X were") before it."""
    clause = _clause(content, start)
    if _JOINED.search(clause) or _COORDINATED.search(clause):
        return False
    words = clause.lower().split()
    return not (set(words[-3:]) & _DETERMINERS) and not (words and words[-1] in gaz.roles)


def _clause(content: str, start: int) -> str:
    """The text of the clause before ``start``: from its sentence's start, or from a comma after a
    lower-case word ("..., while X are")."""
    line = content.rfind("\n", 0, start) + 1
    stop = max(
        content.rfind(". ", line, start), content.rfind("? ", line, start), content.rfind("! ", line, start)
    )
    comma = content.rfind(", ", line, start)
    if comma > stop and content[comma - 1 : comma].islower():
        stop = comma
    return content[(stop + 2 if stop >= 0 else line) : start]


def _pair_matches(content: str) -> list[tuple[int, int, tuple[str, str]]]:
    """(start, end, words) of each "X and Y" of two capitalised words, left to right without
    overlaps (found from the "and", far cheaper than trying a pair at every capital)."""
    out: list[tuple[int, int, tuple[str, str]]] = []
    last = -1
    for m in _AND.finditer(content):
        if not content[m.start() - 1 : m.start()].islower() or not content[m.end() : m.end() + 1].isupper():
            continue
        first = _FIRST.search(content, max(0, m.start() - 40), m.start())
        second = _SECOND.match(content, m.end())
        if first is None or second is None or first.start() < last:
            continue
        out.append((first.start(), second.end(), (first.group(), second.group(1))))
        last = second.end()
    return out


def _pairs(found: list[Span], content: str, gaz: Gazetteer, surnames: set[str]) -> list[Span]:
    """``found`` with "X and Y" made one organisation where the article treats it as one firm."""
    if " and " not in content:
        return found
    places: set[str] | None = None
    names: set[str] = set()
    for start, end, words in _pair_matches(content):
        pair = content[start:end]
        if pair in names or _NOT_PAIR_BEFORE.search(content, max(0, start - 12), start):
            continue
        if not (
            _PAIR_AFTER.match(content, end)
            or _PAIR_BEFORE.search(content, max(0, start - 20), start)
            or (_PAIR_VERB.match(content, end) and not _clause(content, start).strip())
        ):
            continue
        if places is None:
            places = {content[s:e] for s, e, kind, _ in found if kind in ("GPE", "LOC", "NORP")}
        if any(w in surnames or w in places or gaz.lookup(w) is not None for w in words):
            continue  # "Rangers and Everton", "Heathrow and Gatwick", "Blair and Brown": two names
        names.add(pair)
    if not names:
        return found
    alternatives = "|".join(map(re.escape, names))
    spans = [
        (m.start(), m.end()) for m in re.finditer(rf"(?<![\w'’&.-])(?:{alternatives})(?![\w-])", content)
    ]
    kept = [sp for sp in found if not any(sp[0] < e and s < sp[1] for s, e in spans)]
    kept.extend((s, e, "ORG", content[s:e]) for s, e in spans)
    kept.sort()
    return kept
