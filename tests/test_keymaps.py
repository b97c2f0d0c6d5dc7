"""Keymap presets, user overrides and validation (core, no Textual), and `briefing keys`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing.core import bindings, keymaps, paths
from briefing.core.errors import ConfigError

from .conftest import briefing_cmd


def test_presets_resolve_and_extend():
    vim = keymaps.resolve("vim")
    assert vim.keys("nav.down") == ["j", "down"]
    assert vim.keys("app.quit") == ["ctrl+q"]
    assert vim.keys("app.close") == ["q"]
    emacs = keymaps.resolve("emacs")
    assert emacs.keys("nav.up") == ["ctrl+p", "up"]
    assert emacs.keys("app.command-palette") == ["alt+x"]
    default = keymaps.resolve(None)
    assert default.keys("nav.down") == ["down"]
    assert set(default.bindings) == bindings.ids()


def test_config_value_and_user_override_merge_on_top(tmp_path):
    override = paths.config_file("keymap.yaml")
    paths.ensure_private_dir(override.parent)
    override.write_text('bindings:\n  copy.fact: "Y"\n  nav.down: "ctrl+j, j"\n')
    keymap = keymaps.resolve(None, "vim")
    assert keymap.name == "vim"
    assert keymap.keys("copy.fact") == ["Y"]
    assert keymap.keys("nav.down") == ["ctrl+j", "j"]
    assert keymap.keys("nav.up") == ["k", "up"]  # from vim, untouched
    assert keymap.origin["copy.fact"] == str(override)


def test_single_characters_are_normalised():
    assert keymaps.normalize_key("?") == "question_mark"
    assert keymaps.normalize_key("/") == "slash"
    assert keymaps.normalize_key("ctrl+d") == "ctrl+d"
    assert keymaps.normalize_key("ctrl+") is None
    assert keymaps.normalize_key("hyperspace") is None
    assert keymaps.display_key("question_mark") == "?"


@pytest.mark.parametrize(
    "body, message",
    [
        ("bindings:\n  nav.dwn: j\n", "unknown binding id 'nav.dwn'; did you mean 'nav.down'?"),
        ("bindings: [\n", "invalid YAML"),
        ("bindings:\n  nav.down: n\n", "bindings.nav.down: key 'n' is also bound to 'article.next-match'"),
        ("bindings:\n  nav.down: ctl+j\n", "bindings.nav.down: 'ctl+j' is not a key name"),
        ('bindings:\n  app.quit: ""\n', "a quit key must remain"),
        ("bindings:\n  nav.down: 3\n", "bindings.nav.down: keys must be a string"),
        ("name: x\nextends: nonesuch\n", "unknown keymap 'nonesuch'"),
        ("colour: red\n", "unknown key 'colour'"),
        ("a: &a [1]\nb: *a\n", "aliases are not allowed"),
    ],
)
def test_bad_keymaps_are_one_line_errors(tmp_path, body, message):
    path = tmp_path / "mine.yaml"
    path.write_text(body)
    with pytest.raises(ConfigError) as err:
        keymaps.resolve(str(path))
    text = str(err.value)
    assert message in text and "\n" not in text
    assert str(path) in text


def test_extends_loop_is_refused(tmp_path):
    (tmp_path / "a.yaml").write_text("extends: b.yaml\n")
    (tmp_path / "b.yaml").write_text("extends: a.yaml\n")
    with pytest.raises(ConfigError, match="loop"):
        keymaps.resolve(str(tmp_path / "a.yaml"))


def test_keys_command_lists_vim_bindings_without_textual():
    out = subprocess.run(
        briefing_cmd() + ["keys", "--keymap", "vim"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    down = next(line for line in out.stdout.splitlines() if line.startswith("nav.down "))
    up = next(line for line in out.stdout.splitlines() if line.startswith("nav.up "))
    assert "j" in down.replace(",", " ").split() and "k" in up.replace(",", " ").split()
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom briefing.cli import main\nmain(['keys'])\n"
            "assert 'textual' not in sys.modules, 'textual imported'\n",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stderr


@pytest.mark.parametrize("body", ["bindings:\n  nav.dwn: j\n", "bindings: [\n"])
def test_keys_command_bad_keymap_exits_2_with_one_line(tmp_path, body):
    path = tmp_path / "bad.yaml"
    path.write_text(body)
    out = subprocess.run(
        briefing_cmd() + ["keys", "--keymap", str(path)], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert str(path) in out.stderr


def test_default_keymap_needs_no_file(monkeypatch, tmp_path):
    monkeypatch.setattr(keymaps, "keymap_dirs", lambda: [tmp_path / "nowhere"])
    keymap = keymaps.resolve(None)
    assert keymap.name == "default" and keymap.bindings == bindings.default_keys()
    with pytest.raises(ConfigError, match="keymap preset 'vim' is missing"):
        keymaps.resolve("vim")


def test_keys_command_lists_every_binding_by_section():
    out = subprocess.run(briefing_cmd() + ["keys"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    listed = {line.split()[0] for line in out.stdout.splitlines() if "." in line.split(" ")[0]}
    assert listed == bindings.ids()
    for title, _ in bindings.SECTIONS:
        assert f"\n{title}\n" in out.stdout
    for binding_id in ("reading.next-unread", "history.back", "layout.zoom", "corpus.reload", "links.open"):
        assert bindings.section_of(binding_id) != "Other"


def test_new_actions_have_keys_in_every_preset_and_no_conflicts():
    for name in keymaps.PRESETS:
        keymap = keymaps.resolve(name)
        for binding_id in bindings.ids():
            assert keymap.keys(binding_id), f"{name}: {binding_id} has no key"
