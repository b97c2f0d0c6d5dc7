"""``briefing entities``: the scorer's figure on the seeds as a regression floor, JSON and table output."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from .conftest import SEEDS, briefing_cmd

F1_FLOOR = 0.95


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(briefing_cmd() + list(args), capture_output=True, text=True, timeout=120)


def test_seed_entities_score_at_least_the_floor(eval_dir, tmp_path):
    proc = run_cli("entities", "--json", str(SEEDS))
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "ents.json"
    out.write_text(proc.stdout, encoding="utf-8")
    score = subprocess.run(
        [
            sys.executable,
            str(eval_dir / "score.py"),
            "entities",
            str(eval_dir / "seeds-entities.yaml"),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert score.returncode == 0, score.stderr
    last = score.stdout.strip().splitlines()[-1]
    f1 = float(re.search(r"F1=([0-9.]+)", last).group(1))
    assert f1 >= F1_FLOOR, score.stdout


def test_json_lists_every_mention_with_source_offsets():
    proc = run_cli("entities", "--json", str(SEEDS))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert len(data) == len(list(SEEDS.glob("*.txt")))
    for item in data:
        content = open(item["path"], encoding="utf-8").read()
        assert item["entities"]
        for ent in item["entities"]:
            assert set(ent) == {"text", "type", "canonical", "start", "end"}
            assert content[ent["start"] : ent["end"]] == ent["text"]


def test_plain_table_in_a_pipe_merges_aliases_across_articles():
    proc = run_cli("entities", str(SEEDS))
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["entity", "type", "mentions", "articles"]
    rows = {tuple(line.rsplit(None, 3)) for line in lines[1:]}
    names = {r[0].strip(): r for r in rows}
    assert "United States" in names and names["United States"][1] == "GPE"
    assert "U.S." not in names and "US" not in names
    assert int(names["United States"][3]) == 5


def test_entities_command_does_not_import_textual():
    code = (
        "import sys; from briefing.cli import main; "
        f"rc = main(['entities', '--json', {str(SEEDS)!r}]); "
        "assert 'textual' not in sys.modules, 'textual imported'; sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_the_corpus_table_comes_from_the_index_totals_and_reads_no_article(tmp_path, monkeypatch, capsys):
    """On 2,225 BBC articles the corpus-wide table took 8 s: it read and linked every article.
    It is the index's entity totals, with the same rows as the files' own analysis."""
    from briefing.cli import main
    from briefing.core.library import Library

    corpus = tmp_path / "news"
    corpus.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (corpus / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["entities", str(corpus)]) == 0  # the files, analysed here
    from_files = capsys.readouterr().out
    Library.open(corpus).close()

    def no_reading(self, aid):
        raise AssertionError("an article was read for the corpus-wide table")

    monkeypatch.setattr(Library, "_load", no_reading)
    for extra in ([], ["--relative-dates"]):
        assert main(["--corpus", str(corpus), "entities", *extra]) == 0
        table = capsys.readouterr().out
        assert table.splitlines()[0].split() == ["entity", "type", "mentions", "articles"]
        assert len(table.splitlines()) > 20
        if not extra:
            assert table == from_files
