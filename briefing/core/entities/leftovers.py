"""The capitalised words still untyped once the article is read: names by their company.

After the chunker, the consistency pass and the canonical names, some capitalised words are
left: unknown single words without a cue, sentence starts, ordinary words in capitals. Three
article-level rules type some of them:

- **coordination** (``coordination``): a name listed with typed names of one type shares it
  ("Dell, LG, Samsung and Phillips" after "LG" and "Samsung" are companies);
- **short forms**: the first word of an organisation's name ("Vivendi" after "Vivendi
  Universal") and, inside a sentence, its last word ("the Telegraph" after "Daily Telegraph",
  "The Commission" after "European Commission");
- **team nicknames**: in a sports report, a capitalised plural inside a sentence that the article
  never writes in lower case is a team ("Wasps recovered", "the Scarlets", "the Astros").

A name typed here also types its other untyped mentions in the article.
"""

from __future__ import annotations

import re

from . import attach, coordination, fallback, places, proper_words, team_words
from .attach import line as _line
from .consistency import LEGAL, key_of
from .coordination import NAMES
from .gazetteer import Gazetteer, generic_prefixed
from .rules import FUNCTION_WORDS, NOT_ORG_ABBREVIATIONS
from .runs import _mostly_upper
from .surnames import family_plural, full_surnames
from .tokens import Unit

Span = tuple[int, int, str, str]
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,6}s$")
# Kinds of match that cricket writes with a capital ("the first Test", "an ODI", "a T20"): a game,
# no organisation.
GAME_KINDS = frozenset({"Test", "Tests", "ODI", "ODIs", "T20", "T20s", "Twenty20"})


def _chunks(groups: list[list[Unit]], content: str) -> list[list[Unit]]:
    """Runs of untyped capitalised units with only spaces between them."""
    out: list[list[Unit]] = []
    for group in groups:
        run: list[Unit] = []
        for u in group:
            if not u.cap:
                if run and u.text in ("of", "and", "&", "the", "de", "von", "van"):
                    run.append(u)
                    continue
                _close(run, out)
                run = []
                continue
            if u.text in NOT_ORG_ABBREVIATIONS:  # "StreamDisc DVD format": no part of a name
                _close(run, out)
                run = []
                continue
            if run and (
                content[run[-1].raw_end : u.start].strip() or (u.text.isupper() and run[-1].text.isupper())
            ):
                _close(run, out)
                run = []
            run.append(u)
            if u.poss:
                _close(run, out)
                run = []
        _close(run, out)
    return out


def _close(run: list[Unit], out: list[list[Unit]]) -> None:
    while run and not run[-1].cap:
        run = run[:-1]
    if run:
        out.append(run)


def _candidate(chunk: list[Unit], gaz: Gazetteer) -> bool:
    """A chunk that may be a name: not a function word, title or date, not a lone ordinary word
    starting a sentence."""
    words = [u.text for u in chunk if u.cap]
    if not words or all(w in FUNCTION_WORDS or w.rstrip(".,") in LEGAL for w in words):
        return False
    if any((gaz.phrases.get(w) is not None and gaz.phrases[w].type in ("TITLE", "CALENDAR")) for w in words):
        return False
    if chunk[0].sent_start and all(w in gaz.common or w in gaz.english for w in words):
        return False
    if len(words) == 1 and (_PLURAL_ACRONYM.match(words[0]) or words[0] in GAME_KINDS):
        return False  # "SMEs", "NGOs": a class of things, "the first Test": a game; no name
    return not (len(words) == 1 and len(words[0]) < 2)


def apply(
    found: list[Span], left: list[list[Unit]], content: str, gaz: Gazetteer, sports: bool
) -> list[Span]:
    """``found`` with the untyped chunks the article's other names type."""
    every = _chunks(left, content)
    # "Trump said he": at a sentence's start too; not in a sports report ("Barnsley said he will miss")
    spoken = {} if sports else proper_words.people(every, content, gaz)
    chunks = [c for c in every if _candidate(c, gaz) or key_of(c[0].text) in spoken]
    found, chunks = attach.tails(found, chunks, content, gaz)
    if not chunks:
        return found
    typed: dict[str, str] = dict(spoken)
    items: list[tuple[int, int, str | None, object]] = [
        (s, e, k, None) for s, e, k, _ in found if k in NAMES + ("NORP",)
    ]
    items += [(c[0].start, c[-1].end, None, c) for c in chunks]
    items.sort(key=lambda it: it[0])
    for i, kind in coordination.coordinated(items, content, gaz).items():
        typed[key_of(content[items[i][0] : items[i][1]])] = kind
    typed.update(_short_forms(found, chunks, content, gaz, typed))
    typed.update(_products(found, chunks, content, gaz, typed))
    typed.update(proper_words.names(chunks, content, gaz, typed))
    typed.update(_demonyms(chunks, content, gaz, typed, sports))
    typed.update({key_of(c[0].text): "ORG" for c in chunks if len(c) == 1 and attach.site(c[0].end, content)})
    typed.update(_families(found, chunks, typed))
    typed.update(_told(found, chunks, content, gaz, typed))
    if sports:
        typed.update(_nicknames(found, chunks, content, gaz, typed))
        typed.update(_team_cues(chunks, content, gaz, typed))
    # once more with what the passes above typed: "T-Mobile and Sprint" (the brand typed by its shape)
    items = [(s, e, typed.get(key_of(content[s:e])) if c is not None else k, c) for s, e, k, c in items]
    for i, kind in coordination.coordinated(items, content, gaz).items():
        typed.setdefault(key_of(content[items[i][0] : items[i][1]]), kind)
    rest = [
        c
        for c in chunks
        if key_of(content[c[0].start : c[-1].end]) not in typed
        and not (len(c) == 1 and generic_prefixed(c[0].text, gaz))
    ]
    for key, kind in fallback.classify(rest, content, gaz).items():
        typed.setdefault(key, kind)
    if not typed:
        return found
    out = list(found)
    by_end = {e: k for k, (s, e, kind, _) in enumerate(found) if kind == "GPE" or _city(content[s:e], gaz)}
    drop: set[int] = set()
    for c in chunks:
        key = key_of(content[c[0].start : c[-1].end])
        if key not in typed:
            continue
        start, kind = c[0].start, typed[key]
        city = by_end.get(start - 1)
        if kind == "ORG" and city is not None and content[start - 1] == " ":
            drop.add(city)  # "the Houston Astros": the city starts the team's name
            start = found[city][0]
        out.append((start, c[-1].end, kind, content[start : c[-1].end]))
    return [m for k, m in enumerate(out) if k not in drop]


_TOLD = re.compile(r"\btold\s+$")


def _told(
    found: list[Span], chunks: list[list[Unit]], content: str, gaz: Gazetteer, typed: dict[str, str]
) -> dict[str, str]:
    """One unknown word that someone "told" is an outlet ("Walden told Recode", "a doctor told
    Ruptly"): a person is named in full before the family name stands alone, and the article's
    people's short forms are typed before this pass. Not a given or family name, nor the last word
    of a longer name the article writes ("HustleGPT told Fall" after "Jackson Greathouse Fall")."""
    ends = {content[s:e].split()[-1] for s, e, _, _ in found if " " in content[s:e].strip()}
    out: dict[str, str] = {}
    for c in chunks:
        word, key = c[0].text, key_of(c[0].text)
        if len(c) != 1 or key in typed or word in ends or c[0].poss:
            continue
        if word in gaz.given_names or word in gaz.family_names or word in gaz.surnames:
            continue
        more = content[c[0].raw_end : c[0].raw_end + 2]  # "told Agence France Presse": a longer name
        if _TOLD.search(content, max(0, c[0].start - 12), c[0].start) and not (
            more[:1] == " " and more[1:].isupper()
        ):
            out[key] = "ORG"
    return out


_DEMONYM_ENDS = ("ians", "ans", "ns", "ers")  # longest first: "Parisians", "Ohioans", "Californians"


def _demonyms(
    chunks: list[list[Unit]], content: str, gaz: Gazetteer, typed: dict[str, str], sports: bool
) -> dict[str, str]:
    """The people of a known town or state ("Californians", "New Yorkers", "Ohioans") as a group;
    not in sports reports, where such plurals are teams."""
    out: dict[str, str] = {}
    if sports:
        return out
    for c in chunks:
        text = content[c[0].start : c[-1].end]
        key = key_of(text)
        if key in typed or not text.endswith("s") or text in gaz.family_names:
            continue
        for end in _DEMONYM_ENDS:
            stem = text[: -len(end)]
            if len(stem) < 4 or not text.endswith(end):
                continue
            entry = gaz.phrases.get(stem)
            if entry is not None and entry.type == "GPE":
                out[key] = "NORP"
                break
    return out


def _attached(c: list[Unit], content: str, starts: set[int]) -> bool:
    """Whether the chunk runs on into a typed name or an '&' ("Arminia Bielefeld", "Salomon &")."""
    after = content[c[-1].raw_end : c[-1].raw_end + 2]
    return after.startswith(" &") or (after[:1] == " " and c[-1].raw_end + 1 in starts)


def _short_forms(
    found: list[Span], chunks: list[list[Unit]], content: str, gaz: Gazetteer, typed: dict[str, str]
) -> dict[str, str]:
    firsts: dict[str, str] = {}
    lasts: dict[str, str] = {}
    for s, e, kind, name in found:
        words = content[s:e].split()
        if kind != "ORG" or len(words) < 2:
            continue
        first, last = words[0], words[-1].rstrip(".,")
        if _own_word(first, gaz) and first not in gaz.common and first not in gaz.english:
            firsts.setdefault(key_of(first), name)
        if _own_word(last, gaz) and last not in LEGAL:
            lasts.setdefault(key_of(last), name)
    out: dict[str, str] = {}
    starts = {s for s, _, _, _ in found}
    for c in chunks:
        if len(c) != 1 or _attached(c, content, starts):
            continue
        key = key_of(c[0].text)
        if key in typed:
            continue
        the = content[max(0, c[0].start - 4) : c[0].start].lower() == "the "
        if key in firsts or (key in lasts and the):
            out[key] = "ORG"
    return out


def _city(text: str, gaz: Gazetteer) -> bool:
    entry = gaz.phrases.get(text)
    return entry is not None and entry.type == "GPE"


def _own_word(word: str, gaz: Gazetteer) -> bool:
    """A word that can stand for its organisation: no known name, given or family name."""
    return (
        len(word) > 2
        and word[:1].isupper()
        and gaz.phrases.get(word) is None
        and word not in gaz.given_names
        and word not in gaz.family_names
    )


def _families(found: list[Span], chunks: list[list[Unit]], typed: dict[str, str]) -> dict[str, str]:
    """The plural of a surname the article gives a person in full is the family ("the Joneses",
    "the Kennedys"): a person's name, no team's."""
    surnames = full_surnames(found)
    out: dict[str, str] = {}
    for c in chunks:
        word = c[0].text
        if len(c) == 1 and key_of(word) not in typed and family_plural(word, surnames):
            out[key_of(word)] = "PERSON"
    return out


def _nicknames(
    found: list[Span], chunks: list[list[Unit]], content: str, gaz: Gazetteer, typed: dict[str, str]
) -> dict[str, str]:
    """Capitalised plurals inside sentences that the article never writes in lower case."""
    out: dict[str, str] = {}
    starts = {s for s, _, _, _ in found}
    for c in chunks:
        if len(c) != 1 or c[0].sent_start or _attached(c, content, starts):
            continue
        if re.search(r"(?:[A-Z][\w'’]*|-) $", content[max(0, c[0].start - 30) : c[0].start]):
            continue  # "Australian Rules", "Soccer - Results": part of a longer capitalised phrase
        word = c[0].text
        key = key_of(word)
        if key in typed or len(word) < 4 or not word.endswith("s") or not word[1:].islower():
            continue
        if re.search(r"(?<![\w'-])" + re.escape(word.lower()) + r"\b", content):
            continue  # the article writes it in lower case too: an ordinary word
        the = content[max(0, c[0].start - 4) : c[0].start].lower() == "the "
        if word in gaz.family_names or not (the or word[:-1] in gaz.english or word[:-2] in gaz.english):
            continue  # "said Eyles": a surname, no team
        out[key] = "ORG"
    return out


def _team_cues(
    chunks: list[list[Unit]], content: str, gaz: Gazetteer, typed: dict[str, str]
) -> dict[str, str]:
    """Unknown names that the words of a sports report make teams ("Ulster finished second",
    "defeat Toulouse"; a name that is also a word only after a result: "victory over Temple")."""
    out: dict[str, str] = {}
    for c in chunks:
        text = content[c[0].start : c[-1].end]
        key = key_of(text)
        if key in typed or any(u.text in gaz.given_names for u in c):
            continue
        line_start = content.rfind("\n", 0, c[0].start) + 1
        before = content[max(line_start, c[0].start - 40) : c[0].start]
        if any(u.text in gaz.common for u in c) and not team_words.RESULT_BEFORE.search(before):
            continue  # an ordinary word is a team after a result only ("the win over Temple")
        if team_words.TEAM_BEFORE.search(before) or (
            team_words.TEAM_AFTER.match(content, c[-1].raw_end) and not team_words.locative(before)
        ):
            out[key] = "ORG"  # "lost to Ulster": the result word before outweighs the "to"
    return out


_CAMEL = re.compile(r"^(?:[A-Z][a-z]+|[ie])[A-Z][A-Za-z0-9]*$")
_LETTER_HYPHEN = re.compile(r"^[A-Z]-[A-Z][a-z]+$")  # "T-Mobile", "F-Secure", "G-Unit"
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St")


def _name_prefixed(word: str, gaz: Gazetteer, after_name: bool) -> bool:
    """A surname with a capital inside after its prefix ("McIlroy", "DiPiazza", "LeBron"), not a
    brand made of a prefix and a dictionary word that starts its name ("MacBook Pro"; after
    another name it is a surname: "Bo DeShields")."""
    for p in _NAME_PREFIXES:
        rest = word[len(p) :]
        if word.startswith(p) and rest[:1].isupper():
            return after_name or not (
                rest in gaz.english
                and rest not in gaz.given_names
                and word not in gaz.family_names
                and gaz.phrases.get(word) is None
            )
    return False


def _products(
    found: list[Span], chunks: list[list[Unit]], content: str, gaz: Gazetteer, typed: dict[str, str]
) -> dict[str, str]:
    """Product and brand names: a word with capitals inside ("RipGuard", "PlayStation", "iPod",
    "macOS": ``tokens`` keeps a word of a lower-case first letter only so), a capital letter and a
    hyphen before a word ("T-Mobile"; not when the article writes it in lower case too: "X-ray")
    and an unknown name right after a known company's ("Sony's Vaio", "Google Stadia"). Both are
    typed like organisations (briefing has no product type)."""
    out: dict[str, str] = {}
    orgs = {e: name for s, e, kind, name in found if kind == "ORG"}
    inside: dict[str, int] = {}  # key -> uses inside a sentence
    for c in chunks:
        if not c[0].sent_start:
            k = key_of(content[c[0].start : c[-1].end])
            inside[k] = inside.get(k, 0) + 1
    for c in chunks:
        text = content[c[0].start : c[-1].end]
        key = key_of(text)
        if key in typed or key in out:
            continue
        words = [u.text for u in c if u.cap]
        if _mostly_upper(_line(content, c[0].start)) or any(
            w.isupper() or w.rstrip(".") in LEGAL for w in words
        ):
            continue
        if any(
            ((_CAMEL.match(w) and not _name_prefixed(w, gaz, k > 0)) or w[0].islower())  # "macOS": a brand
            and not generic_prefixed(w, gaz)  # "eSports": a kind of thing
            for k, w in enumerate(words)
        ) or (len(words) == 1 and _letter_brand(words[0], content)):
            out[key] = "ORG"
            continue
        gap_end = c[0].start
        for gap in (" ", "'s ", "’s "):
            maker = orgs.get(gap_end - len(gap))
            if maker and content[gap_end - len(gap) : gap_end] == gap:
                break
        else:
            continue
        first = words[0]
        if first in gaz.given_names or first in gaz.family_names:
            continue  # "Sony's Howard Stringer"
        if all(w in gaz.english for w in words) and not _named_again(c, words, inside.get(key, 0), content):
            continue  # "Sony's Chairman"
        out[key] = "ORG"
    return out


def _letter_brand(word: str, content: str) -> bool:
    """A capital letter and a hyphen before a word: a brand ("T-Mobile"), not a word the article
    writes in lower case too ("X-ray") nor a party and a state ("D-Conn.", ``places``)."""
    if not _LETTER_HYPHEN.match(word) or proper_words.written_lower(word, content):
        return False
    return not places.party_and_state(word)


def _named_again(c: list[Unit], words: list[str], uses: int, content: str) -> bool:
    """Ordinary words after a company's name that the article capitalises again inside a
    sentence and never writes in lower case: a product's name ("Apple's Vision Pro ... the Vision
    Pro")."""
    if len(words) < 2 or uses < 2:
        return False
    low = " ".join(words).lower()
    return re.search(r"(?<![\w'’-])" + re.escape(low) + r"\b", content) is None
