"""How much a sentence is worth as a key fact: a weighted sum of general features."""

from __future__ import annotations

from .features import Features


def score(f: Features) -> float:
    s = 0.0
    # specificity: who, how many, when
    names = max(f.entities, f.capital_groups)
    s += min(names, 5) * 0.45
    s += min(f.numbers, 3) * (0.35 if f.number_words_only else 0.6)
    s += min(f.dates, 3) * 0.6
    # cue words
    s += 0.8 * f.goal + 0.7 * f.first + 0.5 * f.cause + 0.25 * min(f.event, 3)
    s += 0.4 * f.attribution + 0.4 * f.quote + 0.4 * f.schedule + 0.5 * f.enumeration
    # position: the lead states the story; later sentences drift to comment
    if f.position == 0:
        s += 1.5
    elif f.position < 3:
        s += 0.6
    s += 0.6 * (1.0 - min(f.position / max(f.body_count, 1), 1.0))
    # shape: a sentence of 14-40 words carries a fact; very short or very long less so
    if f.words < 8:
        s -= 1.5
    elif f.words < 14:
        s -= 0.4
    elif f.words > 50:
        s -= 0.5
    # vague, rhetorical and speculative sentences
    s -= 0.9 * f.commentary + 0.6 * f.opinion + 0.3 * min(f.hedges, 2) + 0.3 * min(f.vague, 4)
    if f.question:
        s -= 2.5
    if names == 0 and f.numbers == 0 and f.dates == 0:
        s -= 1.0
    return round(s, 3)
