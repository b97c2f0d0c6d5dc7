"""What the reader and its commands say is what they do: the README's keymap example works as
written, help texts describe the JSON printed, citations carry the sentence number, the emacs
footer shows the palette key, and the reader refuses (one line, exit 2) where it cannot run."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess

from briefing.core import keymaps
from briefing.core.corpus import bundled_seeds
from briefing.core.library import Library
from briefing.tui.labels import citation
from briefing.tui.widgets.article_view import ArticleView

from .conftest import REPO, SEEDS, briefing_cmd, drain_pty
from .tui_helpers import make_app, wait_for


def readme_keymap_example() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Keymaps") :]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def test_the_readme_keymap_example_works_as_written(isolated_xdg):
    import yaml

    example = yaml.safe_load(readme_keymap_example())
    assert example["extends"] == "vim"
    vim, emacs = keymaps.resolve("vim"), keymaps.resolve("emacs")  # before the override exists
    override = keymaps.user_override_path()
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text(readme_keymap_example(), encoding="utf-8")
    keymap = keymaps.resolve()  # what the reader and `briefing keys` use
    given = {i: [keymaps.normalize_key(k) for k in v.split(",")] for i, v in example["bindings"].items()}
    assert given and all(keymap.keys(i) == keys for i, keys in given.items())
    others = [i for i in vim.bindings if i not in given]
    assert all(keymap.keys(i) == vim.keys(i) for i in others), "the vim base it extends"
    # --keymap still chooses the base; the file's bindings apply on top
    on_emacs = keymaps.resolve("emacs")
    assert all(on_emacs.keys(i) == keys for i, keys in given.items())
    assert all(on_emacs.keys(i) == emacs.keys(i) for i in others)
    out = subprocess.run(briefing_cmd() + ["keys"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr


def _help(command: str) -> str:
    out = subprocess.run(briefing_cmd() + [command, "--help"], capture_output=True, text=True, timeout=60)
    return " ".join(out.stdout.split())


def test_json_help_texts_name_what_is_printed():
    keys = json.loads(
        subprocess.run(briefing_cmd() + ["keys", "--json"], capture_output=True, timeout=60).stdout
    )
    text = _help("keys")
    assert isinstance(keys, dict) and "one JSON object:" in text
    for key in keys:
        assert key in text, key
    for key in keys["bindings"][0]:
        assert key in text, key
    entities = json.loads(
        subprocess.run(
            briefing_cmd() + ["entities", "--json", str(SEEDS)], capture_output=True, timeout=120
        ).stdout
    )
    text = _help("entities")
    assert isinstance(entities, list) and "one object per article" in text
    for key in [*entities[0], *entities[0]["entities"][0]]:
        assert key in text, key


def test_citation_names_the_sentence_number():
    library = Library.open(bundled_seeds())
    article = library.article(library.summaries()[0].id)
    third = article.sentences[2]
    text = citation(third.text, article, third.start)
    assert text.endswith(f"{article.path}, sentence 3)")
    assert "sentence" not in citation(third.text, article)  # no offset, no number


async def test_copy_after_a_fact_jump_cites_the_sentence():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.article is not None)
        await pilot.press("3", "down", "enter")
        await wait_for(pilot, lambda: screen.selection is not None)
        await pilot.press("2", "y")
        start = screen.selection.start
        number = next(s.index + 1 for s in screen.article.sentences if s.start <= start < s.end)
        assert app.last_copied.endswith(f", sentence {number})")
        assert screen.query_one(ArticleView).has_focus


async def test_emacs_footer_shows_the_palette_on_its_own_key():
    app = make_app(keymaps.resolve("emacs"))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.screen.article is not None)
        await pilot.pause()
        palette_key = app.screen.query_one("Footer").query(".-command-palette").first()
        assert palette_key.key == "alt+x" and palette_key.description != "Move up"


def _reader_exit(env: dict[str, str], stdout=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        briefing_cmd() + ["--corpus", str(SEEDS)],
        stdin=subprocess.DEVNULL,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **env},
        timeout=60,
    )


def test_the_reader_refuses_a_file_or_pipe_on_stdout(tmp_path):
    target = tmp_path / "out.txt"
    with open(target, "wb") as handle:
        out = _reader_exit({}, stdout=handle)
    err = out.stderr.decode()
    assert out.returncode == 2
    assert err.count("\n") == 1 and "needs a terminal" in err and "briefing show" in err
    assert target.read_bytes() == b"", "nothing written to the file, not an escape"


def test_the_reader_refuses_term_dumb_even_on_a_terminal():
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        briefing_cmd() + ["--corpus", str(SEEDS)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env={**os.environ, "TERM": "dumb"},
        close_fds=True,
    )
    os.close(slave)
    shown = drain_pty(master, proc, timeout=60, what="the reader did not exit under TERM=dumb").decode()
    assert proc.wait(timeout=60) == 2
    assert "TERM=dumb" in shown and "\x1b[" not in shown
