"""The gazetteer: general-knowledge names from ``briefing/data/*.yaml`` compiled into lookup tables.

Built once per process (and per set of user files) and cached: phrase -> (type, canonical) by
normalised token text, plus the chunker's context word lists (titles, roles, given names...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

# Words that start place names ("Santa Clara", "Port Talbot"), never a given name (names-dataset
# lists "Santa").
PLACE_STARTS = frozenset({"St", "Saint", "San", "Santa", "Port", "Fort", "Mount", "Lake", "Cape"})
# Titles and dates are kept in the same phrase table so a capitalised run is segmented once.
TITLE = "TITLE"
CALENDAR = "CALENDAR"

# English words that an all-caps headline can contain and that are also gazetteer keys.
_CAPS_AMBIGUOUS = set(
    """
us who it am an as at be by do go he if in is me my no of on or so to up we fed ap quad sec mit lg
ms dr mr sir lady lord king queen total general major captain father sister chair leader officer
coach author editor anchor official executive candidate diplomat analyst economist strategist
activist journalist correspondent nominee founder judge justice attorney miss commonwealth
parliament congress senate treasury may march
""".split()
)

# Known names that are also ordinary capitalised words in a title-case headline
# ("Labour Shortages Hit Farms", "Conservative Estimates"): never matched in headlines.
HEADLINE_AMBIGUOUS = {
    "Fed",
    "Labour",
    "Apple",
    "Amazon",
    "Shell",
    "Meta",
    "Quad",
    "Treasury",
    "Congress",
    "Parliament",
    "Senate",
    "Commonwealth",
    "Western",
    "Liberal",
    "Liberals",
    "Conservative",
    "Conservatives",
    "Democratic",
    "Republican",
    "Orthodox",
    "Catholic",
    "Christian",
    "Indigenous",
    "Socialist",
    "Communist",
    "Protestant",
    "Evangelical",
    "Evangelicals",
    "Nordic",
    "Baltic",
    "Transatlantic",
    "Soviet",
    "Pacific",
    "Atlantic",
    "Arctic",
    "Antarctic",
    "Mediterranean",
    "Caribbean",
    "Alpine",
    "Tory",
    "Tories",
    "Democrat",
    "Arabic",
    "Open",
    "Oracle",
    "Intel",
    "Visa",
    "Mercedes",
    "Total",
    "Guardian",
    "Reliance",
    "Prime",
    "Kiwi",
    "Kiwis",
    "Aussie",
    "Swiss",
    "Turk",
    "Nice",
    "Orange",
    "Victoria",
    "Islamic",
    "Muslim",
    "Jewish",
    "Sikh",
    "Hindu",
    "Buddhist",
    "Sunni",
    "Shia",
    "Pole",
    "Poles",
    "Finn",
    "Dane",
    "Brit",
    "Brits",
    "Scot",
    "Scots",
    "Greek",
    "Pentagon",
    "Kremlin",
    "Politburo",
}
_TOKEN_SPLIT = re.compile(r"\s+")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def generic_prefixed(word: str, gaz: Gazetteer) -> bool:
    """A one-letter "e" or "i" before the plural or the -ing form of an ordinary word ("eSports",
    "eBooks", "eLearning"): a kind of thing spelt like a brand, not one maker's brand ("eBay";
    "iPods", whose singular is a known name)."""
    tail = word[1:]
    if word[:1] not in ("e", "i") or len(tail) < 4 or not tail[0].isupper() or tail not in gaz.english:
        return False
    return tail.endswith("ing") or (tail.endswith("s") and gaz.phrases.get(word[:-1]) is None)


def norm(text: str) -> str:
    """Normalise a phrase for lookup: typographic apostrophes to ', single spaces."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())


def strip_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " and len(text) > 4 else text


@dataclass(frozen=True, slots=True)
class Entry:
    type: str  # an entity type, TITLE or CALENDAR
    canonical: str


@dataclass
class Gazetteer:
    phrases: dict[str, Entry] = field(default_factory=dict)
    max_tokens: int = 1
    caps: dict[str, Entry] = field(default_factory=dict)  # upper-case key -> entry (all-caps text)
    roles: set[str] = field(default_factory=set)
    modifiers: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    given_words: set[str] = field(default_factory=set)  # given names that are words: "Drew", "Chase"
    surnames: set[str] = field(default_factory=set)  # East Asian family names (written first)
    family_names: set[str] = field(default_factory=set)  # common family names, any country
    minor_places: set[str] = field(default_factory=set)  # towns: places only with a place cue
    place_given: set[str] = field(default_factory=set)  # places that are given names too ("Paris")
    countries: set[str] = field(default_factory=set)  # canonical names of countries
    regions: set[str] = field(default_factory=set)  # states, provinces, regions (no towns)
    hand: set[str] = field(default_factory=set)  # phrases of the hand-made lists (not generated)
    particles: set[str] = field(default_factory=set)
    common: set[str] = field(default_factory=set)
    english: set[str] = field(default_factory=set)  # ordinary words: no default person guess
    ignore: set[str] = field(default_factory=set)
    acronyms: dict[str, Entry] = field(default_factory=dict)  # "Nasa" -> the entry of "NASA"
    clubs: frozenset[str] = frozenset()  # one-word club names, clubs in sports reports ("Arsenal")
    club_orgs: frozenset[str] = frozenset()  # club names of two words or more, ORG on sight
    club_places: frozenset[str] = frozenset()  # place-shaped club names, clubs in sports reports
    club_needs_the: frozenset[str] = frozenset()  # singular nicknames: clubs after "the" only
    months: tuple[str, ...] = ()
    month_abbreviations: tuple[str, ...] = ()
    weekdays: tuple[str, ...] = ()
    holidays: tuple[str, ...] = ()

    def add(self, name: str, type_: str, canonical: str | None = None, override: bool = False) -> None:
        key = norm(strip_the(name)) if type_ not in (TITLE, CALENDAR) else norm(name)
        if not key:
            return
        entry = Entry(type_, canonical or norm(strip_the(name)))
        if override or key not in self.phrases:
            self.phrases[key] = entry
        self.max_tokens = max(self.max_tokens, len(_TOKEN_SPLIT.split(key)))

    def lookup(self, key: str) -> Entry | None:
        return self.phrases.get(key)

    def finish(self) -> Gazetteer:
        """Build the derived tables once all names are in."""
        self.caps = {}
        self.acronyms = {}
        for key, entry in self.phrases.items():
            if entry.type in (TITLE, CALENDAR) or key.lower() in _CAPS_AMBIGUOUS or key in HEADLINE_AMBIGUOUS:
                continue
            self.caps.setdefault(key.upper(), entry)
            if entry.type == "ORG" and 3 <= len(key) <= 7 and key.isalpha() and key.isupper():
                self.acronyms[key.title()] = entry  # British house style: "Nasa", "Uefa", "Nato"
        for word in [
            w for w in self.acronyms if w in self.english or w in self.common or w in self.given_names
        ]:
            del self.acronyms[word]
        return self

    def copy(self) -> Gazetteer:
        """An independent copy to extend with a user's names."""
        return replace(
            self,
            phrases=dict(self.phrases),
            caps={},
            acronyms={},
            roles=set(self.roles),
            modifiers=set(self.modifiers),
            given_names=set(self.given_names),
            given_words=set(self.given_words),
            surnames=set(self.surnames),
            family_names=set(self.family_names),
            hand=set(self.hand),
            minor_places=set(self.minor_places),
            place_given=set(self.place_given),
            particles=set(self.particles),
            common=set(self.common),
            english=set(self.english),
            ignore=set(self.ignore),
        )


def _data(name: str) -> dict[str, Any]:
    """One YAML file of ``briefing/data`` (a mapping)."""
    text = resources.files("briefing").joinpath("data", name).read_text(encoding="utf-8")
    # Package data (trusted, ours): the C loader when PyYAML has it, it is ~10x faster.
    data = yaml.load(text, Loader=_LOADER) or {}  # noqa: S506 - a safe loader
    return data if isinstance(data, dict) else {}


def _as_entry(item: str | dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A list item of the data files: a bare name, or a mapping with its ``name`` and more."""
    if isinstance(item, str):
        return item, {}
    return str(item["name"]), item


def _add_place(gaz: Gazetteer, item: str | dict[str, Any], kind: str) -> dict[str, Any]:
    """A country or region: its name and aliases as ``kind``, its demonyms as NORP."""
    name, info = _as_entry(item)
    gaz.add(name, kind)
    for alias in info.get("aliases") or []:
        gaz.add(alias, kind, name)
    demonyms = info.get("demonyms") or []
    for form in demonyms:
        gaz.add(form, "NORP", demonyms[0])
    return info


@lru_cache(maxsize=1)
def builtin() -> Gazetteer:
    """The gazetteer shipped with briefing (loaded once per process)."""
    gaz = Gazetteer()
    # Order matters only for collisions: the first type given to a phrase wins.
    for item in _data("countries.yaml")["countries"]:
        info = _add_place(gaz, item, "GPE")
        gaz.countries.add(_as_entry(item)[0])
        if info.get("capital"):
            gaz.add(info["capital"], "GPE")
            for alias in info.get("capital_aliases") or []:
                gaz.add(alias, "GPE", info["capital"])
    locations = _data("locations.yaml")
    for item in locations["locations"]:
        _add_place(gaz, item, "LOC")
    for item in locations["groups"]:
        name, info = _as_entry(item)
        for form in info.get("forms") or [name]:
            gaz.add(form, "NORP", name)
    cities = _data("cities.yaml")
    for section in ("cities", "regions"):
        for item in cities[section]:
            name, info = _as_entry(item)
            gaz.add(name, "GPE")
            if section == "regions":
                gaz.regions.add(name)
            for alias in info.get("aliases") or []:
                gaz.add(alias, "GPE", name)
    for fname, section in (("organisations.yaml", "organisations"), ("companies.yaml", "companies")):
        for item in _data(fname)[section]:
            name, info = _as_entry(item)
            kind = info.get("type", "ORG")
            gaz.add(name, kind)
            for alias in info.get("aliases") or []:
                gaz.add(alias, kind, name)
    titles = _data("titles.yaml")
    for title in titles["titles"]:
        gaz.add(title, TITLE, override=False)
    gaz.roles = {r.lower() for r in titles["roles"]}
    gaz.modifiers = set(titles["modifiers"])
    cal = _data("calendar.yaml")
    gaz.months = tuple(cal["months"])
    gaz.month_abbreviations = tuple(cal["month_abbreviations"])
    gaz.weekdays = tuple(cal["weekdays"])
    gaz.holidays = tuple(cal["holidays"])
    for word in gaz.months + gaz.weekdays + gaz.holidays:
        gaz.add(word, CALENDAR, override=True)
    names = _data("names.yaml")
    gaz.given_names = set(names["given_names"])
    gaz.surnames = set(names["east_asian_surnames"])
    gaz.particles = set(names["particles"])
    common = _data("common.yaml")
    gaz.common = set(common["words"])
    gaz.english = set(common.get("english") or [])
    _add_knowledge(gaz)
    return gaz.finish()


def _add_knowledge(gaz: Gazetteer) -> None:
    """Names from the data packages (see :mod:`.knowledge`); the hand lists above win collisions.
    The generated file is already normalised (single spaces, straight apostrophes)."""
    from . import clubs, knowledge

    known = knowledge.load()
    gaz.hand = set(gaz.phrases)
    hand_given = gaz.given_names
    phrases = gaz.phrases
    common = gaz.common
    longest = gaz.max_tokens
    gaz.regions.update(known["regions"])
    for section in ("cities_major", "regions"):
        for name in known[section]:
            if name not in phrases and name not in common and name not in hand_given:
                phrases[name] = Entry("GPE", name)
                longest = max(longest, name.count(" ") + 1)
    for name in known["companies"]:  # listed companies: ORG on sight, places and hand lists win
        if name not in phrases and name not in common:
            phrases[name] = Entry("ORG", name)
            longest = max(longest, name.count(" ") + 1)
    gaz.max_tokens = longest
    calendar = set(gaz.months + gaz.weekdays + gaz.holidays)
    gaz.minor_places = set(known["cities_minor"]) - common - hand_given
    given = set(known["given_names"])
    gaz.place_given = {g for g in given if (e := phrases.get(g)) is not None and e.type == "GPE"}
    given.difference_update(phrases, common, calendar, PLACE_STARTS)
    gaz.given_names = given | hand_given
    gaz.given_words = {
        w
        for w in known["given_words"]
        if w not in phrases and w not in common and w not in calendar and w not in gaz.given_names
    }
    gaz.family_names = set(known["surnames"])
    gaz.family_names.difference_update(common, calendar)
    words = set(known["english"])  # capitalised, with plural, -ing and -ed forms
    words.difference_update(phrases, gaz.given_names, gaz.family_names)
    gaz.english |= words
    clubs.add_to(gaz)
