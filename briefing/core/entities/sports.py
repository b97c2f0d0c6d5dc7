"""Sports prose: a city's name is often its team ("Leeds beat Everton", "Porto coach X").

Only in an article that reports sport (see :func:`.tables.sports_article`). A city (not a
country: national sides stay places) is a team when the words around it say so: a team
word after it ("Leeds manager", "Porto's victory", "Leicester fly-half", "the Bath side"), or a
result or transfer word before it ("beat Leeds", "signed for Porto"). A state or province after a
compass adjective is a college's team ("Eastern Michigan rolled past Northern Illinois"), unless a
locative word comes before it. An unknown capitalised
word right before a city makes one club name with it ("Atletico Madrid", "Hansa Rostock").
Every team found here joins the article's teams, so the consistency pass types its other
mentions alike.
"""

from __future__ import annotations

import bisect
import re

from .consistency import key_of
from .gazetteer import Gazetteer
from .rules import NOT_ORG_ABBREVIATIONS
from .surnames import family_plural, full_surnames
from .team_words import PLACE_AFTER, POSS_SEASON, RECORD_AFTER, TEAM_AFTER, TEAM_BEFORE, locative

Span = tuple[int, int, str, str]

_STATE = re.compile(r" State(?![\w-])")
_RECORD = re.compile(
    r"(?<![\w'’-])[Tt]he ([A-Z][a-z]{2,}s) \(\d{1,2}-\d{1,2}(?:-\d{1,2})?(?:, \d{1,2}-\d{1,2})?\)"
)
_COMPASS = re.compile(r"(?:^|(?<=[\s(\"“]))(?:Eastern|Western|Northern|Southern|Central) $")
_CLUB_WORD = re.compile(r"(?:^|(?<=[ \t]))([A-Z][\w'’]*[a-z][\w'’]*|[A-Z]{2,4}) $")


def teams(
    found: list[Span], content: str, gaz: Gazetteer, fixed: set[tuple[int, int]], table_teams: set[str]
) -> tuple[list[Span], set[str]]:
    """Mentions with the cities that are teams retyped ORG, and the keys of those teams.

    ``fixed`` spans (a dateline's place) stay as they are; the mentions a team word before or
    after types ("beat Leeds", "a linebacker at Arkansas", "Leeds manager") join them.
    """
    out: list[Span] = []
    keys: set[str] = set()
    cued: set[tuple[int, int]] = set()
    taken = [(s, e) for s, e, _, _ in found]
    players = {s for s, _, k, n in found if k == "PERSON" and " " in n}
    for start, end, kind, name in sorted(found):
        if kind != "GPE" or name in gaz.countries or (start, end) in fixed:
            out.append((start, end, kind, name))
            continue
        line_start = content.rfind("\n", 0, start) + 1
        before = content[max(line_start, start - 40) : start]
        club = _CLUB_WORD.search(before)
        word_at = start - len(club.group(1)) - 1 if club else -1
        if (
            out
            and out[-1][1] == start - 1
            and content[start - 1] == " "
            and (out[-1][2] == "ORG" or out[-1][2] == "GPE" and out[-1][3] not in gaz.countries)
        ):
            prev = out.pop()  # "Ajax Amsterdam": a known club and its city, one name
            out.append((prev[0], end, "ORG", content[prev[0] : end]))
            keys.add(key_of(content[prev[0] : end]))
            continue
        compass = _COMPASS.search(before)
        if compass and name in gaz.regions and not locative(before[: compass.start()]):
            start -= len(compass.group())  # "Eastern Michigan": a college's team, no region
            if out and out[-1][1] > start:
                out.pop()  # "Western" read as a group's name
            out.append((start, end, "ORG", content[start:end]))
            keys.add(key_of(content[start:end]))
            continue
        if club and not any(s <= word_at < e for s, e in taken) and _club_word(club.group(1), gaz):
            start -= len(club.group(1)) + 1  # "Atletico Madrid": one club
            name = content[start:end]
            out.append((start, end, "ORG", name))
            keys.add(key_of(name))
            continue
        if _STATE.match(content, end) and not locative(before):
            out.append(
                (start, end + 6, "ORG", content[start : end + 6])
            )  # "Ohio State": its university's team
            keys.add(key_of(content[start : end + 6]))
            continue
        poss = POSS_SEASON.match(content, end)
        team_after = bool(TEAM_AFTER.match(content, end) or RECORD_AFTER.match(content, end))
        team_after = team_after or bool(poss and (poss.group(1) or poss.end() in players))
        if TEAM_BEFORE.search(before) or (team_after and not locative(before)):
            out.append((start, end, "ORG", name))
            keys.add(key_of(content[start:end]))
            cued.add((start, end))
            continue
        out.append((start, end, kind, name))
    if keys or table_teams:
        placed = _placed(out, content) - keys
        out = [m if m[3] in placed else _as_team(m, content, gaz, fixed, keys) for m in out]
    fixed |= cued  # a team word's own mention: no later vote makes it a place again
    return out, keys


_STRONG_LOCATIVE = {"in", "near", "outside", "around", "across", "via", "through"}
_CITY_AFTER = re.compile(
    r"-(?:based|born)\b|(?:'s?|’s?)?\s+(?:city|town|airport|hotel|streets?|suburb|area|region)\b"
)


def _placed(found: list[Span], content: str) -> set[str]:
    """Cities the article writes as places somewhere ("in Las Vegas", "Las Vegas city"): with no
    team word around them, their other mentions stay places too."""
    out: set[str] = set()
    for start, end, kind, name in found:
        if kind != "GPE":
            continue
        words = content[max(0, start - 20) : start].split()
        if (words and words[-1].lower() in _STRONG_LOCATIVE) or _CITY_AFTER.match(content, end):
            out.add(name)
    return out


def nicknames(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """A school, club or city followed by a capitalised plural in prose is one team ("Gonzaga
    Bulldogs", "Denver Broncos"), and so is "the" and a capitalised plural before a win-loss record
    ("the Eagles (6-5, 3-4)"; a pitcher's record follows his name alone); the plural alone is then
    that team elsewhere in the article too."""
    out: list[Span] = []
    nicks: set[str] = set()
    sides = {content[s:e] for s, e, k, _ in found if k in ("ORG", "GPE")}  # what the article calls a side
    for m in sorted(found):
        start, end, kind, name = m
        prev = out[-1] if out else None
        word = content[start:end]
        pair = word.split(" ")
        if (
            len(pair) == 2
            and kind in ("PERSON", "ORG")
            and _nickname(pair[1], gaz)
            and _prose_line(content, start)
        ):
            # a school's or a city's name before a plural: "Gonzaga Bulldogs"; "Jalen Suggs" is a
            # player, whose first name names no side and whose surname is no dictionary plural
            side = pair[0] in gaz.phrases or pair[0] in sides or pair[1] in gaz.english
            if side and pair[1] not in gaz.family_names and pair[0] not in gaz.given_names:
                out.append((start, end, "ORG", word))  # "Gonzaga Bulldogs" as one unknown name
                nicks.add(key_of(pair[1]))
                continue
        if (
            prev is not None
            and prev[2] in ("ORG", "GPE")
            and prev[3] not in gaz.countries
            and prev[1] == start - 1
            and content[start - 1] == " "
            and _nickname(word, gaz)
            and _prose_line(content, start)
        ):
            out[-1] = (prev[0], end, "ORG", content[prev[0] : end])
            nicks.add(key_of(word))
            continue
        out.append(m)
    for rec in _RECORD.finditer(content):
        word = rec.group(1)
        if _nickname(word, gaz) and word not in gaz.family_names and _prose_line(content, rec.start()):
            nicks.add(key_of(word))  # "The Eagles (6-5, 3-4)": a team's record, no pitcher's ("Doe (3-4)")
    surnames = full_surnames(found)
    for hit in _THE_PLURAL.finditer(content):
        word = hit.group(1)  # "the Zags' guard", "the Broncos": a plural after "the" is a side
        if (
            _nickname(word, gaz)
            and word not in gaz.family_names
            and not (word in surnames or family_plural(word, surnames))
        ):
            nicks.add(key_of(word))
    if not nicks:
        return out
    out = [(s, e, "ORG", n) if key_of(content[s:e]) in nicks else (s, e, k, n) for s, e, k, n in out]
    taken = sorted((s, e) for s, e, _, _ in out)
    starts = [s for s, _ in taken]
    for nick in nicks:
        for hit in re.finditer(r"(?<![\w'’-])" + re.escape(nick.title()) + r"(?![\w-])", content):
            k = bisect.bisect_right(starts, hit.start())
            if (k and taken[k - 1][1] > hit.start()) or (k < len(taken) and taken[k][0] < hit.end()):
                continue  # inside (or across) a name already found
            out.append((hit.start(), hit.end(), "ORG", hit.group()))
    return sorted(out)


# A player's position or role after "the" and a one-word name: the name is the club's.
POSITION_AFTER = re.compile(
    r"(?:'s?|’s?)?\s+(?:star|striker|forward|midfielder|defender|goalkeeper|keeper|winger|captain|skipper|"
    r"manager|boss|coach|full-back|centre-back|fly-half|scrum-half|flanker|hooker|prop|lock|wing|"
    r"pitcher|quarterback|guard|center|centre|outfielder|batsman|bowler|rookie|freshman|sophomore|"
    r"forward|linebacker|shortstop|receiver|teammate|team-mate|player|pass\s+rusher|running\s+back|"
    r"athletic\s+director|head\s+coach|offensive\s+coordinator|defensive\s+coordinator|tight\s+end|"
    r"safety|cornerback|wide\s+receiver|tailback|punter|kicker|placekicker|goaltender|goalie|catcher|"
    r"QB|RB|WR|TE|OL|DL|LB|CB|DB|DE|DT)\b"  # American football's positions, written short
)


# one to three capitalised words no name covers, before a position and a player's name
_UNTYPED_RUN = re.compile(r"(?<![\w.'’&-])((?:[A-Z][\w.&'’-]*[ \t]){0,2}[A-Z][\w.&'’-]*)(?=\s)")  # one line's


def position_owners(
    found: list[Span],
    content: str,
    countries: set[str] | None = None,
    sure: set[tuple[int, int]] | None = None,
    gaz: Gazetteer | None = None,
) -> list[Span]:
    """ "The Chelsea star", "the Tottenham striker": a one-word name after "the" and before a
    player's position or role is the club, not a person, unless the article names a person
    by it in full ("Kerr" of "Brian Kerr"); so is a city (no country) before a position and the
    player's name ("Leeds striker Jo Doe", "Boston guard A.B. Doe"), a span added to ``sure``
    (no later pass retypes it)."""
    countries = countries or set()
    surnames = full_surnames(found)
    people = {s for s, e, k, n in found if k == "PERSON"}
    out: list[Span] = []
    for start, end, kind, name in found:
        word = content[start:end]
        m = POSITION_AFTER.match(content, end)
        if m and kind in ("PERSON", "GPE") and " " not in word and word not in surnames:
            if content[max(0, start - 4) : start].lower() == "the ":
                kind = "ORG"
        if m and kind in ("GPE", "ORG") and name not in countries and _player_at(content, m.end(), people):
            kind = "ORG"
            if sure is not None:
                sure.add((start, end))
        out.append((start, end, kind, name))
    if gaz is not None:
        out = sorted(out + _untyped_teams(out, content, people, gaz))
    return out


def _untyped_teams(found: list[Span], content: str, people: set[int], gaz: Gazetteer) -> list[Span]:
    """ "Penn State quarterback Jo Doe", "Vanderbilt athletic director Jo Doe": capitalised words
    no name covers, before a position and a player's name, are the team; not when the first is a
    word of the dictionary or a modifier ("Former quarterback Jo Doe", "Senior guard Jo Doe")."""
    out: list[Span] = []
    for m in POSITION_AFTER.finditer(content):
        if not _player_at(content, m.end(), people):
            continue
        run = _UNTYPED_RUN.search(content, max(0, m.start() - 40), m.start() + 1)
        while run is not None and run.end() != m.start():
            run = _UNTYPED_RUN.search(content, run.start() + 1, m.start() + 1)
        if run is None:
            continue
        s, e = run.start(1), run.end(1)
        if any(fs < e and s < fe for fs, fe, _, _ in found):
            continue  # a name already
        words = content[s:e].split()
        first = words[0]
        plural = len(words) == 1 and re.fullmatch(r"[A-Z][a-z]{2,}s", first) and not first.endswith("ss")
        if first in gaz.common or (first in gaz.english and not plural) or first.lower() in gaz.modifiers:
            continue  # "Former", "Senior", "Star": no name; a plural is a nickname ("Browns DL Jo Doe")
        if len(words) == 1 and _opens_sentence(content, s) and first.endswith("ed"):
            continue  # a transactions line: "Waived CB Jo Doe", "Signed WR Jo Doe"
        out.append((s, e, "ORG", " ".join(words)))
    return out


def _opens_sentence(content: str, at: int) -> bool:
    before = content[max(0, at - 3) : at].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


def _player_at(content: str, at: int, people: set[int]) -> bool:
    """Whether a person's name starts after the spaces at ``at``."""
    while at < len(content) and content[at] == " ":
        at += 1
    return at in people


_LEAGUE_WORDS = ("Premiership", "League", "Championship", "Conference", "Division")
_SPONSOR = re.compile(r"(?:^|(?<=[\s(\"“]))[A-Z][a-z]+(?:-[A-Z][a-z]+)? $")


def leagues(
    found: list[Span], content: str = "", common: frozenset[str] | set[str] = frozenset()
) -> list[Span]:
    """In a sports report a conference is a league ("the Western Conference"), no event; a
    league's sponsor right before it is part of its name ("the Acme Premiership"): one capitalised
    word no other name covers, no common word."""
    out = [
        (s, e, "ORG", n) if k == "EVENT" and n.endswith(" Conference") else (s, e, k, n)
        for s, e, k, n in found
    ]
    ends = {e for _, e, _, _ in out}
    for k, (s, e, kind, name) in enumerate(out):
        if kind != "ORG" or not content[s:e].endswith(_LEAGUE_WORDS) or s - 1 in ends or s - 2 in ends:
            continue
        m = _SPONSOR.search(content, max(0, s - 20), s)
        if m and m.group().strip() not in common and m.start() - 1 not in ends:
            out[k] = (m.start(), e, kind, f"{m.group()}{name}")
    return out


_THE_PLURAL = re.compile(r"\bthe ([A-Z][a-z]{2,}s)\b(?![-'’]?\w| [A-Z])")


def national_teams(found: list[Span], content: str, gaz: Gazetteer) -> list[Span]:
    """ "Team USA", "Team GB", "Team Canada": "Team" and a country are one side's name."""
    if "Team " not in content:
        return found
    out: list[Span] = []
    for span in sorted(found):
        s, e, kind, name = span
        if kind == "GPE" and name in gaz.countries and content[max(0, s - 5) : s] == "Team ":
            if out and out[-1][0] == s - 5 and out[-1][1] == s - 1:
                out.pop()  # "Team" read as a name of its own
            out.append((s - 5, e, "ORG", content[s - 5 : e]))
            continue
        out.append(span)
    return out


def _nickname(word: str, gaz: Gazetteer) -> bool:
    """A team's nickname: one capitalised plural word that names no place or person."""
    if not re.fullmatch(r"[A-Z][a-z]{2,}s", word) or word.endswith("ss"):
        return False
    entry = gaz.phrases.get(word)
    return (entry is None or entry.type == "ORG") and word not in gaz.given_names


def _prose_line(content: str, start: int) -> bool:
    """Whether the line around ``start`` is prose (most of its words in lower case), no title."""
    line_start = content.rfind("\n", 0, start) + 1
    line_end = content.find("\n", start)
    line = content[line_start : line_end if line_end >= 0 else None].rstrip()
    words = line.split()
    lower = sum(1 for w in words if w[:1].islower())
    sentence = len(words) >= 12 and lower >= 0.25 * len(words)  # a photo's caption, no headline
    return len(words) >= 6 and (lower >= 0.4 * len(words) or sentence)


def _as_team(m: Span, content: str, gaz: Gazetteer, fixed: set[tuple[int, int]], keys: set[str]) -> Span:
    """In a report whose cities are teams, a city is a team unless the words say it is a place."""
    start, end, kind, name = m
    if kind != "GPE" or name in gaz.countries or (start, end) in fixed:
        return m
    if locative(content[max(0, start - 60) : start]) or PLACE_AFTER.match(content, end):
        return m
    keys.add(key_of(content[start:end]))
    return start, end, "ORG", name


def _club_word(word: str, gaz: Gazetteer) -> bool:
    """A word that can start a club's name ("Atletico", "PSV"): no title, ordinary word or known name."""
    if word.isupper():
        return word not in NOT_ORG_ABBREVIATIONS and word not in gaz.caps
    if word in gaz.common or word in gaz.english or word in gaz.given_names:
        return False
    return gaz.phrases.get(word) is None
