"""Boilerplate detection: which lines of a saved web article are site chrome.

Rules are general, never lists of particular articles' lines: known chrome
phrases (comment forms, share/follow widgets, advertising, newsletter promos,
video players, photo credits), line shape (short navigation labels, all-caps
menu items, language codes), position (before the headline, after the last
body paragraph) and repetition (teasers that repeat the lede, duplicated lines).
Every dropped line is reported with its reason.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from .lines import Line

_SOCIAL = (
    r"facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|email|e-mail|print|"
    r"copy link|share|tweet|instagram|youtube|tiktok|threads|bluesky|mastodon|flipboard|rss|"
    r"messenger|sms|link"
)

# (compiled pattern, reason). Patterns are matched against the whole trimmed line.
_PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^leave a (reply|comment)\b.{0,40}$", re.I), "comment form"),
    (re.compile(r"your email address will not be published", re.I), "comment form"),
    (re.compile(r"^required fields are marked", re.I), "comment form"),
    (
        re.compile(
            r"^(cancel reply|post comment|submit comment|add a comment|view comments|"
            r"show comments|\d+\s+comments?|comments?(\s*\(\d+\))?|join the (conversation|discussion)"
            r".{0,40}|you must be logged in to post a comment.*)$",
            re.I,
        ),
        "comment form",
    ),
    (re.compile(r"^(save my name, email|notify me of (new|follow-up))", re.I), "comment form"),
    (re.compile(r"^(follow|like|connect with|find|join) us( on)?\b.{0,60}$", re.I), "share/follow widget"),
    (
        re.compile(
            r"^(share|share this|share this (article|story|post)|share on|share via|"
            r"share article|sharing is caring)\b.{0,40}$",
            re.I,
        ),
        "share/follow widget",
    ),
    (re.compile(r"^((" + _SOCIAL + r")\s*[|/·•,:]?\s*)+$", re.I), "share/follow widget"),
    (
        re.compile(
            r"^(advertisement|advertising|ad|sponsored|sponsored content|paid content|"
            r"skip advertisement|continue reading( below)?|scroll to continue( with content)?|"
            r"article continues below|story continues below( the)? advertisement|"
            r"continue reading (the|this) (main )?(story|article)( below)?|promoted( stories)?)"
            r"[.:]?$",
            re.I,
        ),
        "advertisement",
    ),
    (
        re.compile(
            r"^(sign up|subscribe|get (our|the)\b.{0,40}newsletter|newsletter\b|"
            r"get the latest\b.{0,80}(inbox|email|newsletter))",
            re.I,
        ),
        "newsletter promo",
    ),
    (
        re.compile(r"\b(newsletter|in your inbox|inbox every|unsubscribe at any time)\b.{0,80}$", re.I),
        "newsletter promo",
    ),
    (
        re.compile(
            r"^(watch|watch now|video|play video|now playing|up next|replay|duration|"
            r"watch live|listen|listen live|listen to (this|the) (article|story)|"
            r"audio|podcast)\b\s*[:|\-–—]?\s*.{0,60}$",
            re.I,
        ),
        "video/audio player",
    ),
    (
        re.compile(
            r"(your browser does not support|this video (is|has)|video (is )?(unavailable|"
            r"not available)|to watch this video|enable javascript|media playback is)",
            re.I,
        ),
        "video/audio player",
    ),
    (re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$"), "video/audio player"),
    (
        re.compile(
            r"^(photo|photograph|image|picture|pic|illustration|video|file photo|caption|"
            r"credit|photo credit|image credit|source)\s*(:|by\b|credit\b|/)",
            re.I,
        ),
        "photo caption/credit",
    ),
    (
        re.compile(
            r"(\(|\[)\s*(photo|image|picture|file|credit|illustration)\b[^)\]]{0,80}(\)|\])\s*$", re.I
        ),
        "photo caption/credit",
    ),
    (
        re.compile(
            r"(getty images|shutterstock|ap photo|afp via getty|reuters/|/reuters|"
            r"associated press\)|\bepa-efe\b|/afp|bloomberg via getty|istock)\W*.{0,40}$",
            re.I,
        ),
        "photo caption/credit",
    ),
    (re.compile(r"^(image|media|video)\s+(source|caption)\s*[,:]", re.I), "photo caption/credit"),
    (
        re.compile(r"\b(photograph|photo|illustration|composite|image)\s*:\s*[^.]{2,80}$", re.I),
        "photo caption/credit",
    ),
    (re.compile(r"\bcontributed (reporting )?to this (report|story|article)\b", re.I), "byline"),
    (re.compile(r"^(our standards|editorial standards|trust principles)\b", re.I), "site chrome notice"),
    (re.compile(r"^(advertisement|advertising|ad|sponsored)\s*[·|:\-–—•]", re.I), "advertisement"),
    (
        re.compile(
            r"^(ad feedback|link copied!?|get the app|download the app|"
            r"open in app|view in app|gift this article|save (this )?(article|story))\W*",
            re.I,
        ),
        "site chrome",
    ),
    (
        re.compile(
            r"^(related|related articles?|related stories|read more|read also|also read|more:|"
            r"see also|recommended|recommended for you|most (read|popular|viewed)|trending|"
            r"you may also like|more from|more on this|latest news|top stories|editor'?s picks)"
            r"\b.{0,100}$",
            re.I,
        ),
        "related links",
    ),
    (re.compile(r"(all rights reserved|^©)", re.I), "copyright notice"),
    (re.compile(r"(^copyright\b|\bcopyright\s*©?\s*\d{4})", re.I), "copyright"),
    (
        re.compile(
            r"^(click here|tap here|log ?in|sign ?in|register|my account|menu|search|home|"
            r"close|open menu|skip to (main )?content|back to top|next article|previous article|"
            r"load more|show more|see more|more|top)\b.{0,30}$",
            re.I,
        ),
        "navigation",
    ),
    (
        re.compile(
            r"^(we use cookies|this (site|website) uses cookies|accept (all )?cookies|"
            r"cookie (policy|settings))",
            re.I,
        ),
        "cookie notice",
    ),
    (re.compile(r"^(tags?|topics?|filed under|categories|category|keywords)\s*:", re.I), "tags"),
    (
        re.compile(
            r"^(published|updated|posted|last updated|first published|modified)\b\s*:?\s*"
            r".{0,60}(\d{4}|ago|\d\s*(am|pm|a\.m\.|p\.m\.)|today|yesterday)\W*$",
            re.I,
        ),
        "dateline metadata",
    ),
    (re.compile(r"^\d+\s*(min|mins|minute|minutes)\s+read$", re.I), "reading time"),
    (re.compile(r"^(reporting|writing|editing|additional reporting)\s+by\b.{0,120}$", re.I), "byline"),
    (
        re.compile(
            r"^(?i:by|words by|written by|story by|author:?)\s+[A-Z][\w.'’-]+"
            r"(?:\s*(?:[A-Z][\w.'’-]+|and|&|,|de|van|von|da|der|bin|al|la|le))*"
            r"(\s*[,|]\s*.{0,60})?$"
        ),
        "byline",
    ),
    (re.compile(r"^(posted|published|updated|written)\b.{0,80}\bby\s+[A-Z]", re.I), "byline"),
]

# Rules for these reasons describe line *shapes* that prose can share ("Share prices fell.",
# "More than 100 people died."): they only apply to lines that are not full sentences.
_WEAK_REASONS = {
    "site chrome",
    "share/follow widget",
    "newsletter promo",
    "video/audio player",
    "related links",
    "navigation",
    "dateline metadata",
    "tags",
    "cookie notice",
    "byline",
    "copyright",
}

# Unanchored rules are slow to search for on long prose lines; each is tried only when
# one of its key words occurs in the lower-cased line.
_KEYWORDS = {
    "newsletter": ("newsletter", "inbox", "unsubscribe"),
    "browser does not": ("browser", "video", "javascript", "playback"),
    "getty images": (
        "getty",
        "shutterstock",
        "ap photo",
        "reuters",
        "associated press",
        "epa",
        "afp",
        "istock",
    ),
    "(photograph|photo|illustration": ("photo", "illustration", "composite", "image"),
    "(\\(|\\[)": ("photo", "image", "picture", "file", "credit", "illustration"),
    "contributed": ("contributed",),
    "all rights reserved": ("rights reserved", "©"),
    "^copyright": ("copyright",),
    "your email address": ("email address",),
}
_NEEDLES = {
    p: next((v for k, v in _KEYWORDS.items() if k in p.pattern), None)
    for p, _ in _PHRASES
    if not p.pattern.startswith("^")
}

_TEASER_LABEL = re.compile(
    r"^(excerpt|teaser|summary|synopsis|abstract|standfirst|tl;?dr|in brief|at a glance|key points|"
    r"highlights|story highlights)\s*[:\-–—]\s*",
    re.I,
)
_LANG_CODES = {
    "en",
    "fr",
    "es",
    "de",
    "it",
    "pt",
    "nl",
    "ru",
    "zh",
    "ja",
    "ko",
    "ar",
    "hi",
    "tr",
    "pl",
    "sv",
    "english",
    "français",
    "francais",
    "español",
    "deutsch",
    "italiano",
    "português",
    "中文",
    "日本語",
    "한국어",
    "русский",
    "العربية",
}
_BULLETS = "•·▪►▶●○◦-–—*|>»"
_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]"

SMALL_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "nor",
    "but",
    "of",
    "in",
    "on",
    "to",
    "for",
    "with",
    "at",
    "by",
    "from",
    "as",
    "amid",
    "amidst",
    "into",
    "onto",
    "vs",
    "vs.",
    "via",
    "over",
    "per",
    "than",
    "up",
    "off",
    "out",
    "is",
    "be",
    "are",
    "its",
    "it",
    "after",
    "before",
    "about",
    "under",
    "upon",
    "&",
    "–",
    "—",
    "-",
    "|",
    ":",
}


def normalise(text: str) -> str:
    """Case-, quote- and space-insensitive form of a line, for repetition checks."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def ends_sentence(text: str) -> bool:
    """True when the line ends with sentence-final punctuation (before closing quotes)."""
    stripped = text.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _TERMINAL


def is_title_case(text: str) -> bool:
    """Headline capitalisation: nearly every significant word starts with a capital or digit."""
    words = [w.strip("\"'“”‘’()[],:;!?") for w in text.split()]
    words = [w for w in words if w and any(c.isalpha() or c.isdigit() for c in w)]
    significant = [w for w in words if w.lower() not in SMALL_WORDS]
    if not significant:
        return False
    caps = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    return caps / len(significant) >= 0.75 and (words[0][0].isupper() or words[0][0].isdigit())


def is_name_shaped(text: str) -> bool:
    """A person's name alone on a line (a byline): 2-4 capitalised words, nothing else."""
    text = re.sub(r"^(by|words by|written by)\s+", "", text.strip(), flags=re.I)
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    return all(
        re.fullmatch(r"[A-Z][\w'’.-]*", w) or w.lower() in {"de", "van", "von", "da", "bin", "al"}
        for w in words
    ) and not ends_sentence(text)


def chrome_reason(text: str) -> str | None:
    """The reason a line is site chrome by its phrasing alone, else None."""
    sentence_like = ends_sentence(text) and len(text.split()) > 4
    low = text.lower()
    for pattern, reason in _PHRASES:
        if sentence_like and reason in _WEAK_REASONS:
            continue
        needles = _NEEDLES.get(pattern)
        if needles is not None and not any(n in low for n in needles):
            continue
        if pattern.search(text):
            return reason
    if _TEASER_LABEL.match(text):
        return "teaser label"
    return None


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
    if len(core) <= 2:
        return True
    if (
        len(words) <= 4
        and core.upper() == core
        and any(c.isalpha() for c in core)
        and not ends_sentence(core)
    ):
        return True  # "ON NOW", "WORLD NEWS", "LIVE"
    if text[:1] in _BULLETS and len(words) <= 6 and not ends_sentence(core):
        return True  # "• Politics"
    if re.fullmatch(r"([\w'’.-]+\s*[|/·•]\s*){2,}[\w'’.-]+", core):
        return True  # "Home | World | Politics"
    return False


_DATE_WORDS = {
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "est",
    "edt",
    "cst",
    "cdt",
    "pst",
    "pdt",
    "et",
    "pt",
    "ist",
    "jst",
    "aest",
    "updated",
    "published",
    "posted",
    "at",
    "on",
    "ago",
    "hours",
    "hour",
    "minutes",
    "min",
    "mins",
    "days",
    "day",
    "today",
    "yesterday",
    "last",
    "modified",
}


def is_timestamp(text: str) -> bool:
    """A line that is only a date and/or time ("Mon 12 Oct 2025 16.05 BST", "3 hours ago")."""
    if len(text) > 60:
        return False
    tokens = [t for t in re.split(r"[\s,|/·•:()+\-–—]+", text.lower()) if t]
    if not tokens or len(tokens) > 10:
        return False
    has_date = False
    for t in tokens:
        t = t.rstrip(".")
        if re.fullmatch(r"\d{1,4}(\.\d{2})?(st|nd|rd|th|am|pm|h)?", t):
            has_date = True
        elif t in _DATE_WORDS:
            has_date = has_date or t not in {"at", "on", "updated", "published", "posted", "last", "modified"}
        else:
            return False
    return has_date


def find_chrome(lines: list[Line]) -> dict[int, str]:
    """Map index in ``lines`` -> reason, for every line that is site chrome."""
    dropped: dict[int, str] = {}
    n = len(lines)
    norms = [normalise(line.text) for line in lines]

    for i, line in enumerate(lines):
        reason = chrome_reason(line.text)
        if reason:
            dropped[i] = reason
        elif not any(c.isalnum() for c in line.text):
            dropped[i] = "separator"
        elif is_timestamp(line.text):
            dropped[i] = "dateline metadata"

    # repetition: a line identical to another one (keep the later copy), or a line
    # that stops mid-sentence and is the beginning of a later line (a truncated teaser)
    seen: dict[str, int] = {}
    for i in range(n - 1, -1, -1):
        key = norms[i]
        if i in dropped:
            continue
        if key in seen and len(key) > 20:
            dropped[i] = "repeats another line"
        seen.setdefault(key, i)
    ordered = sorted((norms[k], k) for k in range(n))
    keys = [o[0] for o in ordered]
    for i, line in enumerate(lines):
        if i in dropped or ends_sentence(line.text) or len(line.words) < 5:
            continue
        # every line starting with this one sits right after it in sorted order
        pos = bisect_left(keys, norms[i])
        while pos < n and keys[pos].startswith(norms[i]):
            j = ordered[pos][1]
            if j > i and j not in dropped and len(keys[pos]) > len(norms[i]):
                dropped[i] = "truncated teaser repeating a later line"
                break
            pos += 1
    # a teaser whose text is a prefix/copy of the opening of the body ("EXCERPT" without label)
    for i in range(n):
        if i in dropped:
            continue
        for j in range(i + 1, min(n, i + 8)):
            if j in dropped:
                continue
            a, b = norms[i], norms[j]
            if len(a) > 40 and len(b) > len(a) and b.startswith(a.rstrip(".…")):
                dropped[i] = "teaser repeating the lede"
                break

    # position: navigation before the first real line, chrome after the last body paragraph
    def is_body(k: int) -> bool:
        return k not in dropped and ends_sentence(lines[k].text) and len(lines[k].words) >= 8

    first_body = next((k for k in range(n) if is_body(k)), n)
    last_body = next((k for k in range(n - 1, -1, -1) if is_body(k)), -1)
    for i, line in enumerate(lines):
        if i in dropped:
            continue
        if is_nav_shaped(line.text):
            if i < first_body or i > last_body or len(line.words) <= 1:
                dropped[i] = "navigation"
                continue
        if i < first_body and len(line.words) == 1 and not line.text[:1].isdigit():
            dropped[i] = "navigation"
        elif i > last_body and last_body >= 0:
            if is_name_shaped(line.text):
                dropped[i] = "byline"
            elif not ends_sentence(line.text) and len(line.words) <= 8:
                dropped[i] = "footer"
    return dropped
