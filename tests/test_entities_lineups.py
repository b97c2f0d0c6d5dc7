"""A match report's line-up lines (``briefing.core.entities.lineups``): surnames, not teams.

Fixtures are written for these tests (invented players and clubs).
"""

from __future__ import annotations

from briefing.core.entities import extract
from briefing.core.ingest import parse

REPORT = (
    "Harwick edge Dunmore\n\n"
    "Tomas Varga scored after ten minutes and Piet Olander doubled the lead before Ivo Brast pulled "
    "one back for Dunmore in the 2-1 win, their first league match of the season. "
    "Harwick goalkeeper Ralf Kostin made a late save from Dan Quill. "
    'Varga said: "We deserved it." Zoltry was booked.\n\n'
    "Kostin, Mereth, Olander, Varga (Zoltry 67), Brenik, Quill, Pardow.\n\n"
    "Subs Not Used: Hanlow, Brey.\n\n"
    "Varga 10, Olander 35.\n"
)


def typed() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in extract(parse("t.txt", REPORT, "txt")):
        out.setdefault(m.text, set()).add(m.type)
    return out


def test_a_line_up_of_the_articles_people_lists_people():
    got = typed()
    for name in ("Kostin", "Mereth", "Olander", "Varga", "Zoltry", "Brenik", "Pardow"):
        assert got[name] == {"PERSON"}, name


def test_every_line_of_that_shape_then_lists_people():
    got = typed()
    assert got["Hanlow"] == {"PERSON"}
    assert got["Brey"] == {"PERSON"}
    assert "Subs Not Used" not in got


def test_a_list_of_clubs_stays_clubs():
    text = (
        "Cup draw\n\nThe draw for the next round of the cup was made on Monday, with the holders at home.\n\n"
        "Arsenal, Chelsea, Everton, Fulham, Liverpool.\n"
    )
    got = {m.text: m.type for m in extract(parse("t.txt", text, "txt"))}
    assert got.get("Liverpool") != "PERSON" and got.get("Arsenal") != "PERSON"
