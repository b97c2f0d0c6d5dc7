"""The user's entities.yaml (config dir and corpus index dir): additions, ignores and one-line errors."""

from __future__ import annotations

import subprocess

import pytest

from briefing.core import entities, paths
from briefing.core.entities import extract, user
from briefing.core.errors import ConfigError
from briefing.core.model import Article, Block

from .conftest import briefing_cmd

TEXT = "Acme said on Monday that the Zorblax Quorum would expand. Breaking News was not a name."


def art(text: str = TEXT) -> Article:
    return Article(path="a.txt", content=text, title="", blocks=[Block("body", 0, len(text), text)])


def write_user_file(body: str):
    path = paths.config_file(user.FILE_NAME)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def test_user_file_adds_names_aliases_and_types():
    before = {(m.text, m.type) for m in extract(art())}
    assert ("Acme", "ORG") not in before
    write_user_file(
        "entities:\n"
        "  - {name: Acme Robotics, type: ORG, aliases: [Acme]}\n"
        "  - {name: Zorblax Quorum, type: event}\n"
    )
    got = {(m.text, m.type, m.canonical) for m in extract(art())}
    assert ("Acme", "ORG", "Acme Robotics") in got
    assert ("Zorblax Quorum", "EVENT", "Zorblax Quorum") in got


def test_user_file_ignore_list_removes_a_built_in_name():
    text = "Officials in Ottawa met on Monday."
    assert ("Ottawa", "GPE") in {(m.text, m.type) for m in extract(art(text))}
    write_user_file("ignore: [Ottawa]\n")
    assert ("Ottawa", "GPE") not in {(m.text, m.type) for m in extract(art(text))}


def test_corpus_index_file_is_read_for_that_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / ".briefing-index").mkdir(parents=True)
    (corpus / ".briefing-index" / "entities.yaml").write_text(
        "entities:\n  - {name: Zorblax Quorum, type: EVENT}\n", encoding="utf-8"
    )
    got = {(m.text, m.type) for m in extract(art(), corpus=corpus)}
    assert ("Zorblax Quorum", "EVENT") in got
    assert ("Zorblax Quorum", "EVENT") not in {(m.text, m.type) for m in extract(art())}


def test_user_file_overrides_the_corpus_file(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / ".briefing-index").mkdir(parents=True)
    (corpus / ".briefing-index" / "entities.yaml").write_text(
        "entities:\n  - {name: Zorblax Quorum, type: ORG}\n", encoding="utf-8"
    )
    write_user_file("entities:\n  - {name: Zorblax Quorum, type: EVENT}\n")
    got = {(m.text, m.type) for m in extract(art(), corpus=corpus)}
    assert ("Zorblax Quorum", "EVENT") in got


@pytest.mark.parametrize(
    "body, needle",
    [
        ("entities:\n  - {name: Acme, type: COMPANY}\n", "entities[0].type"),
        ("entities:\n  - {type: ORG}\n", "entities[0].name"),
        ("entities:\n  - {name: Acme, type: ORG, aliases: 5}\n", "entities[0].aliases"),
        ("entities:\n  - {name: Acme, type: ORG, colour: red}\n", "entities[0].colour"),
        ("entities:\n  - Acme\n", "entities[0]"),
        ("entities: {Acme: ORG}\n", "'entities'"),
        ("people: [Acme]\n", "'people'"),
        ("ignore: {a: 1}\n", "'ignore'"),
        ("- just a list\n", "expected a mapping"),
        ("entities: [\n", "invalid YAML"),
        ("a: &x [1]\nb: *x\n", "aliases are not allowed"),
    ],
)
def test_broken_user_file_is_one_line_naming_file_and_key(body, needle):
    path = write_user_file(body)
    with pytest.raises(ConfigError) as info:
        extract(art())
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    assert needle in message


def test_cli_reports_a_broken_user_file_and_exits_2(isolated_xdg, tmp_path):
    write_user_file("entities:\n  - {name: Acme, type: COMPANY}\n")
    sample = tmp_path / "a.txt"
    sample.write_text("Officials in Ottawa met on Monday to discuss trade.\n", encoding="utf-8")
    proc = subprocess.run(
        briefing_cmd() + ["entities", str(sample)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "entities.yaml" in lines[0] and "entities[0].type" in lines[0]
    assert "Traceback" not in proc.stderr


def test_changed_user_file_is_picked_up():
    write_user_file("entities:\n  - {name: Acme, type: ORG}\n")
    assert ("Acme", "ORG") in {(m.text, m.type) for m in extract(art())}
    write_user_file("entities:\n  - {name: Acme, type: PERSON}\n  - {name: Zorblax Quorum, type: ORG}\n")
    assert ("Acme", "PERSON") in {(m.text, m.type) for m in extract(art())}


def test_set_corpus_applies_to_later_calls(tmp_path):
    corpus = tmp_path / "c"
    (corpus / ".briefing-index").mkdir(parents=True)
    (corpus / ".briefing-index" / "entities.yaml").write_text(
        "entities:\n  - {name: Acme, type: ORG}\n", encoding="utf-8"
    )
    try:
        entities.set_corpus(corpus)
        assert ("Acme", "ORG") in {(m.text, m.type) for m in extract(art())}
    finally:
        entities.set_corpus(None)


def test_index_stops_with_one_line_on_a_broken_user_file(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Officials in Ottawa met on Monday to discuss trade.\n\nThey agreed.\n", encoding="utf-8"
    )
    write_user_file("entities:\n  - {name: Acme, type: COMPANY}\n")
    proc = subprocess.run(
        briefing_cmd() + ["index", str(corpus)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2
    assert proc.stderr.count("entities[0].type") == 1
    assert "skipped" not in proc.stdout + proc.stderr
