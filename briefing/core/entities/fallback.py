"""A statistical fallback for the capitalised names no rule types: a small averaged perceptron.

The rules type what they have evidence for; what is left (an unknown company in mid-sentence,
a club named once, a town without a place cue) is scored here from the words around it, its
shape and the article's other uses of it. The weights are learned from the chunks the rules
leave untyped on the CoNLL-2003 *train* split and the development halves of the modern-news
gold (never its held-out half), by ``tools/eval/train_fallback.py``, and shipped as
``briefing/data/entity_model.txt`` (one feature a line: the feature, then one weight per
class). The file is read on first use, never at import. CoNLL's MISC class holds products and
brands beside events, works and peoples; the news guideline types products ORG, so a chunk the
model calls MISC is typed ORG, unless its shape says otherwise (:func:`misc_kind`): a people's
plural ("Tutsis") is NORP, and so is its singular in the same article; the adjective of a known
event ("Olympic" beside "Olympics") is that EVENT.

Decisions are per article: the scores of every untyped mention of one name are summed, so a
name typed here is typed the same way in the whole article (document-level consistency), and
a name is typed only when its best class beats "no name" by a margin.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .consistency import key_of
from .gazetteer import Gazetteer
from .runs import _mostly_upper
from .tokens import Unit

CLASSES = ("PER", "ORG", "LOC", "MISC", "O")  # scores() is written for five
KINDS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "ORG"}  # O leaves the chunk untyped
ORDINARY_MARGIN = 12  # names made of dictionary words only ("Sky", "Navy"): far surer
MARGIN = 3  # how far (in weight units) the best class must beat "no name"
LEXICAL = True
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|[^\w\s]")
# curly quotes read as the straight ones the training text mostly has ("Wood’s" as "Wood's")
_TYPOGRAPHIC = str.maketrans({"’": "'"})
_SHAPE_RUNS = re.compile(r"(.)\1+")
# An ordinary word that numbers the parts of a thing ("Season 4", "Episode 2", "Phase 3"): a
# counter, no name, though a score line ("Arsenal 4") has the same shape for the model.
COUNTERS = frozenset(
    "Season Seasons Series Episode Episodes Chapter Chapters Part Phase Stage Level Volume Vol Book "
    "Act Scene Track Step Grade Week Day Game Round Tier Class Section Page Figure Table Room Gate "
    "Platform Lane Exit Issue Version Number".split()
)
_COUNT_AFTER = re.compile(r" \d{1,4}\b")

Weights = dict[str, "str | tuple[float, ...]"]  # a row is text until first used


@lru_cache(maxsize=8192)
def _shape(word: str) -> str:
    """ "Xx" for "London", "X" for "BBC", "Xd" for "ITV1", "x-Xx" for "al-Qaeda"."""
    out = []
    for ch in word:
        if ch.isupper():
            out.append("X")
        elif ch.islower():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        else:
            out.append(ch)
    return _SHAPE_RUNS.sub(r"\1", "".join(out))


def _ordinary(word: str, gaz: Gazetteer) -> bool:
    """An ordinary English word (the lists hold them capitalised), or its plural ("Talks")."""
    english, common = gaz.english, gaz.common
    if word in english or word in common:
        return True
    return word.endswith("s") and (word[:-1] in english or word[:-1] in common)


def _context(content: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The two tokens before the chunk (on its line) and the two after it."""
    line_start = content.rfind("\n", 0, start) + 1
    line_end = content.find("\n", end)
    before = _TOKEN.findall(content, max(line_start, start - 40), start)[-2:]
    after = _TOKEN.findall(content, end, min(end + 40, line_end if line_end >= 0 else len(content)))[:2]
    before = [t.translate(_TYPOGRAPHIC) for t in before]
    after = [t.translate(_TYPOGRAPHIC) for t in after]
    before = ["<s>"] * (2 - len(before)) + before
    after = after + ["</s>"] * (2 - len(after))
    return before, after


def features(
    chunk: list[Unit], content: str, gaz: Gazetteer, caps_line: bool, lower_seen: bool, count: int
) -> list[str]:
    """The features of one untyped chunk (a run of capitalised units) in its article: its words
    and their shapes, the words around it, name lists, whether its line is in capitals, whether
    the article writes it in lower case too and how often it is left untyped."""
    start, end = chunk[0].start, chunk[-1].end
    words = [u.text for u in chunk]
    caps = [w for w in words if w[:1].isupper()]
    last = words[-1]
    raw_before, raw_after = _context(content, start, end)
    before, after = [t.lower() for t in raw_before], [t.lower() for t in raw_after]
    shapes = "_".join(_shape(w) for w in caps)
    out = ["bias", f"n={min(len(caps), 3)}", f"sh={shapes}"]
    out += [f"f={words[0].lower()}", f"l={last.lower()}"] if LEXICAL else []
    out += [f"x3={last[-3:].lower()}", f"x2={last[-2:].lower()}"]
    out += [f"p1={before[1]}", f"p2={before[0]}|{before[1]}", f"n1={after[0]}", f"n2={after[0]}|{after[1]}"]
    out += [f"p1={before[1]}|sh={shapes}", f"n1={after[0]}|sh={shapes}"]
    out += [
        f"ps={_shape(raw_before[0])}|{_shape(raw_before[1])}",
        f"ns={_shape(raw_after[0])}|{_shape(raw_after[1])}",
    ]
    out += [f"n1={after[0]}|ns2={_shape(raw_after[1])}", f"p1={before[1]}|ps2={_shape(raw_before[0])}"]
    if chunk[0].sent_start:
        out.append("start")
    if chunk[-1].poss:
        out.append("poss")
    if words[0] in gaz.given_names:
        out.append("given")
    if last in gaz.family_names:
        out.append("family")
    if all(_ordinary(w, gaz) for w in caps):
        out.append("ordinary")
    if caps_line:
        out.append("caps-line")
    if lower_seen:
        out.append("lower-seen")
    out.append(f"count={min(count, 3)}")
    return out


def weights() -> Weights:
    """Feature -> its row of weights, still as text: a row is parsed when first used
    (empty when the file is missing: the fallback then types nothing)."""
    return load_weights("entity_model.txt")


@lru_cache(maxsize=2)
def load_weights(name: str) -> Weights:
    """The weights file ``briefing/data/<name>`` (one feature a line, then its weights)."""
    try:
        text = resources.files("briefing").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    out: Weights = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            feature, _, values = line.rpartition("\t")
            out[feature] = values
    return out


def scores(feats: list[str], model: Weights) -> list[float]:
    """One score per class in ``CLASSES`` (five: the sums are unrolled, this runs per mention)."""
    a = b = c = d = e = 0.0
    get = model.get
    for f in feats:
        row = get(f)
        if row is None:
            continue
        if isinstance(row, str):
            row = model[f] = tuple(float(v) for v in row.split())
        a += row[0]
        b += row[1]
        c += row[2]
        d += row[3]
        e += row[4]
    return [a, b, c, d, e]


def article_features(chunks: list[list[Unit]], content: str, gaz: Gazetteer) -> list[list[str]]:
    """The features of each chunk, with the article-level ones (how often, in lower case too)."""
    keys = [key_of(content[c[0].start : c[-1].end]) for c in chunks]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    out = []
    lowered: dict[str, bool] = {}
    upper: dict[int, bool] = {}
    for c, key in zip(chunks, keys, strict=True):
        text = content[c[0].start : c[-1].end]
        seen = lowered.get(text)
        if seen is None:
            low = text.lower()
            seen = low != text and low in content and _written_lower(low, content)
            lowered[text] = seen
        line_start = content.rfind("\n", 0, c[0].start) + 1
        caps = upper.get(line_start)
        if caps is None:
            line_end = content.find("\n", line_start)
            caps = upper[line_start] = _mostly_upper(
                content[line_start : line_end if line_end >= 0 else None]
            )
        out.append(features(c, content, gaz, caps, seen, counts[key]))
    return out


def _mostly_ordinary(chunk: list[Unit], gaz: Gazetteer) -> bool:
    """A sentence's first words, half of them or more dictionary words ("Higher Prices Loom")."""
    if not chunk[0].sent_start or len(chunk) < 2:
        return False
    caps = [u.text for u in chunk if u.cap]
    return 2 * sum(1 for w in caps if _ordinary(w, gaz)) >= len(caps)


def _written_lower(low: str, content: str) -> bool:
    """Whether the article writes the name in lower case as a word of its own ("the sky")."""
    return re.search(r"(?<![\w'’-])" + re.escape(low) + r"\b", content) is not None


def classify(chunks: list[list[Unit]], content: str, gaz: Gazetteer) -> dict[str, str]:
    """Name key -> type for the untyped chunks the model is sure enough of (summed per name)."""
    model = weights()
    if not model or not chunks:
        return {}
    summed: dict[str, list[float]] = {}
    plain: set[str] = set()  # names made of ordinary words (mostly, at a sentence's start)
    surface: dict[str, str] = {}
    for c, feats in zip(chunks, article_features(chunks, content, gaz), strict=True):
        if len(c) == 1 and c[0].text in COUNTERS and _COUNT_AFTER.match(content, c[0].end):
            continue  # "Season 4": a counter
        key = key_of(content[c[0].start : c[-1].end])
        surface.setdefault(key, content[c[0].start : c[-1].end])
        if "ordinary" in feats or _mostly_ordinary(c, gaz):
            plain.add(key)
        row = scores(feats, model)
        acc = summed.setdefault(key, [0.0] * len(CLASSES))
        for k, v in enumerate(row):
            acc[k] += v
    out: dict[str, str] = {}
    none = CLASSES.index("O")
    misc: list[str] = []
    for key, row in summed.items():
        best = max(range(len(CLASSES)), key=row.__getitem__)
        kind = KINDS.get(CLASSES[best])
        margin = ORDINARY_MARGIN if key in plain else MARGIN
        if kind is not None and row[best] - row[none] >= margin:
            out[key] = kind
            if CLASSES[best] == "MISC":
                misc.append(key)
    for key in misc:
        out[key] = misc_kind(surface[key], gaz)
    for key in misc:  # "Tutsi" beside "Tutsis": the people's singular
        if out.get(key + "S") == "NORP" and out[key] == "ORG":
            out[key] = "NORP"
    return out


def misc_kind(name: str, gaz: Gazetteer) -> str:
    """The type of a name the model calls MISC: ORG (a product or brand, the guideline's reading)
    unless it is one plain word shaped like a people's plural ("Tutsis", not a given name's
    plural: "Oscars") or the adjective of a known event ("Olympic")."""
    word = name.removesuffix("'s").removesuffix("’s")
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return "ORG"
    event = gaz.lookup(word + "s")
    if event is not None and event.type == "EVENT":
        return "EVENT"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word == name:
        single = word[:-1]
        if single not in gaz.given_names and not _ordinary(word, gaz) and single not in gaz.family_names:
            return "NORP"
    return "ORG"
