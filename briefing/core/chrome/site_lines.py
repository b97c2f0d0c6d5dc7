"""The site's lines about the story printed around it: an agency's byline, the author box,
the story's toolbar, link promos, feeds and pagers.

"Staff and agencies" and "The Associated Press" alone are a byline; "More articles from
Jane Doe", "View author archive" and "Follow Jane on Twitter" the author box; "E-mail
Article Print-Friendly" a toolbar; "Click here for ...!" a promo (a sentence that says it,
ending in a full stop, stays); "Page 2 of 3" and "Next story: ..." the site's pager.
"""

from __future__ import annotations

import re

_AGENCY = (
    r"(the )?associated press|ap|afp|agence france-presse|reuters|upi|pa|dpa|efe|ansa|bloomberg|"
    r"(staff|wire|news) (and|&) agencies|agencies|staff|wire (reports|services)|news services?|"
    r"[A-Z][\w.&'-]*( [A-Z][\w.&'-]*){0,3} (staff|staff writers?|staff reporters?|wire services)"
)
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^((by|written by|from)[: ]\s*)?(" + _AGENCY + r")\.?$", re.I), "byline"),
    (
        re.compile(
            r"^((more|all|other|latest|recent) (articles|stories|posts|columns|reports|pieces) "
            r"(from|by) .{2,50}|"
            r"(view|see) (the )?(author|writer)('s)? (archive|profile|page)|"
            r"(view|see) (all )?(posts|articles|stories) by .{2,40}|about the author|"
            r"follow( [\w.'’-]+){0,3} on (twitter|x|facebook|instagram|linkedin|threads|bluesky))$",
            re.I,
        ),
        "author box",
    ),
    (re.compile(r"^click here\b.{0,90}(?<![.\"'”’])$", re.I), "site chrome"),  # a promo, not a sentence
    (re.compile(r"^(\S+ ){0,4}\brss\b( \S+){0,4}(?<![.?])$", re.I), "site chrome"),
    (
        re.compile(r"^page:?\s*\d+\s*(of|/)\s*\d+$|^page:?(\s*\d+){2,}\s*(next|›|»)?\W*$", re.I),
        "site pager",
    ),
    (
        re.compile(r"^(previous|next|prev|older|newer) (story|article|post|entry)\s*[:»›>|-]", re.I),
        "navigation",
    ),
]
# the words of a story's toolbar: a line of them only, with one action at least, is the toolbar
_TOOL_WORDS = frozenset(
    "e-mail email mail print printer friendly printer-friendly print-friendly send share save comment "
    "comments respond this the article story page single view version to a friend email-a-friend "
    "e-mail-a-friend tools report typo your feedback text size s m l xl reprint reprints permalink "
    "printable refer toolbar rate recommend".split()
)
_ACTIONS = frozenset(
    "e-mail email mail print printer-friendly print-friendly printable send share email-a-friend "
    "refer".split()
)
_SPLIT = re.compile(r"[\s|/·•,:]+|\(\d+\)")  # "Comments (0)": a button's count


def site_reason(text: str) -> str | None:
    """Why a line is the site's about its story, or None."""
    stripped = text.strip()
    for pattern, reason in _RULES:
        if pattern.match(stripped):
            return reason
    if len(stripped) > 100:
        return None
    words = [w for w in _SPLIT.split(stripped.lower()) if w]
    if (
        (len(words) >= 2 or "-" in stripped)
        and all(w in _TOOL_WORDS for w in words)
        and any(w in _ACTIONS for w in words)
    ):
        return "toolbar"
    return None
