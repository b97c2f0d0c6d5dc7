"""Boilerplate removal on web copy-pastes of different shapes (not the seeds)."""

from __future__ import annotations

import pytest

from briefing.core.cleaner import chrome_reason, is_timestamp
from briefing.core.ingest import load_file

from .conftest import FIXTURES

WEB = FIXTURES / "web"


@pytest.mark.parametrize(
    "name,title,body_count",
    [
        ("wire_copy.txt", "Exclusive: EU weighs new sanctions on Russian oil tankers", 3),
        ("magazine_copy.txt", "Drought Pushes River Shipping to Record Low", 3),
        ("blog_copy.txt", "City Council Approves New Transit Budget", 4),
    ],
)
def test_web_copies_keep_only_the_article(name, title, body_count):
    article = load_file(WEB / name)
    assert article.title == title
    body = [b for b in article.blocks if b.kind == "body"]
    assert len(body) == body_count
    kept = " ".join(b.text for b in article.blocks)
    for chrome in (
        "Share on",
        "Sign up",
        "Advertisement",
        "Reporting by",
        "Our Standards",
        "Comments",
        "Tags:",
        "Topics:",
        "Leave a Comment",
        "All rights reserved",
        "Posted on",
        "Menu",
        "Photograph:",
        "Related:",
        "Updated 2 hours ago",
        "By John Smith",
    ):
        assert chrome not in kept, chrome
    assert all(d.reason for d in article.dropped)


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Follow us on:",
        "Share this article",
        "Facebook Twitter LinkedIn Email",
        "Advertisement",
        "Story continues below advertisement",
        "Sign up for our morning newsletter",
        "Photo: Jane Roe/Getty Images",
        "Image source, Reuters",
        "Watch: The moment the bridge fell",
        "Related: Five things to know",
        "© 2025 Example Media",
        "EXCERPT: A short teaser of the story.",
        "By Jane Doe and John Roe",
        "Reporting by Jane Doe; Editing by John Roe",
    ],
)
def test_chrome_phrases(line):
    assert chrome_reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply on Monday after the announcement by the central bank.",
        "More than 100 people died in the floods, officials said on Tuesday.",
        "Watch makers in Switzerland reported record exports last year.",
        "By Monday, officials said, the talks had collapsed for good.",
        "Home prices rose 4% in the year to March, the statistics office said.",
        "Subscribers to the service will pay more from January, the company said.",
    ],
)
def test_prose_is_not_chrome(line):
    assert chrome_reason(line) is None


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Mon 14 Jul 2025 09.12 BST", True),
        ("3 hours ago", True),
        ("October 12, 2025 4:05 PM GMT+1", True),
        ("Tuesday", True),
        ("The meeting is on Tuesday", False),
    ],
)
def test_timestamps(line, expected):
    assert is_timestamp(line) is expected
