"""Chrome recognised from a line's make-up rather than a phrase: photo captions that end in a
credit, lines of toolbar words, breadcrumbs of sections and dates."""

from __future__ import annotations

import re

from .shape import ends_sentence, is_timestamp, is_title_case, word_count

# the end of a caption: a credit in parentheses or brackets, "(Jane Doe/Reuters)",
# "[Photo: Xinhua]", "(AP Photo/Andy Wong)", "(Getty Images)", "(File photo)"
_CREDIT_SLASH = re.compile(
    r"[(\[]\s*[A-Z][\w.'’&-]*(\s+[\w.'’&-]+){0,5}\s*/\s*[A-Z][\w.'’& -]{1,40}[)\]]\s*$"
)
_CREDIT_WORDS = re.compile(
    r"[(\[]\s*([^()\[\]]{0,50}\b)?(photo|photograph|image|picture|file|credit|courtesy|handout|"
    r"supplied|getty|reuters|afp|ap|epa|xinhua|pool|press|shutterstock|istock|bloomberg|afp/getty|"
    r"via)\b[^()\[\]]{0,50}[)\]]\s*$",
    re.I,
)


_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’]?\s+(?=[A-Z\"'“‘(\[])")


def sentences(text: str) -> int:
    """How many sentences a line holds, by its sentence ends before a capital."""
    return len(_SENTENCE_END.findall(text)) + 1


def credit_caption(text: str) -> bool:
    """A photo caption: a line ending in a credit in parentheses or square brackets. A
    paragraph of three sentences or more that ends in a bracketed reference ("... [M1 / MP]")
    is prose citing its sources, not a caption."""
    if word_count(text) > 70:
        return False
    found = _CREDIT_SLASH.search(text) or _CREDIT_WORDS.search(text)
    if not found or any(c.isdigit() for c in found.group(0)):
        return False  # "[MP3 / M2 SP]": a reference, not a photographer or an agency
    return len(_SENTENCE_END.findall(text[: found.start()])) < 2


_TOOLBAR = sorted(
    (
        "print this page print article print share this article share this story share article share "
        "email e-mail mail text size font size aa a+ a- a save bookmark listen comments comment "
        "copy link copy url gift article gift tweet facebook twitter linkedin whatsapp reddit pinterest "
        "telegram messenger flipboard follow subscribe reprints order reprints reading mode dark mode "
        "translate feedback download pdf x more close link permalink embed digg del.icio.us delicious "
        "newsvine stumbleupon technorati mixx myspace fark slashdot"
    ).split(" "),
    key=len,
    reverse=True,
)
_TOOLBAR_PHRASES = [
    "print this page",
    "print article",
    "share this article",
    "share this story",
    "share article",
    "text size",
    "font size",
    "copy link",
    "copy url",
    "gift article",
    "order reprints",
    "reading mode",
    "dark mode",
    "back to top",
    "return to top",
    "printer friendly",
    "printer-friendly",
    "email to a friend",
    "e-mail to a friend",
    "send to a friend",
]


def is_toolbar(text: str) -> bool:
    """A line of toolbar words only: "Share Print Email", "A A A Text size", "Print | Share"."""
    low = text.lower()
    if len(low) > 80:
        return False
    phrases = [phrase for phrase in _TOOLBAR_PHRASES if phrase in low]
    for phrase in phrases:
        low = low.replace(phrase, " ")
    words = [w for w in re.split(r"[\s|/·•,:]+", low) if w]
    return bool(words or phrases) and all(w in _TOOLBAR for w in words)


_BREADCRUMB_SPLIT = re.compile(r"\s+[|·•]\s+|\s*[>›»]\s*")


def is_breadcrumb(text: str) -> bool:
    """Sections and dates joined by "|" or ">": "World > Asia", "Politics | 13 Jan 2026"."""
    if len(text) > 120 or ends_sentence(text):
        return False
    parts = [p.strip() for p in _BREADCRUMB_SPLIT.split(text) if p.strip()]
    if len(parts) < 2 or any(word_count(p) > 5 for p in parts):
        return False
    dated = [is_timestamp(p) for p in parts]
    if any(any(c.isdigit() for c in p) and not d for p, d in zip(parts, dated, strict=True)):
        return False  # figures, not sections: a table row
    return any(dated) or len(parts) >= 3 or all(word_count(p) <= 3 for p in parts)


# a photo credit alone on its line: agencies and the words around them
_AGENCY = frozenset(
    "getty images image reuters ap afp epa rex features shutterstock pa wire corbis alamy xinhua "
    "bloomberg photo photos file handout istock istockphoto efe ansa dpa tass sipa press associated via "
    "pool wireimage filmmagic nurphoto anadolu agency eyevine zuma imago picture alliance "
    "dreamstime unsplash pexels courtesy".split()
)
_CREDIT_NAME = r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
_CREDIT_PAIR = re.compile(rf"^({_CREDIT_NAME})\s*/\s*({_CREDIT_NAME})$")


def is_credit_line(text: str) -> bool:
    """A photo credit on a line of its own: "Getty Images", "REUTERS", "AFP via Getty Images",
    "Splash News/Corbis", "Vincenzo Floramo / Greenpeace", "Buy Photo"."""
    core = text.strip(" ()[]")
    if not core or len(core) > 60 or ends_sentence(core):
        return False
    words = [w.strip(".,:;").lower() for w in re.split(r"[\s/|]+", core) if w.strip(".,:;")]
    if (
        words
        and all(w in _AGENCY for w in words)
        and any(w not in ("photo", "photos", "file", "image") for w in words)
    ):
        return True
    if core.lower() in ("buy photo", "buy this photo", "photo credit", "image credit"):
        return True
    pair = _CREDIT_PAIR.match(core)
    if not pair:
        return False
    sides = [pair.group(1), pair.group(2)]
    if any(w.lower() in _AGENCY for side in sides for w in side.split()):
        return True
    # two names in headline capitals, not shouting ("MIDEAST GULF / RED SEA" is a heading)
    return all(side.upper() != side for side in sides)


def is_number_run(text: str) -> bool:
    """A calendar's week or a pager: three or more whole numbers counting up by one and
    nothing else ("1 2 3 4 5", "13 14 15 16 17 18 19")."""
    words = text.split()
    if len(words) < 3 or not all(w.isdigit() and len(w) <= 3 for w in words):
        return False
    numbers = [int(w) for w in words]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def is_doubled(text: str) -> bool:
    """A teaser card's headline printed twice or more on one line (an image's alt text, the
    link, the heading): the line opens with a headline of three or more words, capitalised as
    one and ending no sentence, that follows again at once ("Curb Impulse Buys Curb Impulse
    Buys ..."). A paragraph a page prints twice, or a table's header over two columns
    ("Sales Profit Sales Profit" is two words), is not one."""
    words = text.split()
    folded = [w.casefold() for w in words]
    for k in range(3, min(len(words) // 2, 30) + 1):
        if folded[:k] == folded[k : 2 * k]:
            head = " ".join(words[:k])
            return not _SENTENCE_END.search(head + " X") and is_title_case(head)
    return False
