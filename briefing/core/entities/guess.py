"""Types for capitalised phrases the gazetteer does not know, guessed from the words around them.

A title or role before a phrase ("Premier", "former diplomat"), "said" after it, or an
appositive (", a spokesman for") make a person; "in" before it a place; a legal suffix,
"shares of", "X said in a statement", "analyst at X", "founder of X", "Toronto-based X", "X chairman" an
organisation. Guesses that rest on one weak cue (a lone word before "said", a default
person for a title-case pair, "in X", "at X") are marked weak, so the article-level pass
can overrule them with a firmer typing of the same name elsewhere in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .family_pairs import family_pair
from .gazetteer import TITLE, Gazetteer, generic_prefixed
from .pronouns import KIN, own
from .rules import ACRONYM, ACRONYM_TAIL, ARTICLES, HEADS, INITIALS, NOT_ORG_ABBREVIATIONS, PLACE_PREPOSITIONS
from .tokens import PREFIXES, Unit


@dataclass
class BlockResult:
    mentions: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, type, canonical
    pending: list[list[Unit]] = field(default_factory=list)  # unresolved capitalised units, per run
    weak: set[tuple[int, int]] = field(default_factory=set)  # spans typed on one weak cue


# Evidence that the phrase before it is an organisation ("Acme shares", "Acme said in a statement").
ORG_FIRM = re.compile(  # strong enough for a name made of ordinary words ("Boots", "Marks and Spencer")
    r"\s+(?:said|says|announced|reported)\s+(?:in\s+a\s+statement|on\s+its\s+website|it\s+(?:had|has|would|will|was))"
    r"|,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|SpA|GmbH|BV|AB|ASA|Oyj|Bhd|Berhad|Pty|KK)\b"
    r"|(?:'s?|’s?)?\s+(?:shares|stock|shareholders|chief\s+executive)\b"
)
ORG_LEADER = re.compile(
    r"(?:'s?|’s?)?\s+(?:boss|chairman|chairwoman|chief\s+executive|manager|coach|spokes(?:man|woman))\s+[A-Z]"
)
# A lower-case class noun right before a name: strong enough for ordinary words and over a role
# ("newspaper Variety", "label Shady Records", "analysts Gartner", "US rival Grey Global", "streaming
# leader Twitch").
ORG_CLASS_BEFORE = re.compile(
    r"(?:\b(?:(?:band|duo|trio|group|label|magazine|journal|newspaper|paper|tabloid|broadsheet|daily|weekly|website|"
    r"site|channel|station|network|broadcaster|studio|publisher|developer|maker|firm|giant|retailer|"
    r"carrier|operator|airline|bank|lender|insurer|analyst|consultancy|consultant|brokerage|broker|"
    r"agency|watchdog|regulator|outfit|system|format|console|browser|platform|chipmaker|carmaker|"
    r"automaker|conglomerate|supermarket|chain|utility)s?|studios|companies|company|charity|charities|"
    r"software|video\s+games?|apps?|search\s+engine|(?:messaging|streaming|music|video)\s+service|"
    r"codenamed|code-named|(?:market|sector|industry|category|segment|streaming|search)\s+leaders?)"
    r"(?:\s+(?:such\s+as|like|including))?|(?:[A-Z]{2,}|[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+(?:rival|rivals)"
    r"|\b(?:system|software|program|programme|device|tool|application|console|game|chip|browser|product|"
    r"service|gadget|handset|phone)s?,?\s+(?:called|dubbed|named|codenamed|code-named|known\s+as)"
    r"|\(via|\b(?:quoted|reported|cited|seen|obtained)\s+by)\s+$"  # a source: "(via X)", "seen by X"
)
# A source's report: "in a Forbes report", "a Gallup poll", "an NBC interview".
SOURCE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
SOURCE_AFTER = re.compile(
    r"\s+(?:report|article|story|interview|investigation|analysis|poll|survey|podcast)\b"
)
_ROLE_AT = re.compile(r"([A-Za-z-]+)\s+at\s+$")
_RESIDENTS = {"king", "queen", "prince", "princess", "emperor", "pope"}
ORG_FIRM_BEFORE = re.compile(r"\b(?:shares|stake|holding)\s+(?:in|of)\s+$", re.IGNORECASE)
ORG_AFTER = re.compile(
    r"(?:'s?|’s?)?\s+(?:shares?|stock|shareholders|stockholders|subsidiary|unit|plants?|factory|"
    r"factories|chairman|chairwoman|chief\s+executive|chief\s+financial|CEO|CFO|board|spokes(?:man|woman|person)|"
    r"executives?|employees|workers|staff|stake|bid|takeover|merger|profits?|earnings|revenues?|"
    r"turnover|net\s+(?:profit|loss|income)|pre-tax|operating\s+(?:profit|loss)|dividend|"
    r"newspaper|daily|weekly|magazine|news\s+agency|agency|radio|television|TV|network|airline|"
    r"carrier|bank|club|side|team|squad|fans|supporters|coach|manager|boss|striker|goalkeeper|"
    r"midfielder|defender|captain|skipper|chairman|party|officials|technology|format|software|console|"
    r"platform|browser|handsets?|devices?|operating\s+system|chips?|processors?|users|subscribers|"
    r"customers|owners|mission|spacecraft|probe|rover|lander|orbiter|telescope)\b"
    r"|\s+(?:said|says|announced|reported)\s+(?:in\s+a\s+statement|on\s+its\s+website|it\s+(?:had|has|would|will|was))"
    r"|\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|SpA|GmbH|BV|AB|ASA|Oyj|Bhd|Berhad|Pty|KK|Group)\b"
)
ORG_BEFORE = re.compile(
    r"(?:\b(?:shares|stake|holding|interest|stock)\s+(?:in|of)|\banalysts?\s+(?:at|with)|\b(?:at|of)\s+brokers?"
    r"|\b(?:works|worked|working|employed|jobs?|staff|employees|engineers?|interns?|internship)\s+at"
    r"|\b(?:co-?founders?|founders?|chief\s+executive(?:\s+officer)?|ceo|chair(?:man|woman|person)|"
    r"(?:managing\s+|executive\s+)?director|(?:vice\s+)?president|co-owner|owner|spokes(?:man|woman|person))"
    r"\s+(?:of|for)"
    r"|\b(?:versions?|editions?|copies|users|subscribers|customers)\s+of"
    r"|\b(?:\w+-based|rival|rivals|competitor|firm|company|group|conglomerate|carmaker|automaker|"
    r"maker|bank|lender|insurer|retailer|brewer|airline|carrier|operator|producer|miner|exporter|"
    r"importer|distributor|manufacturer|developer|publisher|broadcaster|newspaper|daily|agency|"
    r"club|side|champions|outfit|holders|giant|unit|subsidiary|parent|joins|joined|signed\s+for|"
    r"transferred\s+to|moved\s+to|loaned\s+to)(?:\s+the)?)\s+$",
    re.IGNORECASE,
)


# Words that start a place's name ("River Thames", "Lake Malawi", "Mount Kenya").
PLACE_PREFIXES = {"River", "Lake", "Mount", "Mt", "Mt.", "Cape", "Isle", "Loch", "Lough"}
COUNTY = re.compile(r"[A-Z][a-z]{2,}shire$")
_PRONOUN_I = re.compile(r"I(?:['’](?:m|ve|d|ll))?$")
_SETTLEMENT = (
    r"(?:(?:small|large|tiny|remote|rural|coastal|border|mountain|mountainous|desert|northern|southern|"
    r"eastern|western|central|industrial|farming|fishing|mining|market|port|former|nearby|neighbouring|"
    r"neighboring|sprawling|historic|frontline|front-line|quiet|poor)\s+){0,2}"
    r"(?:village|town|city|hamlet|suburb|district|province|port|commune|municipality|settlement|"
    r"township|neighbourhood|neighborhood)"
    # what a place noun is followed by: not "a city councillor", "a village elder"
    r"(?=[,.;:)]|\s+(?:in|near|on|of|outside|north|south|east|west|about|some|close|along|just|that|"
    r"which|where|with|and|between|across|at|by|home|whose|known|famous|best|roughly|around|nearly)\b)"
)
_CONTRACTED = re.compile(r"([A-Z][a-z]*)['’](?:re|ve|ll|d|m|s)$")


def _contracted(word: str, common: set[str]) -> bool:
    """A common word contracted ("We're", "They'll"): a pronoun and a verb, no name."""
    m = _CONTRACTED.match(word)
    return m is not None and (m.group(1) in common or m.group(1) == "I")  # "I'm", "I've"


PLACE_AFTER = re.compile(
    r"\s+(?:borough|ward|district|county|province|village|suburb|neighbourhood|"
    r"neighborhood|parish|municipality|prefecture)\b"
    # "X, a village near the border", "X is a small town in the north": the phrase is the place
    rf"|,\s+(?:an?|the)\s+{_SETTLEMENT}|\s+(?:is|was|remains)\s+(?:an?|the)\s+{_SETTLEMENT}"
)
PLACE_BEFORE = re.compile(
    r"\b(?:constituency|town|city|village|suburb|borough|district|county|province|municipality|"
    r"island|islands|[Rr]esidents|[Ii]nhabitants|[Mm]ayor|[Oo]utskirts|[Ss]uburbs|[Ss]treets)\s+of\s+$"
)
# a player's own line in a match report, no side's: yards, passes, strike-outs, a batting line
_PLAYER_LINE = (
    r"(?:rushed|threw|passed|ran)\s+for\s+\d+\s+yards|caught\s+\d+\s+passes|struck\s+out\s+\d+|"
    r"homered\b|went\s+\d-for-\d|pitched\s+(?:\d|seven|six|five|eight|nine)|stopped\s+\d+\s+shots|"
    r"made\s+\d+\s+saves"
)
PLACE_APPOSITION = re.compile(
    r",\s+(?:in\s+|near\s+|outside\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|"
    r"western|north-east|north-west|south-east|south-west|inner|outer|rural)\s+)?"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)(?=[,.;)]|\s+(?:and|in|on|for|to)\b)"
)


class Guesser:
    """The context rules for one gazetteer (regexes built once from its roles and titles)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        roles = sorted((re.escape(r) for r in gaz.roles), key=len, reverse=True)
        role_alt = "|".join(roles)
        self.said_after = re.compile(
            r"\s*(?:,\s*(?:who|whose)\b|\((?:\d{1,3}|[A-Z][a-z]+)\)|(?:said|says|told|added|noted|wrote|stated|"
            r"explained|argued|warned|tweeted|posted|asked|replied|insisted|stressed|acknowledged|"
            r"confirmed|denied|spoke|expressed|recalled|believes|thinks|called|urged|announced|accused|"
            r"criticised|criticized|praised|welcomed|rejected|dismissed|vowed|pledged|promised|admitted|"
            r"claimed|suggested|described|defended|wants|wanted|has\s+said|had\s+said)\b"
            # a player's line in a match report: "Jo Doe rushed for 112 yards", "caught 7 passes"
            r"|" + _PLAYER_LINE + r")"
        )
        self.player_line = re.compile(r"\s*(?:" + _PLAYER_LINE + r")")
        # "Carney said", "Doe rushed for 112 yards": a lone surname
        self.said_short = re.compile(r"\s*(?:(?:said|says|told)\b|" + _PLAYER_LINE + r")")
        self.appositive = re.compile(  # ", a spokesman for", ", chairman of", ", her predecessor"
            r",\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[a-z’'-]+\s+){0,2}?"
            r"(?:" + role_alt + r"|member\s+of)\b"  # ", a former member of the House"
        )
        heads = sorted(
            {
                t.split()[-1]
                for t, e in gaz.phrases.items()
                if e.type == TITLE
                and len(t.split()[-1]) > 3
                and t.split()[-1][0].isupper()
                and not t.endswith(".")
            },
            key=len,
            reverse=True,
        )
        self.title_appositive = re.compile(  # ", the Pensions Minister", ", Britain's Foreign Secretary"
            r",\s+(?:the\s+|a\s+|an\s+|[A-Z][\w.’']*[’']s\s+)?(?:former\s+|then-)?(?:[A-Z][\w-]+\s+){0,3}?"
            r"(?:" + "|".join(re.escape(h) for h in heads) + r")\b"
        )
        self.kin_before = re.compile(r"(?:^|\s)" + KIN + r",\s+$", re.IGNORECASE)

    def titled(self, before: str) -> bool:
        """Whether a role ends the text before a name ("coach Jo Doe", "chief executive Jo Doe";
        any case) or a kin noun and a comma do ("his sister, Jo,"): the words looked up in the
        roles' set, cheaper than one pattern of every role searched at each position."""
        tail = before[-40:]
        if not tail or not tail[-1].isspace():
            return False
        body = tail.rstrip().lower()
        if body.endswith(","):
            return bool(self.kin_before.search(tail))
        parts = body.rsplit(None, 2)  # roles are of one or two words
        if not parts:
            return False
        if parts[-1] in self.gaz.roles:
            return True
        two = " ".join(parts[-2:])
        return len(parts) > 1 and two in self.gaz.roles and body.endswith(two)

    def _person_like(self, texts: list[str]) -> bool:
        gaz = self.gaz
        return texts[0] in gaz.given_names and len(texts) > 1 or bool(INITIALS.match(texts[0]))

    def org_cue(self, texts: list[str], before: str, after: str, sent_start: bool = True) -> bool:
        """Context that makes an unknown phrase an organisation."""
        if self._person_like(texts) or any(t.upper() in NOT_ORG_ABBREVIATIONS for t in texts):
            return False  # "DVD format": a technology, no organisation
        if "-" in texts[0] and texts[0].split("-")[0].lower() in PREFIXES:
            return False  # "Pre-tax profits"
        if ORG_FIRM.match(after) or (before and ORG_FIRM_BEFORE.search(before[-30:])):
            return True
        if not sent_start and ORG_LEADER.match(after):
            return True  # "Arsenal boss", "Apple chief executive": a capitalised word's leader
        if all(t in self.gaz.english or generic_prefixed(t, self.gaz) for t in texts):
            return False  # "eSports platform": a kind of thing, spelt like a brand
        return bool(
            ORG_AFTER.match(after) or (before and ORG_BEFORE.search(before[-40:])) or self._role_at(before)
        )

    def _role_at(self, before: str) -> bool:
        """A role and "at" before a name ("Deputy News Director at X", "a scientist at X"): where
        someone works, an organisation; not a sovereign's residence ("the Queen at Balmoral")."""
        m = _ROLE_AT.search(before[-40:])
        return m is not None and m.group(1).lower() in self.gaz.roles and m.group(1).lower() not in _RESIDENTS

    def classify(
        self,
        chunk: list[Unit],
        titled: bool,
        prev_word: str,
        after: str,
        result: BlockResult,
        title_case: bool = False,
        before: str = "",
    ) -> None:
        gaz = self.gaz
        if not chunk:
            return
        texts = [u.text for u in chunk if u.cap]
        if not texts or " ".join(u.text for u in chunk) in gaz.ignore:
            return
        if len(chunk) == 1 and (texts[0] in ARTICLES or texts[0] in ("The", "A", "An")):
            return  # "giant The Carlyle Group": the article before a known name is no name
        if len(chunk) == 1 and _PRONOUN_I.match(chunk[0].text):
            return  # "The system I use", "I've only played": the pronoun (a name's "World War I" is longer)
        span = (chunk[0].start, chunk[-1].end)
        if len(texts) > 1 and any(u.text == "&" for u in chunk):
            result.mentions.append((*span, "ORG", " ".join(u.text for u in chunk)))
            return  # "Ogilvy & Mather", "Young & Rubicam": partners' names joined by '&'
        event = gaz.lookup(texts[0] + "s") if len(chunk) == 1 else None
        if event is not None and event.type == "EVENT":  # "Olympic" beside "Olympics": no team
            result.mentions.append((*span, "EVENT", event.canonical))
            return
        place = self._place_cue(texts, before, after)
        if place:
            result.mentions.append((*span, place, " ".join(u.text for u in chunk)))
            return
        if (
            before
            and not chunk[0].sent_start
            and (
                ORG_CLASS_BEFORE.search(before[-40:])
                or (SOURCE_BEFORE.search(before[-4:]) and SOURCE_AFTER.match(after))
            )
        ):
            if not self._person_like(texts):
                result.mentions.append((*span, "ORG", " ".join(u.text for u in chunk)))
                return
        if (
            not titled
            and texts[0] not in gaz.common
            and self.org_cue(texts, before, after, chunk[0].sent_start)
        ):
            result.mentions.append((*span, "ORG", " ".join(u.text for u in chunk)))
            return
        if len(texts) == 1:
            self._single(chunk, texts[0], titled, prev_word, after, result)
            return
        quoted = before[-1:] in ('"', "“", "‘", "'", "(")  # a title in quotes: a work
        kind, weak = self._several(chunk, texts, titled, prev_word, after, title_case, quoted)
        if kind is None:
            result.pending.append(chunk)
            return
        result.mentions.append((*span, kind, " ".join(u.text for u in chunk)))
        if weak:
            result.weak.add(span)

    def _single(
        self, chunk: list[Unit], word: str, titled: bool, prev_word: str, after: str, result: BlockResult
    ) -> None:
        gaz = self.gaz
        first = chunk[0]
        span = (first.start, chunk[-1].end)
        speaks = (self.said_short.match(after) or own(after)) and not ACRONYM_TAIL.match(
            word
        )  # no "HustleGPT told"
        if word in gaz.common or word in HEADS or ACRONYM.match(word) or _contracted(word, gaz.common):
            result.pending.append(chunk)
        elif titled or (self.appositive.match(after) and not self._interjection(first, word)):
            result.mentions.append((*span, "PERSON", word))
        elif speaks and prev_word != "the" and word not in gaz.english:
            result.mentions.append((*span, "PERSON", word))
            result.weak.add(span)
        elif prev_word in PLACE_PREPOSITIONS and not first.sent_start and len(word) > 2 and not first.poss:
            result.mentions.append((first.start, first.end, "GPE", word))  # not "in Paula's mind"
            result.weak.add((first.start, first.end))
        else:
            result.pending.append(chunk)

    def _interjection(self, first: Unit, word: str) -> bool:
        """An ordinary word opening its sentence before a comma ("Yes, the father..."): no
        name that an appositive could follow (a given name still is one: "Rose, the mother")."""
        return first.sent_start and word in self.gaz.english and word not in self.gaz.given_names

    def _several(
        self,
        chunk: list[Unit],
        texts: list[str],
        titled: bool,
        prev_word: str,
        after: str,
        title_case: bool,
        quoted: bool = False,
    ) -> tuple[str | None, bool]:
        """(type or None, weak) for an unknown phrase of two or more capitalised words."""
        gaz = self.gaz
        first = chunk[0]
        if any(t in gaz.common for t in texts[1:]) or len(texts) > 4:
            return None, False
        if titled or self.appositive.match(after) or self.title_appositive.match(after):
            return "PERSON", False
        if self.said_after.match(after) and not any(t in gaz.english for t in texts):
            return "PERSON", False
        if texts[0] not in ARTICLES and self.player_line.match(after):
            return "PERSON", False  # "Carter Hale stopped 28 shots": words of the dictionary too
        if prev_word in PLACE_PREPOSITIONS and texts[0] in ARTICLES and not first.sent_start:
            return "GPE", False
        if texts[0] in ARTICLES and len(texts) == 2:
            return "ORG", False
        if (
            texts[0] == "The"
            and not first.sent_start
            and not quoted
            and len(texts) <= 3
            and prev_word not in ("at", "in", "on", "near")
        ):
            return "ORG", True  # "according to The Wrap": a title inside a sentence
        if len(texts) == 2 and texts[0] in gaz.surnames and texts[1][1:].islower():
            return "PERSON", False
        if family_pair(self.gaz, chunk, texts, prev_word):
            return "PERSON", True  # "Will Greenwood", "Jade Johnson": a given name that is a word
        if texts[0] in gaz.common or any(ACRONYM.match(t) for t in texts):
            return None, False
        if prev_word in PLACE_PREPOSITIONS and not first.sent_start:
            return "GPE", True
        if prev_word == "at" and not first.sent_start and len(texts) <= 3:
            return "ORG", True
        if first.sent_start or title_case or len(texts) > 3 or prev_word in ("the", "a", "an"):
            return None, False
        if any(t in gaz.english for t in texts):
            return None, False  # "Red Alert", "Climate Change": ordinary words in capitals
        if all(
            t[1:].islower() or "-" in t or "'" in t or t[:2] in ("Mc", "O'") or INITIALS.match(t)
            for t in texts
        ) and not INITIALS.match(texts[-1]):
            if " ".join(texts) in gaz.minor_places:
                return "GPE", True  # "Santa Monica": a known town, shaped like a person's name
            return "PERSON", True
        return None, False

    def _place_cue(self, texts: list[str], before: str, after: str) -> str | None:
        """GPE or LOC for a phrase the words around it call a place ("the River Thames", "in
        X borough", "constituency of X", "X, east London")."""
        m = PLACE_APPOSITION.match(after)
        if m and " ".join(texts) in self.gaz.minor_places and m.group(1) in self.gaz.regions:
            return "GPE"  # "Palo Alto, California": a known town before its state, whatever its words
        if self._person_like(texts):
            return None
        if len(texts) == 1 and COUNTY.match(texts[0]):
            return "GPE"  # "Worcestershire": a county
        if len(texts) > 1 and texts[0] in PLACE_PREFIXES:
            return "LOC"
        if PLACE_AFTER.match(after) or (before and PLACE_BEFORE.search(before[-40:])):
            return "GPE"
        if after.startswith(("-based", "-born")) and " ".join(texts) in self.gaz.minor_places:
            return "GPE"  # "the Galway-based coach": a known town
        m = PLACE_APPOSITION.match(after)
        if m:
            entry = self.gaz.phrases.get(m.group(1))
            if entry and entry.type in ("GPE", "LOC") and entry.canonical not in self.gaz.countries:
                return "GPE"  # "Bethnal Green, in London": a place inside a known city or region
        return None


_GROUPS = {"People", "Men", "Women", "Children", "Workers", "Veterans", "Farmers", "Teachers"}


def group_possessive(unit: Unit, gaz: Gazetteer) -> bool:
    """A plural possessive inside an organisation's name ("Farmers'", "People's"), not a
    known name's ("the Netherlands' ING Group")."""
    if gaz.phrases.get(unit.text) is not None:
        return False
    return unit.raw.endswith("s'") or unit.text in _GROUPS
