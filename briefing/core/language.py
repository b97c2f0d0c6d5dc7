"""Whether an article is written in English, from its commonest words and its script.

The entity rules read English: a capitalised word is a name unless it starts a
sentence or is an ordinary word. German capitalises every noun and French and
Spanish have other function words, so on those articles the rules find "Sie",
"Zucker" and "Die Betreiber" as names. The extractor asks :func:`english` and
keeps, on other languages, only the names it knows (``entities.foreign``).

The test is the one language identifiers start from: the share of a language's
commonest function words in the text. An article is *not* English when most of
its letters are in another script (Chinese, Japanese, Cyrillic, Arabic...), or
when the function words of one other Latin-script language outnumber the
English ones three to one, with at least eight of them. Words two languages
share ("in", "die", "a") count for neither. A short or list-like English text
(a results table, a line-up) has few function words of any language and stays
English.
"""

from __future__ import annotations

import re

# the 25-30 commonest function words of each language (articles, pronouns, prepositions,
# conjunctions, auxiliaries), written as the language writes them
_FUNCTION_WORDS = {
    "en": "the of and to in a is that for it on was with as be by at from this are have has "
    "not but or an which they their were been its would will said who",
    "de": "der die das in an was und ist nicht mit sich auf für dem den des ein eine einen einer im "
    "zu von auch es sie wir ich aber wie bei nach noch oder wird sind",
    "fr": "a le la les et des du un une est que qui dans pour pas sur au avec ce il elle sont "
    "par ne se mais ont aux cette leur",
    "es": "a el la los las y que del un una es por con para se lo como más pero sus su "
    "fue está han este esta muy también",
    "it": "a in il di che la le gli è per una un con del della dei sono si anche più ma nel "
    "alla questo ha stato",
    "pt": "a o os as de que não uma um para do da dos das em se por mais foi são ao pelo "
    "pela também está mas",
    "nl": "in de het een en van is dat niet op te zijn voor met die ook aan er maar om als bij "
    "nog wordt werd heeft",
    "pl": "w nie na się z że do jest to jak po od za ale są przez tak czy jego już oraz był być dla",
    "sv": "och att det som en är på för av inte den har de om ett var kan sig också från",
}
_WORDS: dict[str, frozenset[str]] = {lang: frozenset(ws.split()) for lang, ws in _FUNCTION_WORDS.items()}
_SHARED = frozenset(
    w
    for lang, ws in _WORDS.items()
    for w in ws
    if any(w in other for o, other in _WORDS.items() if o != lang)
)
# one-letter words ("w", "y", "o") are also initials, grid references and list marks
_ONLY = {lang: frozenset(w for w in ws - _SHARED if len(w) > 1) for lang, ws in _WORDS.items()}
_LANG_OF = {w: lang for lang, ws in _ONLY.items() for w in ws}
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00aa-\u024f\u1e00-\u1eff]")
SAMPLE = 6_000  # characters read: a thousand words, enough for any article's verdict
MIN_FOREIGN = 8
RATIO = 3


def english(text: str) -> bool:
    """True unless ``text`` is plainly in another language (see the module's docstring)."""
    sample = text[:SAMPLE]
    # the letters are counted only when some are of another script (none: no verdict to make)
    non_latin = len(_NON_LATIN.findall(sample)) if not sample.isascii() else 0
    if non_latin and 2 * non_latin > len(_LETTER.findall(sample)):
        return False
    counts = dict.fromkeys(_ONLY, 0)
    lang_of = _LANG_OF
    for word in _WORD.findall(sample.lower()):
        lang = lang_of.get(word)
        if lang is not None:
            counts[lang] += 1
    english_words = counts.pop("en")
    best = max(counts.values(), default=0)
    return not (best >= MIN_FOREIGN and best >= RATIO * max(english_words, 1))


def function_word(word: str) -> bool:
    """``word`` is one of the commonest function words of a language other than English
    ("aber", "dans", "nie"), in any case."""
    lang = _LANG_OF.get(word.lower())
    return lang is not None and lang != "en"
