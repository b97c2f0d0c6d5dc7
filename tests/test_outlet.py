"""A page's outlet names the site and nothing else: what older sites state as their name
(copyright notices, the headline with its section, a date, a slogan around the domain) is cut
to the name, or left out. Fixtures written for these tests."""

from __future__ import annotations

import pytest

from briefing.core import ingest
from briefing.core.outlet import outlet_name

HEADLINE = "Harbour bridge opens to traffic after four years of work"


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        ("Kestrel Gazette", "Kestrel Gazette"),
        ("© 2007 Kestrel Media Group Ltd. All Rights Reserved.", "Kestrel Media Group Ltd."),
        ("Copyright (c) 2008 Valley Broadcasting", "Valley Broadcasting"),
        ("© MMVIII, Valley Broadcasting Inc. All rights reserved.", "Valley Broadcasting Inc."),
        ("KestrelGazette.com | Sports", "KestrelGazette.com"),
        ("www.kestrelgazette.com | 01/19/2008", "kestrelgazette.com"),
        ("Breaking Kestrel News, Weather, Traffic and Video from KBAY.com", "KBAY.com"),
        ("Kestrel Gazette 2004", "Kestrel Gazette"),
        ("Journal de Kestrel 2005, Tous droits réservés.", "Journal de Kestrel"),
        (f"{HEADLINE} | Local News", ""),
        ("News | Sports", ""),
        ("January 2008", ""),
        ("The Kestrel Gazette's guide to everything you need to know about the new bridge...", ""),
        ("Kestrel Gazette â€“ Local", "Kestrel Gazette"),
        ("Le Kestrel.fr", "Le Kestrel"),  # a French article before the domain: the site's name
        ("La Gazzetta di Kestrel.it", "La Gazzetta di Kestrel"),
        ("Les Échos de Kestrel.fr | Actualité", "Les Échos de Kestrel"),
        ("L'Express Kestrel.fr", "L'Express Kestrel"),
        ("Breaking news and weather from Le Kestrel.fr", "Kestrel.fr"),  # a slogan, not a name
        ("L'Kestrel.fr", "L'Kestrel"),
        ("Le Kestrel.fr - International", "Le Kestrel"),
        ("lekestrel.fr", "lekestrel.fr"),
    ],
)
def test_the_site_name_is_kept_and_what_is_not_a_name_goes(site, expected):
    assert outlet_name(site, HEADLINE) == expected


def test_an_html_page_stating_a_copyright_as_its_site_name_gets_the_name(tmp_path):
    body = " ".join(
        f"Sentence {n} of the report says the harbour bridge carried {n * 100} cars on its first day."
        for n in range(1, 9)
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>" + HEADLINE + "</title>"
        '<meta property="og:site_name" content="© 2008 Kestrel Media Group. All Rights Reserved.">'
        "</head><body><article><h1>" + HEADLINE + "</h1>"
        f"<p>{body}</p><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    article = ingest.load_file(page)
    assert article.outlet == "Kestrel Media Group"


def test_a_site_named_in_its_own_headline_or_with_capitals_like_a_roman_year_keeps_its_name():
    assert outlet_name("The Kestrel Evening Gazette", "The Kestrel Evening Gazette wins a press award") == (
        "The Kestrel Evening Gazette"
    )
    assert outlet_name("MD Kestrel Radio", HEADLINE) == "MD Kestrel Radio"
    assert outlet_name("© MCMXCIX Kestrel Radio", HEADLINE) == "Kestrel Radio"
