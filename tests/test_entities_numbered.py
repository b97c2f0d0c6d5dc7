"""Stage names that start with a number ("rapper 9 Volts") are people; counts and addresses are not.

Every fixture is written for these tests (invented names and sentences); none is copied from an
evaluation set.
"""

from __future__ import annotations

from briefing.core.entities import extract
from briefing.core.ingest import parse
from tests.entity_helpers import typed_pairs


def test_a_numbered_stage_name_with_a_person_cue_is_a_person_in_all_its_uses():
    text = (
        "Charts\n\nThe best-selling act of the year was 9 Volts, who earned $3m. Critics said 9 Volts had "
        "peaked, and rapper 12 Sparrow agreed.\n"
    )
    got = [(m.text, m.type) for m in extract(parse("t.txt", text, "txt"))]
    assert got.count(("9 Volts", "PERSON")) == 2  # the cue once, both uses
    assert ("12 Sparrow", "PERSON") in got


def test_counts_addresses_and_dates_stay_what_they_are():
    got = typed_pairs(
        "He lives at 10 Downing Street. It cost 50 Pence, and 22 Republicans, who met on 3 May, agreed. "
        "Then 9 Volts fell."
    )
    texts = {text for text, _ in got}
    assert not any(t.startswith(("10 ", "50 ", "22 ", "9 ")) for t in texts)
    assert ("Republicans", "NORP") in got
