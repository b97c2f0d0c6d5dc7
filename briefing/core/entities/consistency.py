"""Document-level consistency: a name typed once with evidence keeps that type in the whole article.

After every block is chunked, each name typed on firm evidence (gazetteer, a head word, a
legal suffix, a table rule, a title or "said" after a full name) votes for its type. Then:

- a weak guess of the same name (a lone word before "said", a default person, "in X") takes
  the voted type ("Barrick said" after "Barrick shares" is the company);
- capitalised words left untyped (sentence starts, headlines, all-caps lines) that spell a
  voted name get its type ("MERCANTILE BANCORP" after "Mercantile Bancorp");
- an organisation with a legal suffix also names itself without it ("Acme Holdings Plc" ->
  "Acme Holdings", "Acme");
- in a sports article, a city that is a team in a table or score line is the team in prose
  too ("Leeds 2 Everton 1" ... "Leeds have won"), except after "in" ("in Leeds").
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, norm
from .team_words import WORDS_SPLIT
from .tokens import Unit

Span = tuple[int, int, str, str]
VALUES = ("DATE", "MONEY", "PERCENT", "QUANTITY")
LEGAL = {
    "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "LLC", "AG", "SA", "NV",
    "SpA", "GmbH", "BV", "AB", "ASA", "Oyj", "Bhd", "Berhad", "Pty", "KK", "Corporation", "Company",
    "Group", "Holdings", "Limited", "Incorporated",
}  # fmt: skip


def key_of(text: str) -> str:
    text = norm(text)
    if text.endswith(("'s", "'S")):
        text = text[:-2]
    return text.upper()


def _votes(
    found: list[Span], weak: set[tuple[int, int]], content: str, gaz: Gazetteer
) -> dict[str, tuple[str, str]]:
    """Name key -> (the type most of its typed mentions have, that type's canonical name)."""
    votes: dict[str, dict[str, int]] = {}
    canon: dict[tuple[str, str], str] = {}
    for start, end, kind, name in found:
        if kind in VALUES or (start, end) in weak:
            continue
        key = key_of(content[start:end])
        votes.setdefault(key, {})
        votes[key][kind] = votes[key].get(kind, 0) + 1
        canon.setdefault((key, kind), name)
        if kind == "ORG":
            words = content[start:end].split()
            while len(words) > 1 and words[-1].rstrip(",") in LEGAL:
                words = words[:-1]
                short = key_of(" ".join(words))
                votes.setdefault(short, {}).setdefault("ORG", 0)
                votes[short]["ORG"] += 1
                canon.setdefault((short, "ORG"), name)
                if len(words) == 1 or not _ordinary(words[0], gaz):
                    first = key_of(words[0])
                    if len(first) > 2 and first not in votes and not _ordinary(words[0], gaz):
                        votes[first] = {"ORG": 1}
                        canon.setdefault((first, "ORG"), name)
    best: dict[str, tuple[str, str]] = {}
    for key, counts in votes.items():
        kind = max(counts, key=lambda k: (counts[k], k == "PERSON"))
        best[key] = (kind, canon[(key, kind)])
    return best


def _ordinary(word: str, gaz: Gazetteer) -> bool:
    title = word.title() if word.isupper() else word
    return title in gaz.common or title in gaz.english or gaz.phrases.get(title) is not None


def apply(
    found: list[Span],
    weak: set[tuple[int, int]],
    teams: set[str],
    pending: list[list[Unit]],
    content: str,
    gaz: Gazetteer,
    fixed: set[tuple[int, int]] | None = None,
) -> tuple[list[Span], list[list[Unit]]]:
    """Retyped mentions and the pending groups still untyped after matching voted names.

    ``teams`` holds the keys of places typed as teams by the table rules (sports articles);
    ``fixed`` the spans no vote retypes (a dateline's place).
    """
    fixed = fixed or set()
    best = _votes(found, weak, content, gaz)
    out: list[Span] = []
    for start, end, kind, name in found:
        key = key_of(content[start:end])
        if (start, end) in weak and key in best and best[key][0] != kind:
            kind, name = best[key]
        elif (
            kind == "GPE"
            and key in teams
            and (start, end) not in fixed
            and not _locative(content, start, end)
        ):
            kind, name = best.get(key, ("ORG", name))
            kind = "ORG"
        out.append((start, end, kind, name))
    if not best:
        return out, pending
    longest = max(k.count(" ") for k in best) + 1
    left: list[list[Unit]] = []
    for group in pending:
        rest: list[Unit] = []
        i = 0
        while i < len(group):
            hit = None
            for j in range(min(len(group), i + longest), i, -1):
                if not group[j - 1].cap:
                    continue
                key = key_of(content[group[i].start : group[j - 1].end])
                if key in best and (j - i > 1 or len(key) > 2):
                    hit = j, best[key]
                    break
            if hit is None:
                rest.append(group[i])
                i += 1
                continue
            j, (kind, name) = hit
            out.append((group[i].start, group[j - 1].end, kind, name))
            if rest:
                left.append(rest)
                rest = []
            i = j
        if rest:
            left.append(rest)
    return out, left


_PLACE_BEFORE = {"in", "near", "at", "from", "downtown", "between", "outside", "around", "across", "suburban"}
_PLACE_AFTER = re.compile(
    r"(?:['’]s)? (?:skyline|suburbs?|area|metro|metropolitan|downtown|streets?|neighbou?rhoods?|"
    r"residents|police|mayor|airport|city\s+council|County)\b|-area\b"
)
# a journey's end: "flew to Montreal and drove to Ottawa" (a bare "to" is a team's: "lost to X")
_JOURNEY_TO = re.compile(
    r"\b(?:drove|driven|flew|flown|travell?ed|headed|returned\s+home|back\s+home)\s+to\s+$"
)


def _locative(content: str, start: int, end: int | None = None) -> bool:
    """Whether the place stands as a place there: "in X", "downtown X", "between X and", "drove
    to X", "the X skyline", "X suburbs"."""
    before = WORDS_SPLIT.split(content[max(0, start - 12) : start].lower().strip())
    if (before and before[-1] in _PLACE_BEFORE) or _JOURNEY_TO.search(content, max(0, start - 30), start):
        return True
    return end is not None and bool(_PLACE_AFTER.match(content, end))
