"""Cue-word patterns of news writing: goals, firsts, causes, events, attribution, vagueness.

General English patterns only; they describe how news sentences state facts,
never what any particular story is about. Single-word cues are matched against
the sentence's lower-cased words (fast); only multi-word phrases use regexes.
"""

from __future__ import annotations

import re

from ..folded import Folded

_CUES: list[WordCue] = []
_WORD_CUES: dict[str, tuple[int, ...]] = {}  # lower-cased word -> ids of the cues it belongs to


class WordCue:
    """Words (exact), word prefixes ("retaliat" matches "retaliation") and phrases."""

    def __init__(self, words: str, prefixes: str = "", phrases: str = "") -> None:
        self.id = len(_CUES)
        _CUES.append(self)
        self.words = frozenset(words.split())
        self.prefixes = tuple(prefixes.split())
        self.phrases = re.compile(r"\b(?:" + phrases + r")\b", re.I) if phrases else None

    def count(self, lowered_words: list[str], sentence: str) -> int:
        return count_all(lowered_words, sentence)[self.id]


def _cues_of(word: str) -> tuple[int, ...]:
    found = _WORD_CUES.get(word)
    if found is None:
        found = tuple(c.id for c in _CUES if word in c.words or (c.prefixes and word.startswith(c.prefixes)))
        if len(_WORD_CUES) < 200_000:
            _WORD_CUES[word] = found
    return found


def count_all(lowered_words: list[str], sentence: str) -> list[int]:
    """How many cue words and phrases of every cue the sentence holds, indexed by cue id."""
    counts = [0] * len(_CUES)
    for w in lowered_words:
        for c in _cues_of(w):
            counts[c] += 1
    global _PHRASES
    if _PHRASES is None:
        _PHRASES = Folded(
            re.compile(
                "|".join(f"(?P<c{c.id}>{c.phrases.pattern})" for c in _CUES if c.phrases is not None), re.I
            )
        )
    for m in _PHRASES.finditer(sentence):
        group = m.lastgroup
        if group is not None:
            counts[int(group[1:])] += 1
    return counts


# every cue's phrases in one pattern, built on first use (run over the lower-cased sentence)
_PHRASES: Folded | None = None


GOAL = WordCue(
    "goal goals aim aims aimed aiming objective objectives plan plans planned planning seek "
    "seeks seeking sought intend intends intended intention target targets targeted purpose",
    phrases=r"bid to|in order to|wants? to|strategy to|mission to|push(?:es|ing)? (?:to|for)",
)
FIRST = WordCue(
    "first last record largest biggest highest lowest second-largest third-largest unprecedented historic",
    phrases=r"since (?:19|20)\d\d|never before|for the first time|most \w+ since",
)
CAUSE = WordCue(
    "because responded after following prompted sparked triggered caused amid",
    prefixes="retaliat",
    phrases=r"due to|as a result|in response|led to|owing to|in the wake of|over the",
)
EVENT = WordCue(
    "met meet meets meeting visit visited visiting sign signed signs agree agreed agreement "
    "deal detention scheduled elected killed died impose imposed tariff tariffs levies "
    "sanction sanctions talks summit inquiry vote voted votes approve approved reject "
    "rejected won lost fell rose increase increased decrease decreased cut raise raised "
    "charged sued ruled passed collapsed",
    prefixes="arrest detain releas announc condemn arriv travel embark launch impos resign",
)
ATTRIBUTION = WordCue(
    "said says say told announced stated confirmed official officials reported "
    "reportedly spokesman spokeswoman spokesperson ministry office statement indicated "
    "described",
    phrases=r"according to",
)
HEDGE = WordCue("could might may perhaps possibly potentially likely appears appear seems seem")
VAGUE = WordCue(
    "strategic significant pivotal nuanced complex broader landscape multipolar realignment "
    "commitment approach effort efforts vision symbolic pragmatic proactive resilience "
    "shadow backdrop long-term play substantial implication implications potential outcome "
    "outcomes indicator stage ultimately increasingly pursuit",
    prefixes="navigat underscor highlight reflect represent signal careful opportunit",
)
SCHEDULE = re.compile(
    r"\b(?:scheduled|expected to|will (?:meet|visit|travel|arrive|hold|sign|attend|"
    r"continue)|is set to|are set to|due to (?:arrive|meet|visit)|upcoming|on the agenda|"
    r"itinerary|stops? in)\b",
    re.I,
)
# Kinds are shown only when the sentence says it outright.
# "is due to" + a verb is a schedule ("is due to outline targets"), + a noun phrase a cause
_DUE_TO = (
    r"(?:(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!'s )due to|"
    r"due to (?=(?:the|a|an|his|her|its|their|our|this|that|these|those)\b))"
)
EXPLICIT_CAUSE = re.compile(
    r"\b(?:because|" + _DUE_TO + r"|as a result|in response to|in retaliation|retaliat\w+|led to|leading to|"
    r"caused|causing|prompted|sparked|triggered|owing to|blamed on|resulted in|stems? from)\b",
    re.I,
)
STATED_GOAL = re.compile(
    r"\b(?:(?:the|a|its|his|her|their|our|key|main|central|stated|ambitious) (?:\w+ )?"
    r"(?:goal|aim|objective|target|ambition) (?:is|was|of|includes|remains)|"
    r"(?:seeks?|seeking|intends?|plans?|aims?|wants?|hopes?|vows?|pledged?|pledges) to)\b",
    re.I,
)
QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
# words before quotation marks that make the quoted words a name or a term, not speech
# ('known then as the "Eton of the valleys"', 'what are called "qualified industrial zones"')
NAMING = re.compile(
    r"\b(?:(?:known|billed|branded|dubbed|nicknamed|referred to)(?: \w+)? as|so-called|dubbed|"
    r"nicknamed|called|termed|named|entitled|titled)(?: the| an?)? $",
    re.I,
)
# speech opened and not closed in the sentence: a quotation that runs on into the next sentences
# ('He said: "I like the club and I am pleased.', '"We have done nothing wrong.')
OPEN_QUOTE = re.compile(r"(?:^|[:,] )[“\"]([^”\"]{10,})$")
# Commentary: a demonstrative or abstract subject followed by an interpretive verb.
COMMENTARY = re.compile(
    r"^(?:this|these|that|such|it|the (?:\w+ ){0,2}(?:move|shift|approach|decision|trip|visit|"
    r"engagement|push|strategy|initiative|outreach|effort|development|situation)s?)\b"
    r"[\w\s-]{0,30}?\b(?:reflects?|underscores?|highlights?|signals?|signifies|"
    r"represents?|demonstrates?|shows?|marks?|suggests?|illustrates?|speaks?|"
    r"remains?|is (?:not|a|an|more))\b",
    re.I,
)
OPINION = re.compile(
    r"^(?:some|many|others|they|critics|experts|analysts|observers)\b[\w\s,]{0,40}?"
    r"\b(?:argue|believe|note|think|caution|warn|applaud|say|contend|suggest)\b",
    re.I,
)
FILLER_START = re.compile(
    r"^(?:notably|furthermore|moreover|additionally|ultimately|nonetheless|"
    r"nevertheless|meanwhile|however|indeed|still|also|besides|in addition|"
    r"in fact|of course|but|and|so|yet|then)\b,?\s+",
    re.I,
)


def is_enumeration(sentence: str) -> bool:
    """Three or more listed items ("trade, energy, agriculture and security")."""
    return sentence.count(", ") >= 2 and (" and " in sentence or " or " in sentence)


def speech(sentence: str) -> bool:
    """Whether the sentence quotes speech: quoted words that are no title, single term or name
    the sentence gives something (``NAMING`` before the quotation marks)."""
    return any(
        is_quotation(m.group(1)) and not NAMING.search(sentence, max(0, m.start() - 40), m.start())
        for m in QUOTE.finditer(sentence)
    )


def is_quotation(quoted: str) -> bool:
    """Quoted words that are speech, not a quoted title ("Face the Nation") or a single term."""
    ws = quoted.split()
    return len(ws) >= 3 and not all(
        w[:1].isupper() or w.lower() in {"the", "of", "and", "a", "on", "in"} for w in ws
    )
