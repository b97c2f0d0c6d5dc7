"""The words an unanchored chrome rule needs, to skip it for lines without them.

A rule that is not anchored at a line's start is scanned over the whole line, phrase by
phrase, and most lines are prose that holds none of its phrases; so is an anchored one that
reads the whole line before its phrase (``^(?!.*said)...``, ``^.{0,240}...More$``). Each such rule is listed
here by a piece of its source with words of which every branch of the rule holds one (in
lower case); the rule is searched only when the lower-cased line holds one of them. Lines
whose lower-casing could hide a match (``folded.lowered`` is None) are searched by every
rule, so a rule gives the same verdicts with or without its words.
"""

from __future__ import annotations

import re

from ..folded import lowered

# ``families._RULES``: found by a piece of the rule's source
FAMILY_NEEDLES: dict[str, tuple[str, ...]] = {
    "newsletters?": ("newsletter", "inbox", "unsubscribe", "opt-in"),
    "your browser does not": ("browser", "video", "javascript", "playback", "modal", "dialog", "captions"),
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
    "(photograph|photo|illustration": ("photo", "illustration", "composite", "image", "credit"),
    "contributed": ("contributed",),
    "all rights reserved": ("rights reserved", "©"),
    "(^copyright": ("copyright",),
    "your email address": ("email address",),
    "this material may not": ("may not be",),
    "affiliate (commission": ("affiliate ", "commission", "compensated by"),
    "constitutes acceptance": (
        "constitutes acceptance of",
        "may not be ",
        "registration on or use of this site",
    ),
    "will open) in": ("new window", "new tab"),
    # anchored rules that scan the whole line before their phrase (``^(?!.*...)``, ``^.{0,240}``)
    "(comments? (that|which": ("comment", "post", "submission", "message", "contribution", "you agree"),
    "any (word|phrase|name)": ("any word", "any phrase", "any name"),
    "\\s*More( Details": ("more",),
}

# ``edges._SITE_RULES``
SITE_NEEDLES: dict[str, tuple[str, ...]] = {
    "a letter to the editor": (
        "letter to the editor",
        "we welcome your",
        "forget to",
        "use an rss",
        "sign up ",
        "subscribe",
        "social bookmarking",
    ),
    "subject to copyright": (
        "subject to copyright",
        "occurred",
        "protected by recaptcha",
        "thanks for watching",
    ),
    "opt-in box": (
        "i agree ",
        "opt-in",
        "ich willige",
        "ich bin ",
        "j'accepte",
        "acepto",
        "verarbeitung meiner",
        "processing of my",
        "to hear ",
    ),
    "other commenters": ("comment", "coment", "kommentar"),
    "share of the sale": ("commission", "share of the sale"),
}


def prefilter(
    rules: list[re.Pattern[str]], needles: dict[str, tuple[str, ...]]
) -> dict[int, tuple[str, ...] | None]:
    """Each rule's words by ``id``: those of the first entry whose key is in its source, or None
    (a rule without an entry is always tried)."""
    return {id(p): next((v for k, v in needles.items() if k in p.pattern), None) for p in rules}


def ruled_out(words: tuple[str, ...] | None, low: str | None) -> bool:
    """The rule cannot match the line whose lower-cased text is ``low`` (None: it may)."""
    return words is not None and low is not None and not any(w in low for w in words)


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """``text`` may hold one of ``words`` ignoring case (it does, or lower-casing could hide one)."""
    low = lowered(text)
    return low is None or any(w in low for w in words)
