"""A comments section's policy, a page counter, a blog-links widget and a site's word tools in a
copied story: site chrome, each dropped with its reason; a story that reports such a policy keeps it.

Every line here was written for these tests (no benchmark page is copied).
"""

from __future__ import annotations

import pytest

from .chrome_helpers import kept_blocks, parse_lines

TITLE = "Harbour Trust Sells the Old Customs House"
STORY = [
    "The harbour trust agreed on Tuesday to sell the old customs house on the quay to a "
    "developer who plans to turn it into flats and a small maritime museum.",
    "Trust members said the sale would pay for repairs to the breakwater, which was damaged in "
    "the storms of last winter and has been closed to walkers since March.",
    "Residents who opposed the plan said they would ask the county to list the building before "
    "the contract is signed at the end of the month.",
]
CHROME = {
    "Comments that include insults or other bad material will be removed from the site.": "comment form",
    "All comments are moderated before they appear on this page.": "comment form",
    "We reserve the right to remove any comment that breaks our house rules.": "comment form",
    "News: Page (1) of 1 - 02/14/08": "site pager",
    "Who's Blogging": "related links",
    "To look up the words in this article, double-click on any word and a dictionary opens.": "site chrome",
}


def _reason(article, line: str) -> str | None:
    start = article.content.index(line)
    return next((d.reason for d in article.dropped if d.start == start), None)


@pytest.mark.parametrize("line", list(CHROME))
def test_a_line_of_the_page_after_the_story_goes_with_its_reason(line):
    article = parse_lines([TITLE, "", *STORY, "", line, ""])
    assert kept_blocks(article)[1:] == STORY
    assert _reason(article, line) == CHROME[line]


def test_a_story_that_reports_a_moderation_policy_keeps_it():
    reported = [
        "Comments that include threats will be removed from the forum within an hour, the "
        "platform said on Monday after a week of complaints from its users.",
        "All comments are moderated before they appear, the company told the committee, though "
        "critics said the checks were too slow to stop abuse spreading.",
    ]
    article = parse_lines([TITLE, "", STORY[0], "", *reported, "", STORY[1]])
    kept = kept_blocks(article)
    for line in reported:
        assert line in kept
