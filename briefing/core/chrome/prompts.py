"""The site's prompts to its reader, recognised from their wording: arrows and "go back" links,
an encyclopedia's cross-references, sign-in and registration offers, comment counts and
prompts, tip lines, search boxes, cookie banners, tag lists and credits in other languages.

Each is a shape of a site's interface wording, never one site's line: "« Back to Sports
Home", "Go to World News", "Main article: ...", "Jump to navigation", "Log in with your ...
account to ...", "Register for a free account", "12 Comments. Click to view comments",
"Be the first to comment this article", "When news happens: send photos ... to ...",
"Search for: ... Advanced search", "We use cookies ... browsing experience ...", "In this
article: ...", "... | Foto: Agency". Every pattern is anchored or guarded by a short line, so
a long paragraph costs one length check.
"""

from __future__ import annotations

import re

from . import needles
from .shape import ends_sentence, word_count

_I = re.I
# a link led or closed by an arrow: "« Back to Sports Home", "Next Chapter →", "↑ Top"
_ARROW_LINK = re.compile(r"^[«‹←↑⇐◄◀]\s*\S.{0,80}$|^.{1,60}\S\s*[»›→⇒►▶]$")
# "Go to World News", "Return to the homepage", "Back to Business": a link to a section
_GO_BACK = re.compile(
    r"^(back|return|go|jump|skip|head) to (the |our )?([\w.&'’-]+ ){0,4}"
    r"(home|homepage|home page|front page|index|top|news|section|page|list|results|search|"
    r"navigation|content|main content|gallery|blog|forum|site|article|story|menu|permalink)\W*$",
    _I,
)
# an encyclopedia's cross-references and disambiguation notes
_CROSS_REF = re.compile(
    r"^(main articles?|further information|further reading|see also|details|more information)"
    r"\s*:\s*.{1,120}$|"
    r"^jump to (navigation|search|content)\b.{0,40}$|"
    r"^(this article is about\b.{0,160}|.{0,160}\bfor other uses, see\b.{0,120}|"
    r"\"?[^.]{1,60}\"? redirects here\b.{0,160})$",
    _I,
)
# sign-in and registration offers: "Log in with your ... account to ...", "Register for a free account"
_ACCOUNT = re.compile(
    r"^((log ?in|sign ?in|register|sign up|create an account|join)( now| today| here| free)?"
    r"( (with|to|for|using) (your |a |an |our )?(free )?[\w .'’-]{0,40}?(account|membership|access)"
    r"\b.{0,200}|"
    r" (or|and|/) (register|sign up|log ?in|sign ?in|subscribe)( to\b.{0,60})?)|"
    r"(not (yet )?(registered|a member|a subscriber)|new user)\b.{0,30}\?.{0,120}|"
    r"(log ?in|sign ?in|register|sign up) to (post|leave|add|write|comment|reply|join|vote|rate|see|view|"
    r"read|"
    r"continue|save|follow)\b.{0,60})$",
    _I,
)
# comment counts and prompts: "12 Comments. Click to view comments", "48.5k reactions • Join ..."
_COMMENT_COUNT = re.compile(
    r"^\d[\d,.]*k?\s*(comments?|reactions?|replies|responses|talkbacks?)\b.{0,50}$", _I
)
_COMMENT_PROMPT = re.compile(
    r"^(be the first to (comment|respond|reply|review)( (on )?(this|the) (article|story|post|entry))?|"
    r"(comment|comments) on this (article|story|post|entry)|"
    r"comment(s|ing)? (is|are|has been|have been) (turned off|switched off|closed|disabled)\b.{0,60}|"
    r"what do you think\?( (post|add|leave|share|tell us) (your|a) (comment|view|opinion)s?)?|"
    r"(submit|post|add) (a |your )?comment\s*:\s*(submit|post|add) (a |your )?comment)\W*$",
    _I,
)
_BARE_COUNT = re.compile(r"^\d[\d,.]*k?\s*\w+$")  # "53 Comments": the families' comments header
# a tip line: "When news happens: send photos, videos & tip-offs to ...", "Share your news ... with us."
_TIP_LINE = re.compile(
    r"^(((when|if) (you )?((see|spot|witness) )?|see |saw )?(the )?news happen(s|ing)\b.{0,160}|"
    r"share your (news|photos|pictures|videos|stories|tips)\b.{0,80}\bwith us\b.{0,40}|"
    r"(got|have) a (news )?(tip|story idea)\b.{0,100})$",
    _I,
)
# a search box's labels: "Search for: ... Advanced search", "this site the web"
_SEARCH_BOX = re.compile(
    r"^(search( for| the site| this site| the web| news)?\s*:.{0,60}|.{0,60}\badvanced search|"
    r"(search )?(this site|the web|web)( (this site|the web|web))+)\W*$",
    _I,
)
# a cookie banner, in the languages sites print it in ("Privacy & Cookies: This site uses cookies.
# By continuing ...", "Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt ...")
_COOKIES = re.compile(
    r"^((privacy|datenschutz|confidentialit[ée]|privacidad) (&|and|und|et|y) cookies\s*:\s*)?"
    r"((we|this (web)?site|our (web)?site)( and our partners)? uses? cookies\b|"
    r"(diese|unsere) (web)?seite verwendet cookies\b|diese website (verwendet|nutzt) cookies\b|"
    r"(ce|notre) site (web )?utilise des cookies\b|(este|nuestro) sitio (web )?(utiliza|usa) cookies\b)",
    _I,
)
_BANNER_WORDS = re.compile(
    r"\b(experience|consent|accept|analytics|advertis\w*|personali[sz]\w*|browsing|by continuing|"
    r"by using|targeted|preferences|weiterhin|zustimm\w*|einverstanden|akzeptier\w*|en poursuivant|"
    r"acceptez|si contin[uú]a|acepta\w*)\b",
    _I,
)
_TAG_LIST = re.compile(
    r"^(in this (article|story|post)|(news |article |story )?tags|labels|related topics)\s*:", _I
)
# "... | Foto: Agency", "Bild: dpa": a caption's credit in the languages that print it so
_CREDIT = re.compile(
    r"(^|[|/·•]\s*)(foto|fotos|bild|bilder|imagen|immagine|crédito|credito|crédit photo|"
    r"fotografía|zdroj|źródło)\s*:\s*[^.:]{2,60}$",
    _I,
)
# "Read now", "Read the full story": a teaser's link
_READ_LINK = re.compile(
    r"^(read now|read on|keep reading|read (the )?(full|whole|entire|complete) (story|article|post|review|"
    r"interview)|single page( view)?|view (as )?(a )?single page|printable version|print version)\W*$",
    _I,
)
# a health page's reviewer, a commenter's or a card's name with the time since: "Reviewed by
# Jane Doe, MD", "Jane Doe 2 days ago"
_REVIEWED = re.compile(
    r"^((?i:(medically |fact[- ]checked and )?reviewed by) [A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3}"
    r"(, [A-Z][\w.]{1,6})*|"
    r"[A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3}\s*[·•|,-]?\s*\d{1,2}\s+"
    r"(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)"
    r"\s+ago)$"
)
# a comment's dated header: "Jane Doe wrote on March 3rd, 2026 at 09:15:" (a quote's "Jane wrote:"
# in a post is the post's)
_COMMENT_HEADER = re.compile(
    r"^.{2,40}\s(wrote|said|says|commented|replied)( on)?\s.{0,40}\d{4}\b.{0,20}:$",
    _I,
)
_SPONSOR_LABEL = re.compile(r"^(supported|sponsored|presented|powered|brought to you) by:?$", _I)
# share prompts: "Like It, Share It!", "Retweet this article!", "Like Loading..."
_SHARE_PROMPT = re.compile(
    r"^((like|share|retweet|tweet|pin|repost)( (it|this|us)( (article|story|post|page))?)?[,!&]?\s*)+"
    r"(loading\.*)?\W*$",
    _I,
)
# a list of other stories under its header: "Read next", "Other people are reading", "Recent articles"
_LIST_HEADER = re.compile(
    r"^(read next|what to read next|up next|other (people|readers) are reading|people also read|"
    r"recent (articles|posts|stories|news)|latest (articles|posts|headlines)|"
    r"([\w&'’-]+ ){0,2}(headlines|galleries)|"
    r"top \d{1,2} (most )?(read|popular|viewed|shared|emailed)( stories| articles)?|"
    r"(check out|see|read|find) (more|all|other|the latest) (articles|stories|posts|news)\b.{0,60})\W*$",
    _I,
)
# an e-mail alert's offer: "Start receiving our headlines per email", "We email you the headlines"
_ALERTS = re.compile(
    r"\b(headlines|news|alerts|updates|stories) (per|by|via) e-?mail\b|\bwe('ll| will)? e-?mail you\b", _I
)
# the site's copyright without a year or its sign: "(c) Valley News Service", "All content copyright
# Valley.com 1996 - 2026."
_OWNER = re.compile(
    r"^((\(c\)|©)\s*[A-Z][\w.&'’-]*( [A-Z][\w.&'’-]*){0,5}|(?i:(all )?(content|contents|material|text)"
    r"( and (images|photos|design))? (is |are )?(copyright|©))\b.{0,80})$"
)
# a site's appeal, short and exclaimed: "Please support local business!"
_APPEAL = re.compile(r"^please (support|visit|help|donate|consider|like|follow|share)\b[^.?]{0,50}!$", _I)


def is_tag_cloud(text: str) -> bool:
    """A page's list of its tags or categories run together on one line: twenty words or more,
    nearly all capitalised, no comma, colon, sentence end or run of brackets ("Art Berlin Film History Judith
    Butler Music Philosophy Poetry ..."); prose, even German prose, has its lower-case words."""
    words = [w for w in text.split() if w[:1].isalpha() or w[:1] in "(\"'“‘"]
    if len(words) < 20 or ends_sentence(text) or any(c in text for c in ",;:") or text.count("(") > 2:
        return False  # a results line names its teams' countries: "Lyngby (Denmark) v ..."
    letters = [w.lstrip("(\"'“‘") for w in words]
    caps = sum(1 for w in letters if w[:1].isupper())
    return caps >= 0.75 * len(letters) and not text.isupper()


# a subscription offer: a price or a share off, and the offer's words, in a line that is no sentence
OFFER_WORDS = 14
_PRICE = re.compile(r"[$€£¥]\s?\d|\b\d+(?:[.,]\d+)?\s?%")
_OFFER = re.compile(r"\b(subscribe|subscription|free trial|issues for|save up to)\b", re.I)


def prompt_reason(text: str) -> str | None:
    """Why a line is one of the site's prompts to its reader, or None."""
    stripped = text.strip(" •·-–—")
    if len(stripped) > 100 and is_tag_cloud(stripped):
        return "tags"
    if not stripped or len(stripped) > 400:
        return None
    n = word_count(stripped)
    sentence = ends_sentence(stripped)
    if n <= 8 and not sentence and (_ARROW_LINK.match(stripped) or _GO_BACK.match(stripped)):
        return "navigation"
    if n <= 40 and _CROSS_REF.match(stripped):
        return "cross-reference"
    if n <= 45 and _ACCOUNT.match(stripped):
        return "sign-in prompt"
    if n <= 14 and _COMMENT_COUNT.match(stripped) and not _BARE_COUNT.match(stripped):
        return "share count"  # a card's or a masthead's count, no comments section's header
    if n <= 14 and _COMMENT_PROMPT.match(stripped):
        return "comment form"
    if n <= 40 and _TIP_LINE.match(stripped):
        return "site promo"
    if n <= OFFER_WORDS and not sentence and _PRICE.search(stripped) and _OFFER.search(stripped):
        return "site promo"  # "Home delivery - save up to 65%", "$2 a week - Subscribe to ..."
    if n <= 14 and _SEARCH_BOX.match(stripped):
        return "navigation"
    if n <= 120 and _COOKIES.match(stripped) and _BANNER_WORDS.search(stripped):
        return "cookie notice"
    if n <= 40 and _TAG_LIST.match(stripped):
        return "tags"
    if n <= 40 and ":" in stripped and _CREDIT.search(stripped):  # the label's colon
        return "photo caption/credit"
    if n <= 16 and _REVIEWED.match(stripped):
        return "byline"
    if n <= 20 and _COMMENT_HEADER.match(stripped):
        return "comment thread"
    if n <= 40 and needles.may_hold(stripped, ("mail",)) and _ALERTS.search(stripped):
        return "newsletter promo"
    if n <= 20 and _OWNER.match(stripped):
        return "copyright notice"
    if n <= 6 and _SPONSOR_LABEL.match(stripped):
        return "advertisement"
    if n <= 8 and _SHARE_PROMPT.match(stripped):
        return "share/follow widget"
    if n <= 14 and _LIST_HEADER.match(stripped):
        return "related links"
    if n <= 6 and (_READ_LINK.match(stripped) or _APPEAL.match(stripped)):
        return "navigation" if _READ_LINK.match(stripped) else "site promo"
    return None
