"""A file named as ``briefing search`` names a hit (its file name) is found in the corpus by
``show``, ``facts`` and ``entities`` run from anywhere; a name that is nowhere is still one line."""

from __future__ import annotations

import subprocess

from .conftest import briefing_cmd


def _corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ferry.txt").write_text(
        "Ferry returns to Kestrel Bay\n\nThe Kestrel Bay ferry returned to service on Wednesday "
        "after engineers in Avonmere repaired its engine, the harbour commission said.\n\n"
        "The repairs cost the commission 2.4 million crowns and took eleven weeks to finish.\n\n"
        "Captain Ines Brandt said the crossing to Avonmere would run four times a day until May.\n\n"
        "Passengers queued at the terminal before dawn to board the first crossing of the day.\n",
        encoding="utf-8",
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    return folder, elsewhere


def _run(cwd, *args):
    return subprocess.run([*briefing_cmd(), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_show_and_facts_find_a_corpus_file_by_its_name(tmp_path):
    folder, elsewhere = _corpus(tmp_path)
    shown = _run(elsewhere, "show", "ferry.txt", "--corpus", str(folder))
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Ferry returns to Kestrel Bay")
    facts = _run(elsewhere, "facts", "ferry.txt", "--corpus", str(folder))
    assert facts.returncode == 0 and "2.4 million crowns" in facts.stdout, facts.stderr


def test_a_name_in_neither_place_is_one_line_and_exit_2(tmp_path):
    folder, elsewhere = _corpus(tmp_path)
    out = _run(elsewhere, "show", "nosuch.txt", "--corpus", str(folder))
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().splitlines() == ["briefing: nosuch.txt: no such file or folder; check the path"]
