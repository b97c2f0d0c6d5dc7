"""Acronyms of generic technologies: "GPRS and 3G networks", "WAP phones" name no organisation.

An unknown all-capitals word is taken for an organisation ("the IMF"), but standards, protocols
and formats are written the same way, and the news guideline (like OntoNotes) makes a generic
technology no mention. An acronym is such a term throughout its article when the article writes
it, somewhere, right before a technology's class noun ("X technology", "X handsets", "X-enabled
phones", "the X standard"), or listed with a generic technology the article writes ("GPRS, 3G and
Wi-Fi", "EDGE or UMTS"), and grown from there: a term's list partners are terms too ("GPRS and
WAP" once GPRS is one). The generic technologies themselves are terms wherever a rule took them
for a name ("2G networks like GSM"). A name the gazetteer knows ("GSM Association", an acronym it
lists) is never one.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .rules import UNKNOWN_ACRONYM

# Generic technologies, by shape ("3G", "4G", "802.11") and by name; lower-case words too,
# since a list joins them with acronyms ("GPRS and broadband").
_GENERATION = re.compile(r"^(?:\d{1,2}G|\d{1,2}\.\d{1,2}G|802\.11\w*)$")
GENERIC = {
    "GSM", "LTE", "DSL", "ADSL", "VOIP", "VoIP", "WIFI", "Wi-Fi", "WiFi", "wi-fi", "wifi", "Bluetooth",
    "bluetooth", "broadband", "MP3", "MP4", "DVD", "USB", "GPS", "SMS", "MMS", "HDTV", "HD", "LCD",
    "LED", "OLED", "RFID", "NFC", "P2P", "RSS", "HTML", "HTTP", "PDF", "CD", "RAM", "CPU", "GPU",
    "IP", "ISDN", "TCP/IP", "JPEG", "MPEG",
}  # fmt: skip
# Class nouns of a technology right after its name (plural or singular), and the hyphenated
# adjectives a technology makes ("WAP-enabled").
_CLASS_AFTER = re.compile(
    r"(?:-(?:enabled|compatible|capable|equipped)\b|\s+(?:technolog(?:y|ies)|standards?|protocols?|"
    r"handsets?|phones?|chips?|chipsets?|formats?|codecs?|modems?|connections?|connectivity|"
    r"signals?|spectrum|frequenc(?:y|ies)|bandwidth|speeds?|data speeds?|networks?|browsers?|"
    r"encryption|compression|interface|ports?|sockets?|specifications?|capabilit(?:y|ies)|"
    r"pages?|page impressions)\b(?!\s+(?:director|chief|officer|head|manager|editor|boss|expert|analyst)))"
)
_WORD = re.compile(  # all-caps words and the generic technologies' own shapes (cheap to scan)
    r"(?<![\w&.-])([A-Z][A-Z0-9&]{1,7}|\d{1,2}(?:\.\d)?G|VoIP|WiFi|[Ww]i-?[Ff]i|[Bb]luetooth|broadband)(?![\w&])"
)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+and/or\s+|/)\s*")
_LIST_GOES_ON = re.compile(r",\s|\s+(?:and|or)\s")
_DEFINED = re.compile(r"[A-Z][\w-]*\s+\(([A-Z][A-Za-z0-9&]{1,7})\)")  # "... Commission (FCC)"


def terms(content: str, gaz: Gazetteer) -> set[str]:
    """The unknown acronyms the article uses as generic technologies."""
    words = list(_WORD.finditer(content))
    generic = {m.group(1) for m in words if m.group(1) in GENERIC and m.group(1) not in gaz.caps}
    candidates = {m.group(1) for m in words if _unknown(m.group(1), gaz)}
    if not candidates:
        return generic
    candidates -= {m.group(1) for m in _DEFINED.finditer(content)}  # a name's own abbreviation
    out = {m.group(1) for m in words if m.group(1) in candidates and _CLASS_AFTER.match(content, m.end())}
    pairs = _listed(words, content)
    grown = True
    while grown:
        grown = False
        for a, b in pairs:
            if a in candidates and a not in out and (_generic(b) or b in out):
                out.add(a)
                grown = True
    return out | generic


def _unknown(word: str, gaz: Gazetteer) -> bool:
    """An all-caps word of 3-6 letters the gazetteer does not know and no list calls generic."""
    return bool(UNKNOWN_ACRONYM.match(word)) and word not in gaz.caps and not _generic(word)


def _generic(word: str) -> bool:
    return word in GENERIC or bool(_GENERATION.match(word))


def _listed(words: list[re.Match[str]], content: str) -> set[tuple[str, str]]:
    """(a, b) and (b, a) for two words next to each other in a list ("A, B and C", "A or B"); a
    comma alone joins them only inside a longer list."""
    out: set[tuple[str, str]] = set()
    for left, right in zip(words, words[1:], strict=False):
        gap = content[left.end() : right.start()]
        if not _JOIN.fullmatch(gap) or "\n" in gap:
            continue
        if gap.strip() == "," and not (
            _LIST_GOES_ON.match(content, right.end()) or content[: left.start()].rstrip().endswith(",")
        ):
            continue  # "the FCC, broadband is ...": a clause, no list
        out.add((left.group(1), right.group(1)))
        out.add((right.group(1), left.group(1)))
    return out
