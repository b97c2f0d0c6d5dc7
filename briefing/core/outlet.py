"""The outlet of a web page, from the site name its metadata states, made fit to name a source.

Corroboration counts distinct outlets, so an outlet must name the site and nothing else.
Older and smaller sites state anything there (seen on Google News pages of 2008): a copyright
notice ("© MMVIII, CBS Corporation. All Rights Reserved."), the page's own headline with a
section ("Headline | Entertainment"), a section after the name ("TheStar.com | Sports"), a
date ("Ledger-Enquirer.com | 01/19/2008"), a slogan around the domain ("Breaking Houston News,
Weather ... from KHOU.com"). ``outlet_name`` keeps the name: a domain written in it (after an
article, "Le Monde.fr", the article and the domain's name: "Le Monde"), else the
part that is neither the headline, a section, a date nor a sentence; else "" (the article then
counts as a source of its own, as one without metadata does).
"""

from __future__ import annotations

import re

from .domains import DOMAIN
from .mojibake import repair
from .titles import norm

_SPLIT = re.compile(r"\s+(?:\||>|»|::|·|•|–|—|-)\s+")
# a name opened by an article and ending in its domain ("Le Monde.fr", "Les Échos de Lyon.fr",
# "L'Express.fr"): the name is the part without the domain's ending ("Le Monde"), not "Monde.fr"
_ARTICLE_NAME = re.compile(
    r"(?:Le|La|Les|L'|El|Los|Las|Il|Lo|Der|Die|Das|De|Het)(?:\s*\b[\w'’-]+)+?(?P<end>\.[\w.-]+)"
)
_COPYRIGHT = re.compile(
    r"^(?:copyright\b\s*|©\s*|\(c\)\s*)+|\ball rights reserved\b.*$|\btous droits réservés\b.*$|"
    r"\btodos los derechos reservados\b.*$|\balle rechte vorbehalten\b.*$",
    re.I,
)
# a year, in figures or in Roman numerals of 1900-2099 ("MMVIII"; "MD Anderson" is a name)
_YEARS = re.compile(
    r"^(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?|(?:MCM|MM)[CDLXVI]{0,8})[,.]?\s+|\s+(?:19|20)\d\d$"
)
_DATE = re.compile(
    r"^[\d/.\- ]+$|^\w+,? \d{1,2},? \d{4}$|^\d{1,2} \w+ \d{4}$|^(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December) \d{4}$",
    re.I,
)
# the names of a site's sections, which follow its name in a <title> or site name
_SECTIONS = frozenset(
    """news home homepage sport sports business entertainment world u.s. us uk politics tech
    technology science health opinion local latest breaking top stories lifestyle arts culture
    money finance markets weather travel video videos photos blogs blog national international
    state metro region regional nation u s television tv film films movies music books media
    features columnists columns education environment motoring cars autos jobs property""".split()
)


def _section(part: str) -> bool:
    words = norm(part).split()
    return bool(words) and all(w in _SECTIONS for w in words)


def _copyright_stripped(part: str) -> str:
    out = part
    for _ in range(3):
        before = out
        out = _COPYRIGHT.sub("", out).strip(" ,;")
        out = _YEARS.sub("", out).strip(" ,;")
        if out == before:
            break
    return out


_ABBREVIATED = frozenset("ltd inc co corp plc llc pty bhd gmbh ag sa nv bv".split())


def _end(part: str) -> str:
    """Without a full stop that ends a sentence ("Kestrel Media Group. All rights reserved"),
    keeping one that ends an abbreviation ("Ltd.", "L.P.")."""
    if part.endswith(".") and not part.endswith(".."):
        last = part[:-1].rsplit(" ", 1)[-1]
        if "." not in last and last.lower() not in _ABBREVIATED:
            return part[:-1]
    return part


def _name_words(words: list[str]) -> bool:
    """Words of a name after its article: capitalised, or short joining words ("de", "di")."""
    return len(words) <= 5 and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)


def outlet_name(site: str, title: str = "") -> str:
    """The site's name fit to name a source, or "" when ``site`` holds none (see the module)."""
    site = " ".join(repair(site).split())
    if not site:
        return ""
    domain = DOMAIN.search(site)
    if domain:
        for part in _SPLIT.split(site):
            named = _ARTICLE_NAME.fullmatch(part)
            if named and DOMAIN.search(part) and _name_words(part[: named.start("end")].split()[1:]):
                return part[: named.start("end")]
        return domain.group(0).removeprefix("www.")
    headline = norm(title)
    kept = []
    parts = _SPLIT.split(site)
    for part in parts:
        if _DATE.match(part):
            continue
        part = _copyright_stripped(part)
        key = norm(part)
        if not key or _section(part) or _DATE.match(part):
            continue
        if (
            headline
            and len(key.split()) >= 3
            and (key.startswith(headline) or (len(parts) > 1 and headline.startswith(key)))
        ):
            continue  # the headline itself; a site's only name may begin its headline ("The Times ...")
        if len(key.split()) > 6 or len(part) > 50 or part.endswith(("...", "…", "?", "!")):
            continue  # a sentence or a slogan, not a name
        kept.append(_end(part))
    return kept[0] if kept else ""
