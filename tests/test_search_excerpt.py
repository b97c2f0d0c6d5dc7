"""``briefing search`` on a very long matching sentence: a window around the hit, not the paragraph.

In a terminal and in a pipe the sentence is cut to whole words around the matched word with "…"
at each cut end (the pipe keeps one hit line per snippet); ``--json`` keeps the whole sentence.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from briefing.core.model import Snippet
from briefing.render.hits import EXCERPT_CHARS, excerpt

from .test_search_cli import run, run_in_pty

FILLER = [
    "the committee heard evidence from residents",
    "who described repeated flooding of the lower streets",
    "while engineers set out the cost of new defences",
    "and several councillors asked about the timetable",
]


def long_sentence(word: str) -> str:
    parts = [FILLER[n % len(FILLER)] for n in range(24)]
    parts[12] = f"a {word} barrier was proposed for the river mouth"
    return "During the hearing " + ", ".join(parts) + "."


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "hearing.txt").write_text(
        "Flood hearing ends\n\n" + long_sentence("tidal") + "\n\nThe report is due in spring.\n",
        encoding="utf-8",
    )
    return folder


def test_a_pipe_shows_a_window_around_the_hit_on_one_line(tmp_path):
    out = run("search", "tidal", "--corpus", str(corpus(tmp_path)))
    assert out.returncode == 0, out.stderr
    hit_lines = [line for line in out.stdout.splitlines() if "tidal" in line]
    assert len(hit_lines) == 1, out.stdout
    line = hit_lines[0].strip()
    assert line.startswith("…") and line.endswith("…"), line
    assert len(line) <= EXCERPT_CHARS + 2
    assert "a tidal barrier was proposed" in line
    assert "During the hearing" not in line  # the sentence's start is cut away, not printed


def test_a_terminal_shows_the_same_window_highlighted(tmp_path):
    code, output = run_in_pty("search", "tidal", "--corpus", str(corpus(tmp_path)))
    assert code == 0
    plain = subprocess.run(
        ["sed", "s/\x1b\\[[0-9;]*m//g"], input=output, capture_output=True, text=True
    ).stdout
    shown = " ".join(plain.split())
    assert "a tidal barrier was proposed" in shown and "…" in shown
    assert "During the hearing" not in shown
    assert len(shown) < 600  # a window, not the 1,000-character paragraph


def test_json_keeps_the_whole_sentence(tmp_path):
    folder = corpus(tmp_path)
    out = run("search", "tidal", "--corpus", str(folder), "--json", env=os.environ.copy())
    assert out.returncode == 0, out.stderr
    snippet = json.loads(out.stdout)["hits"][0]["snippets"][0]
    assert snippet["sentence"] == long_sentence("tidal") and "…" not in snippet["sentence"]


def test_excerpt_keeps_short_sentences_whole_and_hits_marked():
    sentence = "Officials said a tidal barrier would cost less."
    start = 50
    a = start + sentence.index("tidal")
    text, marks = excerpt(Snippet(sentence, start, start + len(sentence), [(a, a + 5)]))
    assert text == sentence and [text[x:y] for x, y in marks] == ["tidal"]


def test_a_sentence_a_little_over_the_window_stays_whole():
    sentence = " ".join(["The tidal barrier"] + ["would protect the lower streets"] * 8) + "."
    assert 240 < len(sentence) <= 320
    a = sentence.index("tidal")
    text, _ = excerpt(Snippet(sentence, 0, len(sentence), [(a, a + 5)]))
    assert text == sentence


def test_excerpt_of_a_hit_near_the_end_cuts_only_the_start():
    sentence = long_sentence("x") + " Finally the tidal plan."
    a = sentence.index("tidal")
    text, marks = excerpt(Snippet(sentence, 0, len(sentence), [(a, a + 5)]))
    assert text.startswith("…") and not text.endswith("…") and text.endswith("tidal plan.")
    assert [text[x:y] for x, y in marks] == ["tidal"]
    assert not text[1].isspace() and text[1:].split()[0] in sentence.split()  # a whole word first
