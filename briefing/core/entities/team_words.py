"""The words around a city's name that make it a team, or keep it a place, in a sports report.

A team word after the name ("Leeds manager", "Porto's victory", "Houston (9-3)"), a result or a
transfer word before it ("beat Leeds", "signed for Porto", "a linebacker at Arkansas") make the city
its team (:mod:`.sports`); a place word before it ("in Leeds", "downtown Denver", "them—in X") or
after it ("Leeds city centre", "the Dallas skyline") keep it a place.
"""

from __future__ import annotations

import re

TEAM_AFTER = re.compile(
    r"(?:'s?|’s?)?\s+(?:coach|manager|striker|forward|midfielder|defender|goalkeeper|keeper|captain|"
    r"skipper|boss|fans|supporters|team|squad|players?|victory|win|defeat|loss|"
    r"wing|winger|fly-half|scrum-half|full-back|half-back|stand-off|flanker|hooker|number\s+eight|"
    r"back-row|side|outfit|tries|head\s+coach|director\s+of\s+rugby|"
    r"goals?|scorers?|chairman|president|boss|pitcher|batsman|bowlers?|openers?|innings|"
    r"lead|beat|drew|lost|won|edged|thrashed|crushed|trounced|held|hosted|visited|"
    r"(?:have|had|are|were)\s+(?:won|lost|drawn|beaten|signed)|are|were|finished|face|faces|host|"
    r"meet|meets|travel|recovered|conceded|trail|trailed|lead|game|games|season|opener|offense|offence|"
    r"defense|defence|roster|lineup|rotation|bullpen|quarterback|linebacker|shortstop|outfielder|"
    r"(?:offensive|defensive)\s+coordinator|athletic\s+director|general\s+manager|"
    r"(?:soccer|football|rugby|basketball|baseball|hockey|cricket)\s+(?:player|club|team|star|side|coach|fans?))\b"
)
TEAM_BEFORE = re.compile(
    r"(?:\bbeat|\bbeating|\bdefeat|\bdefeated|\bdefeating|\bfacing|\bhosting|\bagainst|\bover|\blost\s+to|\bdrew\s+with|\bdraw\s+with|"
    r"\brouted|\bstunned|\bupset|\btopped|\bdowned|\bblanked|\bswept|\bhammered|\bface|\bfaces|\bdeal\s+with|"
    r"\bfell\s+to|\bloss\s+to|\bhosts|\bvisitors|\bchampions|\bleaders|\brivals|\bneighbours|"
    r"\b(?:play|plays|played|playing|scored|homered|signed|signing|joined|joins)\s+for|"
    r"\b(?:moved|moving|transferred|loaned|sold|returned)\s+to|\bat\s+home\s+to|\baway\s+to|"
    r"\b(?:signed|signing|joined|joins|bought|recruited)(?:\s+(?-i:[A-Z])[\w'’]*){0,2}\s+from|"
    r"\b(?:season|seasons|career|coach|coordinator|quarterback|linebacker|freshman|sophomore|starter)\s+at|"
    r"^[A-Z][\w.'’ -]*:\s+(?:at|host|hosts|visit|visits|vs\.?)|"  # a wire's "UP NEXT": "Sabres: At X"
    r"\bat\s+the\s+hands\s+of|\b\d{1,3}-\d{1,3}\s+(?:to|against|over|by|at)|\b(?:game|games|match|matchup|opener)\s+at)"
    r"\s+(?:the\s+)?(?:No\.\s?\d{1,2}\s+|[\w]+-seeded\s+|top-ranked\s+)?$",  # "face fourth-seeded X"
    re.IGNORECASE,
)
# a result named before the side it was over: strong enough for a name that is also a word
# ("a 16-7 victory over Temple", "the win against Navy", "their loss to Rice")
RESULT_BEFORE = re.compile(
    r"\b(?:victory|victories|win|wins|triumph|defeat|defeats|loss|losses|upset)\s+(?:over|against|to|at)"
    r"\s+(?:the\s+)?$"
)
PLACE_WORDS = {
    "downtown",
    "in",
    "at",
    "near",
    "from",
    "to",
    "of",
    "into",
    "outside",
    "around",
    "across",
    "via",
    "through",
}
PLACE_AFTER = re.compile(
    r"-(?:based|born|area)\b|,\s+(?:[A-Z][\w.]*\s*)+(?:[,.;)]|$)|"
    r"(?:'s?|’s?)?\s+(?:city|town|airport|hotel|streets?|suburbs?|area|region|skyline|metro|police|mayor|residents)\b"
)
# "Washington's disastrous 2015 season", "Leeds' Jo Doe" (a player's start: ``players``)
POSS_SEASON = re.compile(
    r"(?:['’]s?) (?:(?:[\w-]+ ){0,2}(season|campaign|roster|lineup|rotation|bullpen)\b)?"
)
WORDS_SPLIT = re.compile(r"[\s—–]+")
RECORD_AFTER = re.compile(r" \(\d{1,2}-\d{1,2}(?:-\d{1,2})?[,)]")  # "Houston (9-3) plays ..."


def locative(before: str) -> bool:
    """Whether the words before a name make it a place ("in Leeds", "from Porto", "them—in X")."""
    words = WORDS_SPLIT.split(before.strip())
    while (
        len(words) > 1 and (words[-1] in ("and", "or") or words[-1].endswith(",")) and words[-2][:1].isupper()
    ):
        words = words[:-2]  # "in Bloemfontein and Cape Town": both places
    return bool(words) and words[-1].lower() in PLACE_WORDS
