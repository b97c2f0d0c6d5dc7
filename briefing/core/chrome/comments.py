"""The labels of a reader-comments section, recognised from their wording: its header with or
without a count ("Reader views (5)", "Talkbacks for this article: 18"), its invitation ("Have
your say", "Be the first to comment"), its closing notice ("Comments are now closed for this
story"), the buttons that open its form ("Post your comment", "Add your view") and its policy
("Comments that include profanity ... will be removed", "All comments are moderated")."""

from __future__ import annotations

import re

from .shape import word_count

# (pattern, reason, weak) rules of families.py: a comment form's heading, fields and buttons
COMMENT_RULES: list[tuple[re.Pattern[str], str, bool]] = [
    (re.compile(r"^leave a (reply|comment)\b.{0,40}$", re.I), "comment form", False),
    (re.compile(r"your email address will not be published", re.I), "comment form", False),
    (re.compile(r"^required fields are marked", re.I), "comment form", False),
    (
        re.compile(
            r"^(cancel reply|post comment|submit comment|add a comment|view comments|show comments|"
            r"\d+\s+comments?|comments?(\s*\(\d+\))?|join the (conversation|discussion).{0,40}|reply|"
            r"\d+\s+(thoughts?|responses?|replies) (on|to)\b.{0,120}|"
            r"(there (are|is) |showing |view (all )?)?\d+\s+(comments?|responses|replies)|"
            r"comments (are|is) closed\.?|"
            r"(add|post|write|submit|read|view|show|hide|report|flag)( (a|an|your|this|all|the|\d+))?( new)?"
            r" (comments?|replies|reply)( \(\d+\))?|comment viewing options|"
            r"you must be logged in to (post|report|recommend|reply to) a comment.*)$",
            re.I,
        ),
        "comment form",
        False,
    ),
    (re.compile(r"^(save my name, email|notify me of (new|follow-up))", re.I), "comment form", False),
    # the section's policy: "Comments that include profanity ... will be removed", "We reserve the
    # right to remove any comment", "All comments are moderated", "By posting, you agree to ...";
    # never a sentence that reports it ("..., the platform said")
    (
        re.compile(
            r"^(?!.*\b(said|says|according to|told|added)\b)("
            r"comments? (that|which|containing|including)\b.{0,160}\b(will|may|can) be "
            r"(removed|deleted|edited|rejected)\b|"
            r".*\b(we|the editors?|moderators?) (reserve the right to|may|will) (remove|delete|edit|reject)\b"
            r".{0,40}\b(comments?|posts?|submissions?|messages?|contributions?)\b|"
            r"(all )?(comments?|posts?|submissions?|contributions?) (are|will be|may be) (moderated|"
            r"pre-moderated|reviewed|screened)\b|"
            r"by (posting|submitting|commenting)\b.{0,40}\byou agree\b)",
            re.I,
        ),
        "comment form",
        False,
    ),
]

_COMMENTS_LABEL = re.compile(
    r"^("
    r"comments? (are|is) (now )?closed( for this (story|article|post|page))?|"
    r"be the first to (post an? |leave an? |write an? |add an? )?(comment|review|view)( on this \w+)?|"
    r"no (comments|views) (yet|so far|have (so far |yet )?been (posted|submitted|added|published))|"
    r"have your say( about this \w+)?|tell us what you think|what you think|"
    r"(reader|readers'?|your) (views|comments)( \(\d+\))?|(add|post|write|leave|share) (a|your) "
    r"(view|comment|reply|response)( \([\w ]{1,20}\))?|"
    r"(talkbacks?|comments?|responses|replies)( for this (article|story|post))?\s*[:(]\s*\d+\)?|"
    r"discuss this (story|article|post)( on\b.{0,50})?|"
    r"(log ?in|sign ?in|register) to (have your say|comment|post a comment|reply)( here)?"
    r")[\s.!…»:]*$",
    re.I,
)


def is_comments_label(text: str) -> bool:
    """A label of a comments section (twelve words at most)."""
    return word_count(text) <= 12 and bool(_COMMENTS_LABEL.match(text.strip(" •·-–—")))
