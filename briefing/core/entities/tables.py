"""Tables, result lists and datelines read as text: the names in lines that are not prose.

A results line ("3. Firstname Lastname (Country) 1:48.91"), a score line ("Club A 2 Club B 1"),
a league-table row ("Club Name 17 9 3 5 30 21 30"), a scorecard line ("I. Name c Other b
Third 12") or a fixture ("Club A v Club B") holds names without the words around them that
prose gives. Such a line is recognised by its shape (numbers and capitalised names, almost no
lower-case words) and every capitalised run in it is typed as a whole: a country stays a
place (a national side), a person-shaped run is a PERSON, and in a sports article any other
run, a city's name included, is a team (ORG). A dateline ("LONDON 1996-08-30",
"ARLINGTON, Texas 1996-08-31", "PARIS (Reuters) -", "MADRID — " before a sentence when the
place is known) opens with a place.
"""

from __future__ import annotations

import re

from .gazetteer import CALENDAR, TITLE, Entry, Gazetteer
from .patterns import NUM_WORDS
from .places import AP_STATES
from .rules import INITIALS, NOT_ORG_ABBREVIATIONS
from .tokens import Unit

# Lower-case words a table line may hold: fixtures, cricket dismissals, results.
TABLE_WORDS = {
    "v", "vs", "vs.", "v.", "at", "beat", "bt", "b", "c", "lbw", "st", "not", "out", "run", "and",
    "retired", "hurt", "did", "bat", "to", "won", "drew", "lost", "def", "d", "pts", "min",
    "aggregate", "agg", "pen", "pens", "og", "sec", "secs", "seconds", "points", "laps", "lap",
    "overs", "wickets", "innings", "declared", "closed", "for", "all", "extras", "total",
    "of", "the", "in", "on", "after", "penalties", "time", "extra", "half", "halftime",
}  # fmt: skip
# auxiliaries and negations: a line holding one is a sentence, however few its other words
_PROSE_WORDS = {
    "have", "has", "had", "is", "are", "was", "were", "will", "would", "could", "should", "can",
    "don't", "don’t", "doesn't", "doesn’t", "isn't", "isn’t", "won't", "won’t", "can't", "can’t",
}  # fmt: skip
SEPARATORS = {"V", "VS", "V.", "VS.", "AT", "BT", "v", "vs", "v.", "vs.", "at"}
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*|[-+]?\d[\d,.:/-]*|\S")
_SCORE = re.compile(r"^[-+]?\d{1,3}$|^\d{1,2}-\d{1,2}$|^\.\d{3}$")
_DATELINE = re.compile(
    r"^[\"“]?(?P<place>[A-Z][A-Z.'’ -]*[A-Z.])(?:,\s+(?P<region>[A-Z][\w.'’ -]*?))?"
    r"(?:\s+\d{4}-\d\d-\d\d|\s+\((?:[A-Z][\w.&' ]*)\)\s*[-–—]"
    r"|,\s+(?:\w+\.?\s+\d{1,2}|\d{1,2}\s+\w+)\s*[-–—(]|(?P<dash>\s+(?:--|[–—])\s+(?=[A-Z\"“‘'])"
    r"|:\s+(?=[A-Z\"“‘'])))"  # "NEW DELHI: Text": like the dash, a known place only
)
_SCORE_LINE = (
    r"(?m)^\s*(?:\d+\.\s+)?[A-Z][\w.'’ -]*?\s+\d{1,3}\s+[A-Z][\w.'’ -]*?\s+\d{1,3}\s*(?:\(|$)"  # score line
    r"|^[A-Z][\w.'’ -]*?(?:\s+\d{1,3}){5,}\s*$"  # league-table row
)
_SPORT_WORDING = (
    r"(?m)\b(?:beat|beats|defeated|drew\s+with|lost\s+to|draw\s+with)\s+(?:the\s+)?[A-Z][\w.'’ -]*?"
    r"\s+\d{1,3}-\d{1,3}\b"
    r"|\b(?:goals?|innings|wickets|touchdowns?|homers?|home\s+runs?|penalt(?:y|ies)|striker|midfielder|"
    r"goalkeeper|quarterback|pitcher|batsman|bowler|unbeaten|semi-final|quarter-final|playoffs?|"
    r"league\s+(?:table|standings|leaders|title)|championship|tournament|season|match|matches|coach|"
    r"scored|seeded)\b"
)
_SPORT = re.compile(_SCORE_LINE + "|" + _SPORT_WORDING[4:])
# the same matches where no line is a score line or a league row (``sports_article``)
_SPORT_WORDS_ONLY = re.compile(_SPORT_WORDING)
# the games' own words, their people, places and moves (rugby, tennis, athletics, cricket, golf...):
# looked up word by word, which costs a fifth of what one more alternation of the pattern did
_SPORT_WORDS = frozenset(
    "football footballer footballers soccer rugby cricket cricketer cricketers tennis golf golfer golfers "
    "athletics athlete athletes sprint sprinter sprinters hurdle hurdles boxing snooker cycling "
    "rowing swimmer swimmers swimming fixture fixtures kick-off hat-trick injury-time half-time full-back "
    "fly-half scrum-half half-back winger defender referee stadium semi-finals quarter-finals relegation "
    "relegated olympic olympics basketball baseball hockey semifinal semifinals quarterfinal "
    "quarterfinals kickoff rematch linebacker cornerback nfl nba nhl mlb ncaa "
    # North America's games: baseball, hockey, basketball, gridiron
    "inning shutout bullpen pitchers outfielder outfielders shortstop infielder catcher hitters "
    "strikeout strikeouts homered puck goaltender goalie defenseman rebounds three-pointer dunk "
    "interception interceptions touchdown rushing tailback postseason preseason sacks tackles".split()
)
_SPORT_PAIRS = frozenset(
    [("stoppage", "time"), ("grand", "slam"), ("world", "number"), ("world", "record"), ("world", "champion")]
    + [("world", "title"), ("title", "race")]
    + [("straight", "games"), ("straight", "wins"), ("bowl", "game"), ("head", "coach"), ("wide", "receiver")]
    + [("running", "back"), ("field", "goal"), ("free", "throw"), ("power", "play"), ("home", "run")]
)
_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_RESULT = re.compile(r"\d-\d{1,3}\s+(?:win|victory|defeat|draw|loss|lead|aggregate)\b")
_SPORT_STRONG = re.compile(_SCORE_LINE)


_NONE = Entry("", "")
Span = tuple[int, int, str, str]


def sports_article(content: str) -> bool:
    """Whether the article reports sport: a score line or league row, or several sports words."""
    if _SPORT_STRONG.search(content):
        return True
    head = content[:20000]
    # no line of the whole text is a score line or a league row, so neither is one of the head's
    # (unless the cut makes one): its sports words are the matches, and three of them decide
    pattern = _SPORT_WORDS_ONLY if len(head) == len(content) else _SPORT
    found = 0
    for _ in pattern.finditer(head):
        found += 1
        if found == 3:
            return True
    return found + _sport_words(head) >= 3


def _sport_words(text: str) -> int:
    """How many of the games' own words and results ("a 17-17 draw") the text has."""
    low = text.lower()
    words = _LOWER_WORD.findall(low)
    count = sum(1 for w in words if w in _SPORT_WORDS)
    count += sum(1 for pair in zip(words, words[1:], strict=False) if pair in _SPORT_PAIRS)
    return count + len(_RESULT.findall(low))


_FIXTURE = re.compile(
    r"^\s*(?:\d+\.\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z0-9][\w.'’&-]*){0,4}\s+(?:v|vs|V|VS|AT|at|v\.|vs\.)\s+"
    r"[A-Z][\w.'’&-]*(?:\s+[A-Z0-9][\w.'’&-]*){0,4}\s*(?:\(.*\))?\s*$"
)


def table_line(text: str) -> bool:
    """A line of a table or result list: names and numbers, at most two other lower-case words,
    or a fixture ("Club A v Club B")."""
    toks = _TOKEN.findall(text)
    if not toks or len(toks) > 60:
        return False
    nums = sum(1 for t in toks if t[0].isdigit() or (t[0] in "+-" and t[1:2].isdigit()))
    if nums == 0:
        return bool(_FIXTURE.match(text))
    caps = sum(1 for t in toks if t[0].isupper())
    if caps == 0:
        return False
    lower = 0
    for t in toks:  # more than two other lower-case words: prose, whatever follows
        if t in _PROSE_WORDS:
            return False  # "We have Jo Doe and Al Roe.": a verb no table has
        if t[0].islower() and t.lower().rstrip(".") not in TABLE_WORDS:
            lower += 1
            if lower > 2:
                return False
    return not text.rstrip().endswith(("?", "!"))


_ITEM = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|der|den|del|la|le|bin|al|el|ul|y)){0,4}"
_NOTE = r"(?:\s*\([^)]{0,30}\))?"
LIST = re.compile(
    rf"^(?:(?P<label>[A-Z][\w .'’-]{{0,40}}):\s*)?{_ITEM}{_NOTE}"
    rf"(?:\s*[,;]\s*(?:and\s+)?{_ITEM}{_NOTE}){{2,}}\s*\.?\s*$"
)


def list_line(text: str) -> int:
    """Where the items of a list line start ("Squad: Name One, Name Two, Name Three"), or -1."""
    m = LIST.match(text)
    if not m:
        return -1
    return m.end("label") + 1 if m.group("label") else 0


def team_line(text: str) -> bool:
    """A score line, league-table row or fixture: its names are sides, not people."""
    return bool(_SPORT_STRONG.match(text) or _FIXTURE.match(text))


def dateline(text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """The place (and region) a dateline opens with, as (start, end, type) in ``text``."""
    m = _DATELINE.match(text)
    if not m:
        return []
    out = []
    for group in ("place", "region"):
        s, e = m.span(group)
        if s < 0:
            continue
        name = text[s:e].strip()
        if group == "place" and (len(name) < 3 or name.upper() != name):
            return []
        entry = gaz.caps.get(name.upper()) if group == "place" else gaz.phrases.get(name)
        if entry is None and group == "place" and name.title() in gaz.minor_places:
            entry = Entry("GPE", name.title())  # "GRAND FORKS —": a known town
        if (
            group == "place"
            and m.group("dash")
            and (entry is None or entry.type not in ("GPE", "LOC"))
            and not _known_region(m.group("region"), gaz)
        ):
            return []  # "MADRID — Text": a known place (or one before its state), no heading's first word
        kind = entry.type if entry and entry.type in ("GPE", "LOC") else "GPE"
        if group == "region" and entry is None and (len(name.split()) > 3 or not name[0].isupper()):
            continue
        out.append((s, s + len(name), kind))
    return out


def _known_region(name: str | None, gaz: Gazetteer) -> bool:
    """A state, province or country after a dateline's town ("DUNNIGAN, Calif. —")."""
    if not name:
        return False
    entry = gaz.phrases.get(name.strip())
    return name.strip() in AP_STATES or (entry is not None and entry.type in ("GPE", "LOC"))


# Words that start place and club names ("St Louis", "San Jose", "Real Madrid").
NAME_PREFIXES = {"St", "St.", "Saint", "San", "Santa", "Sao", "Mount", "Fort", "Port", "Real", "Inter", "New"}


class LowerWords:
    """The article's words written in lower case (read once, when a table line first asks)."""

    def __init__(self, content: str) -> None:
        self._content = content
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = set(re.findall(r"\b[a-z]{3,}\b", self._content))
        return word in self._words


def ordinary(word: str, gaz: Gazetteer) -> bool:
    """An ordinary English word ("Total", "ATTENDANCE"), not a name on its own."""
    title = word if word[1:].islower() or len(word) < 2 else word.title()
    if title in NAME_PREFIXES:
        return False
    return title in gaz.english or title in gaz.common or word in gaz.common


def person_shaped(run: list[Unit], gaz: Gazetteer) -> bool:
    """Initials or a given name first, or a family name last, no ordinary English word, and
    no place last ("Hansa Rostock" is a club)."""
    words = [u.text for u in run if u.cap]
    if not 1 < len(words) <= 4:
        return False
    if any(ordinary(w, gaz) for w in words):
        return False
    first = words[0]
    if INITIALS.match(first):
        return True
    last = words[-1].title() if words[-1].isupper() else words[-1]
    if last in gaz.minor_places or (gaz.phrases.get(last) or _NONE).type in ("GPE", "LOC"):
        return False
    return bool(first in gaz.given_names or first.title() in gaz.given_names or last in gaz.family_names)


_COUNTRY_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})['’]s$")
_COUNTRY_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})")


def _of_country(run: list[Unit], before: str, after: str, gaz: Gazetteer) -> bool:
    """Two or three unknown title-case words (no ordinary word, no place last) after a country's
    possessive or before "of" and a country."""
    words = [u.text for u in run if u.cap]
    if (
        not 1 < len(words) <= 3
        or len(words) != len(run)
        or any(ordinary(w, gaz) or w.isupper() for w in words)
    ):
        return False
    if words[-1] in gaz.minor_places or (gaz.phrases.get(words[-1]) or _NONE).type in ("GPE", "LOC"):
        return False
    m = _COUNTRY_BEFORE.search(before)
    if m and (gaz.phrases.get(m.group(1)) or _NONE).canonical in gaz.countries:
        return True
    after_m = _COUNTRY_AFTER.match(after)
    if after_m is None:
        return False
    words = after_m.group(1).split()
    return any((gaz.phrases.get(" ".join(words[:k])) or _NONE).canonical in gaz.countries for k in (1, 2, 3))


def type_run(
    run: list[Unit],
    text: str,
    base: int,
    gaz: Gazetteer,
    known: Entry | None,
    sports: bool,
    lower: LowerWords | None = None,
) -> str | None:
    """The type of one capitalised run of a table line, or None to leave it to the prose rules.

    ``known`` is the gazetteer entry covering the whole run (or None); ``lower``, the article's
    words in lower case: a run of words it also writes so is no name ("SLOVAKIA BEAT FAROES" beside
    "Slovakia beat the Faroes"), nor is a month or a weekday in capitals ("SATURDAY, AUGUST 31").
    """
    if known is not None and known.type not in (TITLE, CALENDAR):
        if known.type == "GPE" and sports and known.canonical not in gaz.countries:
            return "ORG"  # a city's side: "Leeds 2 Everton 1"
        return known.type
    words = [u.text for u in run if u.cap]
    if known is not None or not words or all(ordinary(w, gaz) for w in words):
        return None
    if all(w.title() in gaz.months or w.title() in gaz.weekdays for w in words):
        return None
    if lower is not None and all(w.lower() in lower for w in words):
        return None
    after = text[run[-1].end - base :]
    if after.startswith(":"):
        return None  # a label: "Bowling:", "Scorers:"
    in_parens = after.lstrip().startswith("(")
    if person_shaped(run, gaz):
        return "PERSON"
    before = text[: run[0].start - base].rstrip()
    single, short = len(words) == 1, len(words) <= 3
    if sports and short and not single and INITIALS.match(words[0]):
        return "PERSON"  # "(N. Knight 113)": an initial and a family name that is a word
    marks = _SCORECARD_MARKS + ("(",) if single else _SCORECARD_MARKS  # "(" before one word only
    if short and (before.endswith(marks) or before in ("b", "c", "st")):
        return "PERSON" if sports and not in_parens else None  # scorecard: "c Fielder b Bowler"
    if short and sports and _SCORECARD_AFTER.match(after):
        return "PERSON"  # bowling figures "Jo Doe 10-0-59-1", a batter's line "Jo Doe b Bowler 12"
    if sports and _POSITION_AFTER.match(after):
        return "PERSON"  # a ranking's or a roster's row: "1. Jo Doe, RB, Panthers", "Jo Doe (QB)"
    if sports and _of_country(run, before, after, gaz):
        return "PERSON"  # "Russia's Jane Doe beat", "Jane Doe of Russia beat": a player and her country
    if sports:
        return "ORG"
    return None


# What stands before a player on a cricket scorecard ("c Fielder b Bowler", "st Keeper"), and after
# one: bowling figures or a batter's dismissal ("Jo Doe 10-0-59-1", "Jo Doe b Bowler 12").
_SCORECARD_MARKS = (" b", " c", " st", " lbw", "c &")
_SCORECARD_AFTER = re.compile(r"\s*\d+-\d+-\d+-\d+|\s+(?:b|c|st|lbw|run\s+out|not\s+out)\s")
# A player's position written short after the name in a table row (American football, baseball,
# basketball, hockey, football's squad lists).
_POSITION_AFTER = re.compile(
    r"(?:,\s*|\s+\(|\s+-\s+)(?:QB|RB|WR|TE|FB|K|LB|ILB|OLB|CB|S|FS|SS|DE|DT|DL|OL|OT|OG|C|G|T|"
    r"PG|SG|SF|PF|F|SP|RP|P|1B|2B|3B|OF|LF|CF|RF|DH|LW|RW|D|GK|DF|MF|FW)\b(?![.'’-])"
)


# A competition's stage or draw named by a letter or a number ("Group C", "Pool B", "Path A",
# "Group 4"): no organisation nor place; a longer name holding one ("Group C winners") is left.
_STAGE = re.compile(
    r"(?:Group|Groups|Pool|Pools|Path|Section|Heat|Round|Qualifying Group)\s+(?:[A-H]|\d{1,2})"
)


def stages(found: list[Span], content: str) -> list[Span]:
    """``found`` without the names that are a competition's stage ("Group C"), nor an ordinary
    abbreviation that a number counts: a statistic or a unit, not the body it also spells ("three
    RBI", "his 121 RBI": runs batted in, not the Reserve Bank of India; "the RBI" stays the bank)."""
    return [
        sp
        for sp in found
        if sp[2] not in ("ORG", "GPE", "LOC")
        or not (_STAGE.fullmatch(content[sp[0] : sp[1]]) or _counted(sp, content))
    ]


_COUNTED = re.compile(rf"(?:\b\d[\d,]*|\b{NUM_WORDS}) $", re.IGNORECASE)
_COUNT_ENDS = re.compile(r"[,.;:)!?]|\s+(?:and|or|but|as|in|on|for|with|to|this|last|so|while)\b|\s*$")


def _counted(span: Span, content: str) -> bool:
    """Counted, and a count's end after it ("four RBI, but", "six RBI in one game"): not a
    country's or a firm's name before what it qualifies ("two UK banks", "three GM plants")."""
    text = content[span[0] : span[1]]
    return (
        text.upper() in NOT_ORG_ABBREVIATIONS
        and _COUNTED.search(content, max(0, span[0] - 20), span[0]) is not None
        and _COUNT_ENDS.match(content, span[1]) is not None
    )
