"""The site's lines that a copy of the story with a little around it keeps: the byline and date
block under the headline, the photo credits and share counters set in the story, and the
promos, contact lines and author boxes printed right after it.

"By Jane Doe - Staff Writer", "By Jane Doe on Monday, May 4th, 2026 at 9:04 a.m." and "May 4,
2026 Jane Doe" are a byline; "13.05.2026, 23:06" a date; "Jane Doe, Associated Press", "... via
AP", "Submitted photo", "Courtesy of Jane Doe", "Image copyright Reuters" a photo's credit;
"258 Shares", "Copied!", "View all (23)" a share bar's or a gallery's buttons; "Subscribe to
...", "Like this story?", "... click here" a promo; "Write to Jane at jane@example.com" and
"Follow her on Twitter" the author's contact ("About Jane Doe" heads her box; the bio's
sentences stay: a page may print them as the story's last paragraph); "On example.com: ...",
"SEE MORE: ...", "[Related: ...]" a link to another story. Each is a shape of the site's
wording, never a particular site's line.
"""

from __future__ import annotations

import re

from ..folded import lowered
from . import needles
from .shape import ends_sentence, word_count
from .widgets import sentences

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|der|bin|al|la|le|and|&)){0,5}"
_MONTH = (
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)[a-z]*\.?|januar|februar|märz|mai|juni|juli|"
    r"oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
# a full date: "May 4, 2026", "4 May 2026", "4. Mai 2026", "2026-05-04", "04/05/2026", "4.5.2026"
_FULL_DATE = re.compile(
    rf"\b(({_MONTH})\s+\d{{1,2}}(st|nd|rd|th)?,?\s+(19|20)\d\d|\d{{1,2}}(st|nd|rd|th)?\.?\s+({_MONTH}),?\s+"
    r"(19|20)\d\d|(19|20)\d\d-\d\d-\d\d(T[\d:]+Z?)?|\d{1,2}[/.]\d{1,2}[/.](19|20)?\d\d|"
    r"\d{1,2} de \w+ de (19|20)\d\d)(?!\w)",
    re.I,
)
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(\s*[a-z]{2,4}t\b|\s*gmt|\s*utc)?", re.I
)
_DATE_GLUE = re.compile(
    r"\b(on|at|by|am|um|le|el|de|posted|published|updated|publiziert|publicado|von|por|par|mon|tue|wed|thu|"
    r"fri|sat|sun)[a-z]*\b\.?|[,|/·•:()\[\]–—-]+",
    re.I,
)
_LABEL = re.compile(r"([^\W\d_]+)\s*:")  # "Posted:", "Delivery Date:"
_GLUE_LABELS = frozenset("by posted published updated on text von por par de".split())
_BY_DASH = re.compile(
    rf"^(?i:by|von|por|par):?\s+{_NAME}(\s*[-–—|·•]\s*.{{0,60}}|\s+(?i:on|am|le|el)\s+.{{0,60}}(19|20)\d\d.{{0,20}})$"
)
# "by" in other languages, before a name alone: "Von Jana Berg", "Por Ana Lima", "Door Eva de Vries"
_BY_OTHER = re.compile(rf"^(?i:von|por|par|di|door|av|af)\s+{_NAME}$")
_BY_COLON = re.compile(rf"^(?i:by|article from|story from|source):\s*{_NAME}$")
_NAME_WORDS = re.compile(rf"^{_NAME}$")
# the story's credits: "Researched by: Jane Doe", "Edited by Jane Doe", "Subjects: Crime, Courts"
_BY_ROLE = re.compile(
    rf"^((researched|edited|reported|compiled|produced|photographed|illustrated|fact-checked|translated)"
    rf" by:?\s+{_NAME}(,\s*{_NAME})*|subjects?:\s.{{2,80}})$",
    re.I,
)

_AGENCIES = (
    r"ap|associated press|reuters|afp|getty images|getty|epa|epa-efe|pa|pa wire|usa today( network)?|"
    r"ap photo|afp photo|reuters photo|bloomberg|xinhua|ansa|dpa|efe|anadolu agency|shutterstock|"
    r"the new york times|the washington post|staff|staff photo|file|file photo|handout|pool|nasa"
)
_CREDIT_RULES = [
    re.compile(rf"^{_NAME},\s*(?i:{_AGENCIES})$"),
    re.compile(rf"^.{{0,80}}\bvia (?i:{_AGENCIES})$"),
    re.compile(r"^.{0,60}\b(submitted|staff|file|contributed|courtesy) (photo|image|picture)s?$", re.I),
    re.compile(r"^(photo |image |picture )?courtesy( of)?\s+.{2,60}$", re.I),
    re.compile(r"^(image|photo|picture)\s+(copyright|credit)\s*\S.{0,60}$", re.I),
    re.compile(r"^media caption\S.{0,200}$", re.I),
    re.compile(r"\bcredit(\.\.\.|…|\s*:)\s*\S[^.]{0,60}$", re.I),
    re.compile(r"^(photo( illustration)?|illustration|image|photograph|graphic)s? by\b.{0,100}$", re.I),
]

_BUTTON = re.compile(
    r"^(shares?|pocket|copied!?|(x )?share via|"
    r"tweet( on twitter)?|share on (facebook|twitter|linkedin|whatsapp|reddit|pinterest|email)|"
    r"(addthis )?sharing buttons|"
    r"what is this\?|what('s| is) (a )?trackback\?|"
    r"(story|article|page) tools|give (us )?feedback|(view|see) larger image|"
    r"skip to next paragraph|article continues( below)?|scroll down to (read|continue)( more)?:?)$",
    re.I,
)
# a share bar's or a comment link's count, whose figure would make it a table row
_COUNT = re.compile(
    r"^(\d[\d,.]*[km]?\s+(shares?|views?|reads|likes?)|view all\s*\(\d+\)|new, \d+ comments?|"
    r"\(\d+\) comments?)$",
    re.I,
)
_COUNTER = re.compile(r"^(image|photo|picture|slide) \d+ of( /)?( \d+)?$", re.I)  # "Image 1 of / 4"
_GLUED_SHARE = re.compile(r"(share (to|on|via) [A-Z]\w*\s*){2,}", re.I)

_PROMO = re.compile(
    r"(^|[.?!][\"'”’]?\s+)(subscribe to\b|join (our|the) \w+( \w+)? (forums?|community|newsletter|club)\b|"
    r"sign up (for|to|now)\b|"
    r"get (breaking|the latest|access to|unlimited|full access|our)\b|download (our|the) (free )?app\b|"
    r"support (our|independent|local) (journalism|reporting)\b|become a (member|subscriber)\b|"
    r"want more (stories|news|articles)\b.*\?$|tell us what you think\b|"
    r"(if you )?(liked?|enjoy(ed)?|love[ds]?) (this|the) (article|story|post|piece)(\?|,))",
    re.I,
)
_CLICK_HERE = re.compile(r"\bclick(ing)? here\b", re.I)
_SEND_US = re.compile(
    r"\b(send|email|e-mail) (us )?(your )?(photos|videos|tip-offs|tips|feedback|comments|views)\b", re.I
)
# starts only where a run of the address's characters starts: "\b" would try every dot of a long
# "a.b.c..." line, each scanning to the line's end (quadratic)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
_CONTACT = re.compile(
    r"^(write to|e-?mail|contact|reach|have a (news )?tip|tips?|send)\b|\b(can|may) be reached\b|"
    r"\b(follow|email|e-mail) (him|her|me|them)\b",
    re.I,
)
_FOLLOW = re.compile(
    r"\bfollow\b.{0,60}\bon (twitter|facebook|instagram|linkedin|threads|bluesky|youtube|x)\b", re.I
)
_ABOUT = re.compile(rf"^(?i:about|über|sobre|à propos de|more about)\s+{_NAME}$")
_LINK = re.compile(
    r"^(also on|more on|on|read more on|more at) [\w-]+(\.[\w-]+)*\.(com|net|org|co\.uk|ca|au|in)\b"
    r"\s*:?\s*\S|^(see more|read more|read also|also read|see also|also see|also|more|related|mehr|watch|"
    r"listen|lesen sie auch|leia também|leia mais|lire aussi)\s*:\s*\S|"
    r"^\[(related|read more|see also|also read)\b.*\]$|"
    r"^explore further$",
    re.I,
)

# (pattern, reason, most words): the site's lines about itself, its pages and its links
_SITE_RULES: list[tuple[re.Pattern[str], str, int]] = [
    # "Copyright © 2026 Valley Media Inc.", "(c) Copyright valleytimes.example 2026 Contact Us"
    (
        re.compile(
            r"^\W{0,3}(\(c\)\s*)?(copyright\s*)?(©\s*)((19|20)\d\d)|^\W{0,3}(\(c\)\s*)?copyright\s*(©\s*)?"
            r"(\S+\s+)?(19|20)\d\d\b",
            re.I,
        ),
        "copyright notice",
        25,
    ),
    # a notice about the story's rights, not one about what the story says
    (
        re.compile(r"^disclaimer\s*:.{0,200}\b(copyrighted|reproduced|republished)\b", re.I),
        "site legal notice",
        80,
    ),
    (re.compile(r"^.{0,60}[©]\s*(?i:" + _AGENCIES + r")$"), "photo caption/credit", 12),
    (
        re.compile(
            r"^((send|write) (us )?a letter to the editor|we welcome your (feedback|comments|views)|"
            r"don'?t forget to (check out|visit|sign up|subscribe)|use an rss (reader|feed))\b|"
            r"\bsign up (now|today|here)\b|\bsubscribe\b.{0,60}!$|\bsocial bookmarking\b",
            re.I,
        ),
        "site promo",
        40,
    ),
    (re.compile(r"^(click|tap) (for|to|on)\b.{0,80}(?<![.\"'”’])$", re.I), "site promo", 14),
    # a button with its help link: "Share this article What is this?", "Post your comment What's this?"
    (re.compile(r"^.{0,40}\bwhat('?s| is) this\?$|^permalink\b.{0,30}$", re.I), "share/follow widget", 8),
    (re.compile(r"^(publish(ed)?|updated|posted|release) date:?$", re.I), "dateline metadata", 3),
    (re.compile(r"^(author|autor|auteur|written by)s?\s*:$", re.I), "byline", 2),
    (
        re.compile(
            r"\bsubject to copyright\b|^an error (has )?occurred\b|\bprotected by recaptcha\b|"
            r"^thanks for watching!?$",
            re.I,
        ),
        "site chrome",
        40,
    ),
    # a sign-up box's consent and the comment section's rules, in the site's own voice
    (
        re.compile(
            r"^i agree (that|to)\b.{0,80}\b(send|e-?mail|newsletter|terms)\b|\bopt-in box\b|"
            r"^(ich willige (darin |hiermit )?ein|ich bin (damit )?einverstanden|j'accepte|acepto)\b.{0,120}"
            r"\b(e-?mails?|newsletter|informationen|zusenden|zuschicken|recevoir|enviar|datenschutz\w*)\b|"
            r"\bdouble[ -]opt-in\b|"
            r"\b(verarbeitung meiner (personenbezogenen )?daten|processing of my (personal )?data)\b|"
            r"\bwe(('d| would) (like|love)| want| love) to hear (from you|what you think|your)\b",
            re.I,
        ),
        "site promo",
        40,
    ),
    (
        re.compile(
            r"\b(other commenters|comment(ing)? (policy|guidelines)|moderat\w* (all )?comments)\b|"
            r"^(lascia un commento|deixe (um|seu) comentário|deja (un|tu) comentario|laisser un commentaire|"
            r"kommentar (schreiben|hinterlassen))\W*$",
            re.I,
        ),
        "comment form",
        50,
    ),
    # the shop's notice: "If you buy something through this post, we may get a share of the sale."
    (
        re.compile(
            r"\bwe may (receive|get|earn) (a|an)( small)? (commission|share of the sale)\b|"
            r"\bif you (buy|purchase) (something|a product)\b.{0,60}\b(commission|share of the sale)\b",
            re.I,
        ),
        "affiliate notice",
        60,
    ),
    (
        re.compile(r"^(key points|highlights|story highlights|at a glance|in brief|quick read)$", re.I),
        "teaser label",
        3,
    ),
    (re.compile(r"^\d{1,4}\s*[-–]\s*\d{1,4} of \d{1,5}$"), "site pager", 4),  # "1 - 5 of 36"
    (
        re.compile(
            r"^(continued\s*)?(\d{1,2}\s*\|\s*)+\d{1,2}\s*(next( page)?|›|»)?$|"
            r"^(previous|prev) ?post ?next ?post$",
            re.I,
        ),
        "site pager",
        10,
    ),
    # the site's name as a bare address: "valleytimes.example.com"
    (re.compile(r"^(https?://)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,6}/?$"), "site chrome", 1),
    # a link: "» Links to this article", "Go to the farming blog »"
    (re.compile(r"^[»›]\s*\S.{0,60}$|^.{1,60}\s[»›]$"), "related links", 10),
    (
        re.compile(
            r"^(previously on|more (news|headlines|articles|videos|photos)|elsewhere on)\b.{0,60}$|"
            r"^(map|graphic|chart|interactive( guide| map)?|infographic)\s*[:|]\s*.{1,80}$|"
            r"^article from:?$|^video (extract|clip|report|highlights)$",
            re.I,
        ),
        "related links",
        12,
    ),
    (re.compile(r"^([A-Za-z] ){4,}[A-Za-z]$"), "site chrome", 30),  # "R E A D E R   C O M M E N T S"
    (
        re.compile(r"^[A-Z][\w.&'-]*( [A-Z][\w.&'-]*){0,3} (?i:news service|news services|wire service)$"),
        "byline",
        6,
    ),
]


_SITE_PREFILTER = needles.prefilter([p for p, _, _ in _SITE_RULES], needles.SITE_NEEDLES)


def _dated_byline(text: str) -> bool:
    """A date with a name or the site's section words and nothing else: "May 4, 2026 Jane Doe",
    "Jane Doe 2026-05-04 14:35:08", "04/05/2026 Jane Doe Reviews" (five words at most)."""
    if word_count(text) > 12 or ends_sentence(text) or not _FULL_DATE.search(text):
        return False
    rest = _TIME.sub(" ", _FULL_DATE.sub(" ", text))
    rest = " ".join(_DATE_GLUE.sub(" ", rest).split())
    if not rest:
        return True  # "13.05.2026, 23:06": the date alone
    dates = list(_FULL_DATE.finditer(text))
    if _words_beside(text[: dates[0].start()]) and _words_beside(text[dates[-1].end() :]):
        return (
            False  # words on both sides: a headline with a date in it ("Lessons From The May 4, 2026 Flood")
        )
    if any(c.isdigit() for c in rest) or any(
        m.group(1).lower() not in _GLUE_LABELS for m in _LABEL.finditer(text)
    ):
        return False  # "Delivery Date: 08/29/1996", "Year to May 31, 2026": a field, a period
    if word_count(rest) <= 2 and not any(w[:1].isupper() for w in rest.split()):
        return True  # a user's name or a weekday: "By admin - 2026-05-04", "sexta-feira às 20:13"
    return word_count(rest) <= 5 and bool(_NAME_WORDS.match(rest)) and rest.upper() != rest


def _words_beside(part: str) -> bool:
    """``part`` (beside a line's date) holds words other than times and a byline's glue."""
    return bool(" ".join(_DATE_GLUE.sub(" ", _TIME.sub(" ", part)).split()))


def date_reason(text: str) -> str | None:
    """A date alone ("13.05.2026, 23:06") or with a name ("May 4, 2026 Jane Doe"), asked before
    a line's figures make it a table row."""
    stripped = text.strip(" •·»")
    if not _dated_byline(stripped):
        return None
    return (
        "byline"
        if any(c.isalpha() for c in _TIME.sub("", _FULL_DATE.sub("", stripped)))
        else "dateline metadata"
    )


def edge_reason(text: str) -> str | None:
    """Why a line is the site's, set around or in a copied story, or None."""
    stripped = text.strip(" •·»")
    n = word_count(stripped)
    if not stripped or n > 60:
        return None
    if n <= 5 and _BY_OTHER.match(stripped):
        return "byline"
    if n <= 20 and (_BY_DASH.match(stripped) or _BY_COLON.match(stripped) or _BY_ROLE.match(stripped)):
        return "byline"
    if n <= 40 and any(p.search(stripped) for p in _CREDIT_RULES):
        return "photo caption/credit"
    if _COUNTER.match(stripped):
        return "series counter"
    if _COUNT.match(stripped):
        return "share count"
    if _BUTTON.match(stripped) or _GLUED_SHARE.search(stripped):
        return "share/follow widget"
    if n <= 40 and (_PROMO.search(stripped) or _SEND_US.search(stripped)):
        return "site promo"
    if n <= 30 and _CLICK_HERE.search(stripped) and not ends_sentence(stripped):
        return "site promo"
    one = sentences(stripped) == 1  # a bio with its contact line is the page's last paragraph
    if n <= 40 and "@" in stripped:  # an address has one
        contact = _CONTACT.search(stripped)
        if contact and (one or contact.start() == 0) and _EMAIL.search(stripped):
            return "author box"
    if one and n <= 30 and _FOLLOW.search(stripped):
        return "author box"
    if n <= 8 and _ABOUT.match(stripped):
        return "author box"
    if n <= 25 and _LINK.match(stripped):
        return "related links"
    line = text.strip()
    low = lowered(line)  # None when lower-casing could hide a match: then every rule is tried
    for pattern, reason, most in _SITE_RULES:
        if n > most:
            continue
        if needles.ruled_out(_SITE_PREFILTER[id(pattern)], low):
            continue
        if pattern.search(line):
            return reason
    return None
