"""Kinds of key facts are shown only when right, and a sentence missing its start is no key fact.

Fixtures written for these tests."""

from __future__ import annotations

from briefing.core import ingest
from briefing.core.facts import extract
from briefing.core.facts.extract import is_fragment, is_list


def _facts(tmp_path, *paragraphs: str) -> dict[str, str]:
    path = tmp_path / "k.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    article = ingest.load_paths([path]).articles[0]
    return {f.sentence: f.kind for f in extract(article, [], share=1.0)}


def test_a_schedule_with_due_to_is_no_cause_but_a_stated_reason_is(tmp_path):
    kinds = _facts(
        tmp_path,
        "The harbour commission is due to publish its review of the Kestrel Bay ferry service in 2027.",
        "The Kestrel Bay ferry was cancelled on Monday due to the storm that closed the port of Avonmere.",
        "Officials in Avonmere said the crossings stopped because the pier at Kestrel Bay had cracked.",
        "Ferry captain Ines Brandt said the fleet of six vessels would return to service within a week.",
    )
    assert (
        kinds["The harbour commission is due to publish its review of the Kestrel Bay ferry service in 2027."]
        == "date"
    )
    assert (
        kinds[
            "The Kestrel Bay ferry was cancelled on Monday due to the storm that closed the port of Avonmere."
        ]
        == "cause"
    )
    assert (
        kinds["Officials in Avonmere said the crossings stopped because the pier at Kestrel Bay had cracked."]
        == "cause"
    )


def test_a_decade_is_no_date_and_the_day_of_a_date_is_no_figure(tmp_path):
    kinds = _facts(
        tmp_path,
        "Painter Rosa Lindqvist moved to the town of Avonmere in the 1970s with her brother Jonas.",
        "The Avonmere court will sentence the two men from Kestrel Bay on 14 March, prosecutors said.",
        "The Avonmere gallery sold 120 of Rosa Lindqvist's paintings for 3.5 million crowns on 2 May.",
        "Jonas Lindqvist said the family would give the rest of the paintings to the town museum.",
    )
    assert (
        kinds["Painter Rosa Lindqvist moved to the town of Avonmere in the 1970s with her brother Jonas."]
        == ""
    )
    assert (
        kinds["The Avonmere court will sentence the two men from Kestrel Bay on 14 March, prosecutors said."]
        == "date"
    )
    assert (
        kinds["The Avonmere gallery sold 120 of Rosa Lindqvist's paintings for 3.5 million crowns on 2 May."]
        == "number"
    )


def test_a_sentence_missing_its_start_is_no_key_fact(tmp_path):
    # a copy that lost a name at a line break: "She now faces" / "after the ... beat ..."
    kinds = _facts(
        tmp_path,
        "Tennis player Mira Kovac beat Lena Horvat 6-3 6-4 in the second round of the Avonmere Open.",
        "She now faces",
        "after the Dutch fifth seed beat Anna Smit 7-5 6-2 in a match that lasted two hours.",
        "Kovac said she had recovered from the wrist injury that kept her out of the Kestrel Cup in 2025.",
    )
    assert not any(s.startswith("after the Dutch") for s in kinds)
    assert any(s.startswith("Tennis player Mira Kovac") for s in kinds)
    assert is_fragment("and then the talks ended.") and is_fragment("… said the minister.")
    assert not is_fragment("iPod sales rose 12% in the quarter.") and not is_fragment("eBay said on Monday.")
    assert not is_fragment("“We will win,” Kovac said.") and not is_fragment("3 people were hurt.")


def test_a_line_up_or_roll_call_is_no_key_fact(tmp_path):
    # a match report ends with the sides and the substitutes: lists of names, nothing stated
    kinds = _facts(
        tmp_path,
        "Avonmere Rovers beat Kestrel Town 3-1 on Saturday to climb to second in the league table.",
        "Striker Tomas Brandt scored twice in the last ten minutes after Kestrel had led at half-time.",
        "Avonmere: Okafor, Lind, Brandt (Maris 71), Horvat, Kovac, Smit (Ellis 80), Quarry, Dunne.",
        "Subs Not Used: Pell, Arkwright, Novak, Fenn.",
        "Kestrel: Ruiz; Hale, Moor, Tarrant; Voss (capt), Penn; Lyle, Ocampo.",
        "Norway, Sweden, Finland and Denmark signed the fishing accord in Tromso on Monday.",
    )
    assert not any(s.startswith(("Avonmere:", "Subs Not Used", "Kestrel:")) for s in kinds)
    assert any(s.startswith("Avonmere Rovers beat") for s in kinds)
    assert any(s.startswith("Norway, Sweden, Finland") for s in kinds)  # a list that says something
    assert is_list("Cole, Lampard, Terry, Duff.") and not is_list("Lee beat Smit 6-3, 7-6, 7-4.")


def test_a_name_in_quotation_marks_is_no_quote(tmp_path):
    kinds = _facts(
        tmp_path,
        'The Avonmere school, known locally as the "Harrow of the north", opened its doors in 1911.',
        'The treaty creates what are called "free harbour districts" along the Kestrel coast from 2027.',
        'Mayor Ines Brandt said the new ferry timetable was "a real gift to the islanders".',
    )
    assert (
        kinds['The Avonmere school, known locally as the "Harrow of the north", opened its doors in 1911.']
        != "quote"
    )
    assert (
        kinds[
            'The treaty creates what are called "free harbour districts" along the Kestrel coast from 2027.'
        ]
        != "quote"
    )
    assert (
        kinds['Mayor Ines Brandt said the new ferry timetable was "a real gift to the islanders".'] == "quote"
    )


def test_speech_that_runs_on_past_the_sentence_is_a_quote(tmp_path):
    kinds = _facts(
        tmp_path,
        "Avonmere striker Tomas Berg has asked the club to let him join Kestrel Bay United for 4 million.",
        'On Tuesday, Berg said: "I want to play every week and Kestrel Bay United want to sign me.',
        'I have told Avonmere that I want it to happen."',
        "The Avonmere manager Ruth Calder has said she will not sell Berg before the end of the season.",
    )
    said = 'On Tuesday, Berg said: "I want to play every week and Kestrel Bay United want to sign me.'
    assert kinds[said] == "quote"


def test_a_figure_inside_a_name_is_no_figure(tmp_path):
    from briefing.core import analysis

    path = tmp_path / "n.txt"
    lines = [
        "Kestrel Bay ferry talks resume",
        "Harbour master Ines Brandt told BBC Radio 4 that the Kestrel Bay ferry would sail again.",
        "The Kestrel Bay ferry carried 120 passengers a day before the pier at Avonmere cracked.",
        "Ferry captain Tomas Hallberg said the crew of the Avonmere ferry were ready to return.",
    ]
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    article = ingest.load_paths([path]).articles[0]
    mentions = analysis.entities(article)
    assert any(m.text == "BBC Radio 4" for m in mentions)
    kinds = {f.sentence: f.kind for f in extract(article, mentions, share=1.0)}
    assert kinds[lines[1]] != "number"
    assert kinds[lines[2]] == "number"


def test_an_age_is_no_figure(tmp_path):
    from briefing.core.facts.kind_cues import figure_in_name

    kinds = _facts(
        tmp_path,
        "Harbour master Ines Brandt, 54, told the council the Kestrel Bay pier would reopen soon.",
        "The Avonmere painter Rosa Lindqvist, who sold her first canvas in Kestrel, has died aged 91.",
        "Ferry captain Tomas Hallberg retired from the Avonmere line at the age of just 48 last spring.",
        "The Kestrel Bay ferry carried 120 passengers a day before the pier at Avonmere cracked.",
    )
    assert all(k != "number" for s, k in kinds.items() if not s.startswith("The Kestrel Bay ferry"))
    assert (
        kinds["The Kestrel Bay ferry carried 120 passengers a day before the pier at Avonmere cracked."]
        == "number"
    )
    s = "In 2003, 25 boats sank."
    assert not figure_in_name(s, 9, 11)  # a count after a comma, but no name before it
