"""Cue-word patterns of news writing: goals, firsts, causes, events, attribution, vagueness.

General English patterns only; they describe how news sentences state facts,
never what any particular story is about.
"""
from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


GOAL = _rx(r"\b(?:goals?|aims?|aimed|aiming|objectives?|plans?|planned|planning|seeks?|seeking|"
           r"sought|intends?|intended|intention|targets?|targeted|bid to|in order to|"
           r"wants? to|strategy to|purpose|mission to|push(?:es|ing)? (?:to|for))\b")
FIRST = _rx(r"\b(?:first|last|since \d{4}|since (?:19|20)\d\d|record|largest|biggest|highest|lowest|"
            r"second-largest|third-largest|most \w+ since|never before|for the first time|"
            r"unprecedented|historic)\b")
CAUSE = _rx(r"\b(?:due to|because|as a result|in response|responded|retaliat\w*|after|following|"
            r"prompted|sparked|triggered|led to|caused|owing to|in the wake of|amid|over the)\b")
EVENT = _rx(r"\b(?:arrest\w*|detain\w*|detention|releas\w*|met|meet(?:s|ing)?|visit(?:ed|ing)?|"
            r"sign(?:ed|s)?|announc\w*|agreed?|agreement|deal|condemn\w*|arriv\w*|travel\w*|"
            r"embark\w*|scheduled|elected|killed|died|launch\w*|imposed?|impos\w*|tariffs?|levies|"
            r"sanctions?|talks|summit|inquiry|vote[ds]?|approved?|rejected?|resign\w*|won|lost|"
            r"fell|rose|increased?|decreased?|cut|raised?|charged|sued|ruled|passed|collapsed)\b")
ATTRIBUTION = _rx(r"\b(?:said|says|say|told|according to|announced|stated|confirmed|officials?|reported(?:ly)?|"
                  r"spokes(?:man|woman|person)|ministry|office|statement|indicated|described)\b")
QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
SCHEDULE = _rx(r"\b(?:scheduled|expected to|will (?:meet|visit|travel|arrive|hold|sign|attend|"
               r"continue)|is set to|are set to|due to (?:arrive|meet|visit)|upcoming|on the agenda|"
               r"itinerary|stops? in)\b")
# Commentary: a demonstrative or abstract subject followed by an interpretive verb.
COMMENTARY = _rx(r"^(?:this|these|that|such|it|the (?:\w+ ){0,2}(?:move|shift|approach|decision|trip|visit|"
                 r"engagement|push|strategy|initiative|outreach|effort|development|situation)s?)\b"
                 r"[\w\s-]{0,30}?\b(?:reflects?|underscores?|highlights?|signals?|signifies|"
                 r"represents?|demonstrates?|shows?|marks?|suggests?|illustrates?|speaks?|"
                 r"remains?|is (?:not|a|an|more))\b")
HEDGE = _rx(r"\b(?:could|might|may|perhaps|possibly|potentially|likely|appears?|seems?)\b")
VAGUE = _rx(r"\b(?:strategic|significant|pivotal|nuanced|complex|broader|landscape|multipolar|"
            r"realignment|commitment|approach|efforts?|vision|symbolic|pragmatic|proactive|"
            r"resilience|navigat\w*|underscor\w*|highlight\w*|reflect\w*|represent\w*|signal\w*|"
            r"shadow|backdrop|long-term|play|careful\w*|substantial|implications?|potential|"
            r"outcomes?|indicator|stage|ultimately|increasingly|opportunit\w*|pursuit)\b")
OPINION = _rx(r"^(?:some|many|others|they|critics|experts|analysts|observers)\b[\w\s,]{0,40}?"
              r"\b(?:argue|believe|note|think|caution|warn|applaud|say|contend|suggest)\b")
FILLER_START = _rx(r"^(?:notably|furthermore|moreover|additionally|ultimately|nonetheless|"
                   r"nevertheless|meanwhile|however|indeed|still|also|besides|in addition|"
                   r"in fact|of course|but|and|so|yet|then)\b,?\s+")
# An enumeration ("trade, energy, agriculture and security"): three or more listed items.
ENUMERATION = re.compile(r"\w[\w\s-]{0,30}, [\w\s-]{1,30}, (?:[\w\s-]{1,30}, )*(?:and|or) \w")
