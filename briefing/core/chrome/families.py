"""Known families of web chrome, recognised from a line's wording alone.

Rules are general, never particular articles' lines: comment forms, share/follow and
print toolbars, advertising, newsletter and subscription promos, video and audio players
(prompts, controls, clip durations), photo captions ending in a credit, "live" labels,
breadcrumbs of sections and dates, series and gallery counters, related-article headers,
copyright and legal lines, bylines and timestamps. Each rule names the reason a dropped
line keeps. "Weak" rules describe shapes that prose can share ("Share prices fell.",
"Watch makers reported record exports."): they never apply to a full sentence.
"""

from __future__ import annotations

import re

from ..folded import lowered
from . import needles, widgets
from .comments import COMMENT_RULES, is_comments_label
from .shape import ends_sentence, word_count
from .widgets import credit_caption, is_breadcrumb, is_credit_line, is_doubled, is_number_run, is_toolbar

_SOCIAL = (
    r"facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|email|e-mail|print|"
    r"copy link|share|tweet|instagram|youtube|tiktok|threads|bluesky|mastodon|flipboard|rss|"
    r"messenger|sms|link|mail"
)
_I = re.I
MAX_CHROME_WORDS = 200


def _r(pattern: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# (pattern, reason, weak). Searched on the whole trimmed line.
_RULES: list[tuple[re.Pattern[str], str, bool]] = [
    # "live" labels and breaking-news kickers on their own
    (
        _r(
            r"^[●•🔴◉]?\s*(live|live now|live updates|live blog|live coverage|breaking|breaking news|"
            r"just in|developing( story)?|exclusive)\s*[:!•|-]?\s*$"
        ),
        "live label",
        False,
    ),
    *COMMENT_RULES,
    (_r(r"^(follow|like|connect with|find|join) us( on)?\b.{0,60}$"), "share/follow widget", True),
    (
        _r(
            # "share" the noun of markets opens headlines: "Share prices fall", "Share of ..."
            r"^(share(?! (prices?|of|index|values?|capital|issues?|sales?|buy-?backs?)\b)|share this|"
            r"share this (article|story|post|page)|share on|share via|share with|"
            r"share article|sharing is caring)\b.{0,40}$"
        ),
        "share/follow widget",
        True,
    ),
    (_r(r"^((" + _SOCIAL + r")\s*[|/·•,:]?\s*)+$"), "share/follow widget", True),
    # bookmarking services' buttons: "Post to Newsvine", "Digg this", "Social Bookmark This Story"
    (
        _r(
            r"^((post|add|save|submit|send|bookmark)( (this|it))?( story| article)? to [\w.!]+( [\w.!]+)?|"
            r"(digg|stumble|reddit|fark|furl|buzz) (it|this)( story| article)?!?|what('?s| is) this\?|"
            r"(social )?bookmark(/search)? (this|the) (story|article|post|page)\b.{0,20})$"
        ),
        "share/follow widget",
        True,
    ),
    (
        _r(
            r"^(advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|paid post|"
            r"skip advertisement|continue reading( below)?|scroll to continue( with content)?|"
            r"article continues below|story continues below( the)? advertisement|"
            r"continue reading (the|this) (main )?(story|article)( below)?|promoted( stories)?|"
            r"advertisement - scroll to continue|ad feedback)[.:]?$"
        ),
        "advertisement",
        False,
    ),
    (_r(r"^(advertisement|advertising|ad|sponsored)(\s*[·|:•]|\s+[-–—])"), "advertisement", False),
    (
        _r(
            r"^(sign up|subscribe|get (our|the)\b.{0,40}newsletter|newsletter\b|"
            r"get the latest\b.{0,80}(inbox|email|newsletter)|already (a subscriber|have an account)|"
            r"create (a |your )?(free )?account|support (our|independent) journalism|"
            r"get unlimited access|unlock (this|full) (article|access)|subscribe (now|today)|"
            r"thanks? (you )?for (signing up|subscribing))"
        ),
        "newsletter promo",
        True,
    ),
    (
        _r(r"\b(newsletters?|in your inbox|inbox every|unsubscribe at any time|opt-in box)\b.{0,80}$"),
        "newsletter promo",
        True,
    ),
    # promos written as sentences: a newsletter or alert offer with its call to action
    (
        _r(
            r"(\b(sign up|subscribe|get|join|stay up to date|delivered|sent)\b.{0,80}\b(newsletters?|"
            r"inbox|alerts?|updates)\b|\bunsubscribe at any time\b|\bno spam\b|"
            r"\b(straight|directly) to your inbox\b)"
        ),
        "newsletter promo",
        False,
    ),
    (
        _r(
            r"(\baffiliate (commission|links?|partner)|\bwe (may )?earn (a )?(small )?commission|"
            r"\bmay earn an? (affiliate )?commission|\bcompensated by\b.{0,40}\b(inc|llc|ltd)|"
            r"\bsupported by (its|our) (audience|readers)\b.{0,60}\bcommission)"
        ),
        "affiliate notice",
        False,
    ),
    (
        _r(
            r"(constitutes acceptance of (our|the)|may not be (reproduced|published|copied),? distributed|"
            r"registration on or use of this site)"
        ),
        "site legal notice",
        False,
    ),
    (
        _r(
            # a player's prompt and the clip's title; a word that also starts headlines ("Video
            # phone help for deaf people", "Play leads Oscar race") only alone or before a mark
            r"^((watch|watch now|watch again|play video|now playing|up next|next up|watch live|"
            r"listen now|listen live|listen to (this|the) (article|story)|click to play|"
            r"tap to (play|unmute)|press play)\b\s*[:|\-–—]?\s*.{0,60}|"
            r"(video|play|replay|duration|listen|audio|podcast)(\s*[:|,\-–—]\s*.{0,60}|\s+\d{1,2}:\d{2}\b.{0,60})?)$"
        ),
        "video/audio player",
        True,
    ),
    (
        _r(
            r"(your browser does not support|this video (is|has)|video (is )?(unavailable|"
            r"not available)|to watch this video|enable javascript|media playback is|"
            r"this is a modal window|beginning of dialog window|captions settings)"
        ),
        "video/audio player",
        False,
    ),
    (
        _r(
            r"^(loaded|progress|current time|remaining time|stream type|playback rate|chapters|"
            r"descriptions( off)?|captions( off)?|subtitles( off)?|audio track|fullscreen|mute|unmute|"
            r"pause|seek|live|volume)\b\s*[:,]?\s*[\w%.: -]{0,30}$"
        ),
        "video/audio player",
        True,
    ),
    (
        _r(r"^[(\[]?(duration:?\s*)?\d{1,2}:\d{2}(:\d{2})?[)\]]?(\s*(min|mins|minutes))?$"),
        "video/audio player",
        False,
    ),
    (
        _r(
            r"^(photo|photograph|image|picture|pic|illustration|video|file photo|caption|credit|"
            r"photo credit|image credit|source)\s*(:|by\b|credit\b|/)"
        ),
        "photo caption/credit",
        False,
    ),
    (_r(r"^(image|media|video)\s+(source|caption)(\s*[,:]|\s+\S)"), "photo caption/credit", False),
    (
        _r(
            r"(getty images|shutterstock|ap photo|afp via getty|reuters/|/reuters|associated press\)|"
            r"\bepa-efe\b|/afp|bloomberg via getty|istock)\W*.{0,40}$"
        ),
        "photo caption/credit",
        False,
    ),
    (
        _r(r"\b(photograph|photo|illustration|composite|image|credit)\s*:\s*[^.]{2,80}$"),
        "photo caption/credit",
        False,
    ),
    (_r(r"\bcontributed (reporting )?to this (report|story|article)\b"), "byline", True),
    (_r(r"^(our standards|editorial standards|trust principles)\b"), "site chrome notice", False),
    (_r(r"\b(opens?|will open) in (a )?new (window|tab)\b"), "site chrome notice", False),
    (_r(r"^(like|share) this:$"), "share/follow widget", False),
    # a share toolbar's label above its buttons: "Bookmark with:", "Share with:", "Share on:"
    (
        _r(r"^(bookmark|share|post)( (this|it))?( (story|article|page))? (with|on|via|to):$"),
        "share/follow widget",
        False,
    ),
    (
        _r(
            r"^(link copied!?|get the app|download the app|open in app|view in app|"
            r"gift this article|save (this )?(article|story)|order reprints|print (this )?(article|page)|"
            r"text size|font size|reading mode|report an (error|issue)|report a (correction|typo)|"
            r"send (us )?(a )?(news )?tip|listen to article|translate( this)?( page)?|"
            r"(get )?(short )?url( copied)?|copy (link|url)|url ?copied|(get )?(author )?rss( feed)?|"
            r"(all )?sharing options|share( all)? sharing options for\b.*|email the (author|writer)|"
            r"you are (now )?(signed|logged) in( as)?|sign in to|"
            r"already registered|forgot (your )?password)\W*"
        ),
        "site chrome",
        True,
    ),
    (
        _r(
            r"^(related|related articles?|related stories|related content|related coverage|read more|"
            r"read also|also read|more:|see also|recommended|recommended for you|recommended stories|"
            r"most (read|popular|viewed|shared)|trending( now| stories)?|you may also like|"
            r"you might also like|more from|more on this|more stories|latest news|latest stories|"
            r"top stories|editor'?s picks|our latest stories|further reading|popular( now| stories)?|"
            r"in case you missed it|don'?t miss|more in\b)\b.{0,100}$"
        ),
        "related links",
        True,
    ),
    (_r(r"(all rights reserved|^©)"), "copyright notice", False),
    (_r(r"^\W?(copyright|\(c\))\s*(19|20)\d\d\b.{0,120}$"), "copyright notice", False),
    # a teaser's lede with its link: "Find out how to get the career you want. More Details"
    (re.compile(r"^.{0,240}[.?!…]\s*More( Details| »)?$"), "teaser card", False),
    (_r(r"^.{0,300}…\s*(read more\s*)+$"), "teaser card", False),
    (_r(r"(^copyright\b|\bcopyright\s*©?\s*\d{4})"), "copyright", True),
    (
        _r(r"this material may not be (published|reproduced)|may not be (re)?published, broadcast"),
        "copyright notice",
        False,
    ),
    (
        _r(
            r"^(terms of (use|service)|privacy( policy| notice)?|cookie (policy|settings|preferences)|"
            r"do not sell my (personal )?info\w*|accessibility( statement)?|contact us|about us|"
            r"site ?map|careers|advertise( with us)?|help|faq)\s*$"
        ),
        "site footer",
        True,
    ),
    (
        _r(
            r"^(click here|tap here|log ?in|sign ?in|log ?out|sign ?out|register|my account|menu|search|"
            r"home|close|open menu|skip to (main )?content|skip navigation|back to top|next article|"
            r"previous article|load more|show more|see more|more|top)\b(\W+\w+){0,3}\W*$"
        ),
        "navigation",
        True,
    ),
    (
        _r(
            r"^(we use cookies|this (site|website) uses cookies|accept (all )?cookies|"
            r"cookie (policy|settings))"
        ),
        "cookie notice",
        True,
    ),
    (_r(r"^(tags?|topics?|filed under|categories|category|keywords|more about)\s*:"), "tags", True),
    (
        _r(
            r"^(published|updated|posted|last updated|first published|modified)\b\s*:?\s*"
            r".{0,60}(\d{4}|ago|\d\s*(am|pm|a\.m\.|p\.m\.)|today|yesterday)\W*$"
        ),
        "dateline metadata",
        True,
    ),
    (_r(r"^\d+\s*(min|mins|minute|minutes)\s+(read|watch|listen)$"), "reading time", False),
    (_r(r"^(reporting|writing|editing|additional reporting)\s+by\b.{0,120}$"), "byline", True),
    (
        re.compile(
            r"^(?i:by|words by|written by|story by|author:?)\s+[A-Z][\w.'’-]+"
            r"(?:\s*(?:[A-Z][\w.'’-]+|and|&|,|de|van|von|da|der|bin|al|la|le))*"
            r"(\s*[,|·•]\s*.{0,60})?$"
        ),
        "byline",
        True,
    ),
    (_r(r"^(posted|published|updated|written)\b.{0,80}\bby\s+[A-Z]"), "byline", True),
    (
        re.compile(
            r"^[A-Z][\w.'’-]+( [A-Z][\w.'’-]+){1,3},?\s+([\w&]+\s+){0,4}(?i:writer|reporter|correspondent|"
            r"editor|columnist|contributor|staff|journalist|producer|analyst|critic)s?$"
        ),
        "byline",
        True,
    ),
    (_r(r"^(\S+\s+){0,4}@\w{2,30}\b.{0,30}$"), "byline", True),
    # "#3 of 12 articles from ...", "Part 2 of 5", "Photo 3/10", "1 of 12"
    (
        _r(
            r"^((#\s*|(no|part|chapter|episode|photo|image|picture|slide|story|article|item)\.?\s+)\d{1,3}\s*"
            r"(of|/)\s*\d{1,3}\b.{0,90}|\d{1,3}\s*(of|/)\s*\d{1,3}|\d{1,3}\s+of\s+\d{1,3}\s+(articles?|"
            r"stories|parts?|photos?|images?|pictures?|slides?|in (a|the|this) series)\b.{0,90})$"
        ),
        "series counter",
        True,
    ),
    (_r(r"^this (article|story|piece|report) is (part of|one of)\b.{0,120}$"), "series counter", False),
    # gallery and video headings: "In pictures: ...", "PHOTOS | ...", "View gallery", "12 photos"
    (
        _r(
            r"^(in pictures|in photos|photos?|pictures|gallery|photo gallery|image gallery|slideshow|"
            r"photo essay|videos?|watch)\s*[:|–—-]\s*.{0,100}$"
        ),
        "gallery heading",
        True,
    ),
    (
        _r(
            r"^(view|open|see|launch|browse) (the )?(full )?(gallery|slideshow|all photos|photos|images)"
            r"\b.{0,30}$"
        ),
        "gallery heading",
        True,
    ),
    (_r(r"^\(?\d{1,3}\s+(photos|images|pictures|slides)\)?$"), "gallery heading", False),
    (
        _r(
            r"^(back to (the )?(gallery|article|story|top|list)|enlarge (this )?(image|photo)|"
            r"expand (image|photo)|view (larger|full size|image)|caption|hide caption|toggle caption|"
            r"close (gallery|image|caption)|"
            r"next (post|story|slide|image|photo)|previous (post|story|slide|image|photo)|prev(ious)?|next|"
            r"advert|report( (this|abuse|comment))?|disclaimer|buffer|pin( it)?)\W*$"
        ),
        "gallery/toolbar label",
        False,
    ),
    # fields of a comment or contact form
    (
        _r(r"^(name|e-?mail|website|comment|message|phone)\s*[(*]?\s*(required)?[)*]?\s*[:*]?$"),
        "comment form",
        False,
    ),
    (_r(r"^(click|tap) here\b(\W+\w+){0,12}\W*$"), "navigation", True),
    # a page counter ("Page 2 of 3", "News: Page (1) of 1 - 01/14/08") and the blog-links widget
    (
        _r(r"^([\w ]{1,20}:\s*)?page\s*\(?\d{1,3}\)?\s*of\s*\(?\d{1,3}\)?(\W+[\w/.]+){0,3}\W*$"),
        "site pager",
        False,
    ),
    (_r(r"^(who'?s|who is) (blogging|linking|talking)( about (this|it))?\W*$"), "related links", True),
    # the site's word tools: "To find reference information ..., double-click on any word"
    (
        _r(r"^(?!.*\b(said|says)\b).{0,80}\b(double-click|click|tap) (on )?any (word|phrase|name)\b"),
        "site chrome",
        False,
    ),
    (
        _r(r"^(tempo de leitura|lesezeit|temps de lecture|tiempo de lectura|reading time)\s*:?.{0,20}$"),
        "reading time",
        False,
    ),
]

# each unanchored rule is tried only when one of its words is in the line (``needles``)
_PREFILTER = needles.prefilter([p for p, _, _ in _RULES], needles.FAMILY_NEEDLES)

# a teaser under a label; "Summary:" and the like also open real paragraphs, so only short ones
_TEASER_LABEL = re.compile(r"^(excerpt|teaser|standfirst|tl;?dr)\s*[:\-–—]\s*", re.I)
_SUMMARY_LABEL = re.compile(
    r"^(summary|synopsis|in brief|at a glance|key points|highlights|story highlights)\s*[:\-–—]\s*", re.I
)


def chrome_reason(text: str) -> str | None:
    """The reason a line is site chrome by its wording alone, else None. A line of more than
    200 words is a document's text whatever phrases it holds ("All rights reserved" in a
    licence); a site's footer, however long, is shorter."""
    if word_count(text) > MAX_CHROME_WORDS:
        return None
    # three sentences or more are prose though the last words end none ("... Copyright 2008 by X")
    sentence_like = (ends_sentence(text) and len(text.split()) > 4) or widgets.sentences(text) >= 3
    low = lowered(text)  # None when lower-casing could hide a match: then every rule is tried
    for pattern, reason, weak in _RULES:
        if sentence_like and weak:
            continue
        if needles.ruled_out(_PREFILTER[id(pattern)], low):
            continue
        if pattern.search(text):
            if reason == "newsletter promo" and widgets.sentences(text) >= 3:
                continue  # a paragraph that mentions an inbox, not a sign-up box
            return reason
    if (_TEASER_LABEL.match(text) and word_count(text) <= 60) or (
        _SUMMARY_LABEL.match(text) and word_count(text) <= 25 and not sentence_like
    ):
        return "teaser label"
    if is_comments_label(text):
        return "comment form"
    if credit_caption(text) or is_credit_line(text):
        return "photo caption/credit"
    if is_number_run(text):
        return "pager/calendar"
    if is_doubled(text):
        return "teaser card"
    if not sentence_like:
        if is_toolbar(text):
            return "toolbar"
        if is_breadcrumb(text):
            return "breadcrumb"
    return None
