"""The shape of one line: words (also in scripts without spaces), sentence ends, capitals,
digits and separators, and the shapes built on them (names, timestamps, menus, table rows,
datelines)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TERMINAL = ".!?…。！？"
_CLOSERS = "\"'”’»)]」』）"
_BULLETS = "•·▪►▶●○◦-–—*|>»›"
_WORD = re.compile(r"\w+")
# Chinese characters and Japanese kana: words are not separated by spaces
_NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

SMALL_WORDS = frozenset(
    "a an the and or nor but of in on to for with at by from as amid amidst into onto vs vs. via over "
    "per than up off out is be are its it after before about under upon & – — - | :".split()
)
_LANG_CODES = frozenset(
    "en fr es de it pt nl ru zh ja ko ar hi tr pl sv english français francais español deutsch "
    "italiano português 中文 日本語 한국어 русский العربية".split()
)


@lru_cache(maxsize=16384)  # the repetition and title checks ask it of the same lines
def normalise(text: str) -> str:
    """Case-, quote- and space-insensitive form of a line, for repetition checks."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


# a token holding a letter or digit (``[^\W_]`` is what ``str.isalnum`` accepts)
_WORD_TOKEN = re.compile(r"\S*[^\W_]\S*")


@lru_cache(maxsize=16384)  # the rules ask it of the same lines again and again
def word_count(text: str) -> int:
    """Words of a line; in Chinese or Japanese, where no spaces separate them, two characters
    count as one word (about their average length). The rules ask this of each line many
    times: text without those scripts takes one regular expression (the indexer's hot spot)."""
    if not _NO_SPACE_SCRIPT.search(text):
        return len(_WORD_TOKEN.findall(text))
    count = 0
    for token in text.split():
        dense = len(_NO_SPACE_SCRIPT.findall(token))
        if dense:
            count += max(1, (dense + 1) // 2) + (1 if dense < len(token) - 1 else 0)
        elif any(c.isalnum() for c in token):
            count += 1
    return count


# an agency's or writer's sign-off after a paragraph's last sentence: "... deport him. — PTI",
# "... on Friday. (AP)", "... the minister said. - Reuters"
_SIGN_OFF = re.compile(
    r"[a-z0-9%][.!?…][\"'”’]*\s*([—–-]+\s*[A-Z][\w&.]*(\s[A-Z][\w&.]*)?|\([A-Z][A-Za-z&]{1,12}\))$"
)


def ends_sentence(text: str) -> bool:
    """True when the line ends with sentence-final punctuation (before closing quotes), or with
    a sign-off after it."""
    stripped = text.rstrip(_CLOSERS + " ")
    if not stripped:
        return False
    if stripped[-1] in _TERMINAL:
        return True
    tail = text.rstrip()[-30:]
    return any(c in tail for c in ".!?…") and bool(_SIGN_OFF.search(tail))


def is_title_case(text: str) -> bool:
    """Headline capitalisation: nearly every significant word starts with a capital or digit."""
    words = [w.strip("\"'“”‘’()[],:;!?") for w in text.split()]
    words = [w for w in words if w and any(c.isalpha() or c.isdigit() for c in w)]
    significant = [w for w in words if w.lower() not in SMALL_WORDS]
    if not significant:
        return False
    caps = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    return caps / len(significant) >= 0.75 and (words[0][0].isupper() or words[0][0].isdigit())


def starts_lower(text: str) -> bool:
    """A line that begins in lower case: the rest of a sentence, not a label."""
    first = text.lstrip("\"'“‘([¿¡ ")[:1]
    return first.isalpha() and first.islower() and not text.startswith(("http", "www.", "@", "#"))


def has_punctuation(text: str) -> bool:
    """Commas or full stops inside the line: prose, not a list of words (a tag cloud, a menu)."""
    return any(c in text for c in ".,;:!?。、，；") and word_count(text) >= 2


def is_sentence(text: str) -> bool:
    """A line shaped like prose: three words or more ending with sentence punctuation, or long
    with punctuation inside."""
    n = word_count(text)
    return (n >= 3 and ends_sentence(text)) or (n >= 25 and has_punctuation(text))


_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_NAME_PARTICLES = {"de", "van", "von", "da", "bin", "al", "der", "la", "le", "du", "dos", "del"}


def is_name_shaped(text: str) -> bool:
    """A person's name alone on a line (a byline): 2-4 capitalised words, nothing else."""
    text = re.sub(r"^(by|words by|written by)\s+", "", text.strip(), flags=re.I)
    words = text.split()
    if not 2 <= len(words) <= 4 or ends_sentence(text):
        return False
    return all(_NAME_WORD.fullmatch(w) or w.lower() in _NAME_PARTICLES for w in words)


def headline_shaped(text: str, max_words: int = 30) -> bool:
    """A line that can be a headline: not too long, no sentence end (unless title case ? or !)."""
    n = word_count(text)
    if not n or n > max_words:
        return False
    if text.rstrip("\"'”’ ").endswith(("?", "!", "？", "！")):
        return is_title_case(text) or bool(_NO_SPACE_SCRIPT.search(text))
    return not ends_sentence(text)


def is_nav_shaped(text: str) -> bool:
    """Menu items, language switchers and one-word labels."""
    if len(text) > 120:
        return False
    core = text.strip(_BULLETS + " \u00a0")
    words = core.split()
    if not core:
        return True
    if len(words) <= 3 and all(w.lower().strip("|/,") in _LANG_CODES for w in words):
        return True
    if len(core) <= 2 and not _NO_SPACE_SCRIPT.search(core):
        return True
    if (
        len(words) <= 4
        and core.upper() == core
        and any(c.isupper() for c in core)
        and not ends_sentence(core)
    ):
        return True  # "ON NOW", "WORLD NEWS", "LIVE"
    if text[:1] in _BULLETS and len(words) <= 6 and not ends_sentence(core):
        return True  # "• Politics"
    return bool(re.fullmatch(r"([\w'’.&-]+\s*[|/·•]\s*){2,}[\w'’.&-]+", core))  # "Home | World | Politics"


DATE_WORDS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
    "oct october nov november dec december mon monday tue tues tuesday wed wednesday thu thur thurs "
    "thursday fri friday sat saturday sun sunday am pm a.m p.m gmt utc bst cet cest est edt cst cdt "
    "pst pdt et pt ist jst aest updated published posted at on ago hours hour minutes min mins days day "
    "today yesterday last modified".split()
)
DATE_GLUE = frozenset("at on updated published posted last modified".split())


def is_timestamp(text: str) -> bool:
    """A line that is only a date and/or time ("Mon 12 Oct 2025 16.05 BST", "3 hours ago")."""
    if len(text) > 60 or re.search(r"\d,\d{3}\b", text):
        return False  # "45,000": a figure, not a date
    tokens = [t for t in re.split(r"[\s,|/·•:()+\-–—]+", text.lower()) if t]
    if not tokens or len(tokens) > 10:
        return False
    has_date = False
    numbers = 0
    for t in tokens:
        t = t.rstrip(".")
        if re.fullmatch(r"(19|20)\d\d|\d{1,2}\.\d{2}|\d{1,2}(st|nd|rd|th|am|pm|h)", t):
            has_date = True
        elif re.fullmatch(r"\d{1,4}", t):
            if len(t) == 3 or (len(t) == 2 and int(t) > 59):
                return False  # no day, hour, minute or year has three figures or exceeds 59
            numbers += 1
        elif t in DATE_WORDS:
            has_date = has_date or t not in DATE_GLUE
        else:
            return False
    # bare numbers are a date only beside a month, a year or a time ("12 Oct", "16:05")
    return has_date or (numbers >= 2 and ":" in text)


_NUMBER = re.compile(r"[-+]?[$€£¥]?\d[\d.,:/%'-]*\w{0,3}$")
_RANK = re.compile(r"^\(?\d{1,3}[.)]\s+\S")
_FIXTURE = re.compile(r"\S\s+(v|vs\.?|at|-)\s+\S")


@lru_cache(maxsize=16384)  # asked of each line by the judge and again for the protected ones
def is_data_row(text: str) -> bool:
    """A row of a table or a ranked list: names with several numbers ("Club 17 9 3 5 30 20 30",
    "3. Name (Country) 1:48.91", "Bolton 2 Birmingham 0"), or columns set apart by tabs."""
    tokens = _WORD_TOKEN.findall(text)  # the words holding a letter or digit
    if not tokens or len(tokens) > 60:
        return False
    numbers = sum(1 for t in tokens if _NUMBER.match(t.strip("()[],;")))
    if numbers >= 2 and numbers * 5 >= len(tokens):
        return True
    if "\t" in text or re.search(r"\S {3,}\S", text):
        return numbers >= 1
    if _RANK.match(text) and numbers >= 1 and not ends_sentence(text):
        return True
    return bool(numbers >= 1 and _FIXTURE.search(text) and len(tokens) <= 12 and not ends_sentence(text))


# "LONDON 1996-08-30", "ARLINGTON, Texas 1996-08-29", "OTTAWA, Jan 12 (Reuters) -", "PARIS (AFP) —"
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,40}(,\s*[A-Z][\w.' -]{1,30})?"
    r"(\s+\d{4}-\d{2}-\d{2}|\s*,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(,\s*\d{4})?\s*(\([\w .&-]+\))?\s*[-–—]*"
    r"|\s*\([\w .&-]+\)\s*[-–—]+)\s*$"
)


def is_dateline(text: str) -> bool:
    """A wire dateline on its own line: a place in capitals, then a date and/or an agency."""
    return bool(_DATELINE.match(text.strip())) and len(text) <= 80
