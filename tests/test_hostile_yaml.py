"""Hostile YAML: config.yaml through the CLI, keymap/entity files through ``yamlsafe``.

Every broken file is one line naming the file (and the key, for wrong types),
exit 2 from a command, never a traceback; aliases and oversize files are refused.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from briefing.core import yamlsafe

from .conftest import SEEDS, briefing_cmd
from .hostile import ALIAS_BOMB, assert_no_traceback, assert_terminal_safe

SEED = str(sorted(SEEDS.glob("*.txt"))[0])

# (id, config.yaml bytes, strings the one error line must contain)
BAD_CONFIGS = [
    ("alias-bomb", ALIAS_BOMB.encode(), ["config.yaml", "aliases are not allowed"]),
    ("alias-value", b"base: &b /srv/news\ncorpus: *b\n", ["config.yaml", "aliases"]),
    ("oversize", b"# " + b"x" * (300 * 1024) + b"\ncorpus: /srv\n", ["config.yaml", "KB"]),
    ("wrong-type-number", b"max_file_mb: big\n", ["config.yaml", "'max_file_mb'", "number"]),
    ("wrong-type-list", b"corpus: [1, 2]\n", ["config.yaml", "'corpus'", "a string, got a list", "fix"]),
    ("wrong-type-int", b"facts_per_article: lots\n", ["config.yaml", "a whole number, got a string"]),
    ("wrong-type-bool", b"max_file_mb: yes\n", ["config.yaml", "'max_file_mb'"]),
    ("nan", b"max_file_mb: .nan\n", ["config.yaml", "'max_file_mb'"]),
    ("inf", b"max_file_mb: .inf\n", ["config.yaml", "'max_file_mb'"]),
    ("negative", b"max_file_mb: -3\n", ["config.yaml", "'max_file_mb'"]),
    ("unknown-key", b"corpsu: /srv/news\n", ["config.yaml", "'corpsu'"]),
    ("not-a-mapping", b"- corpus\n- /srv/news\n", ["config.yaml", "mapping"]),
    ("broken", b"corpus: [unclosed\n  x: : :\n", ["config.yaml", "line", "invalid YAML"]),
    ("tab-indent", b"corpus:\n\t- x\n", ["config.yaml", "invalid YAML"]),
    (
        "python-tag",
        b"corpus: !!python/object/apply:os.system ['touch /tmp/pwned']\n",
        ["config.yaml", "invalid YAML"],
    ),
    ("deep", b"[" * 50000 + b"]" * 50000, ["config.yaml", "nested too deeply"]),
    ("not-utf8", b"corpus: /srv/\xff\xfe\x9b\n", ["config.yaml", "UTF-8"]),
    ("escapes", b'corpus: "\\e]0;pwned\\a"\ntheme: 1\n', ["config.yaml", "'theme'"]),
    ("escape-in-key", b'"\\e]0;pwned\\a": 1\n', ["config.yaml", "unknown key"]),
]


def run_with_config(tmp_path, data: bytes | None, make_dir: bool = False):
    folder = tmp_path / "cfg" / "briefing"
    folder.mkdir(parents=True)
    target = folder / "config.yaml"
    if make_dir:
        target.mkdir()
    elif data is not None:
        target.write_bytes(data)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    return subprocess.run(briefing_cmd() + ["show", "--json", SEED], capture_output=True, env=env, timeout=60)


@pytest.mark.parametrize("data,expect", [c[1:] for c in BAD_CONFIGS], ids=[c[0] for c in BAD_CONFIGS])
def test_bad_config_is_one_line_and_exit_2(tmp_path, data, expect):
    proc = run_with_config(tmp_path, data)
    err = proc.stderr.decode("utf-8")
    assert_no_traceback(err)
    assert proc.returncode == 2, err
    assert proc.stdout == b""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert_terminal_safe(err)
    for part in expect:
        assert part in lines[0], (part, lines[0])
    assert not os.path.exists("/tmp/pwned")


def test_config_that_is_a_folder_is_one_line(tmp_path):
    proc = run_with_config(tmp_path, None, make_dir=True)
    err = proc.stderr.decode()
    assert_no_traceback(err)
    assert proc.returncode == 2 and len(err.strip().splitlines()) == 1 and "config.yaml" in err


def test_good_config_still_works(tmp_path):
    proc = run_with_config(tmp_path, b"max_file_mb: 2\ntheme: dark\n")
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"canola" in proc.stdout.lower() or b"title" in proc.stdout


# keymap.yaml and entities.yaml go through the same loader; check it directly too
@pytest.mark.parametrize("name", ["keymap.yaml", "entities.yaml"])
@pytest.mark.parametrize(
    "data,expect",
    [
        c[1:]
        for c in BAD_CONFIGS
        if c[0] in {"alias-bomb", "oversize", "broken", "python-tag", "deep", "not-utf8", "not-a-mapping"}
    ],
    ids=["alias-bomb", "oversize", "broken", "python-tag", "deep", "not-utf8", "not-a-mapping"],
)
def test_yamlsafe_refuses_hostile_files_with_one_line(tmp_path, name, data, expect):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(yamlsafe.YamlError) as info:
        yamlsafe.expect_mapping(yamlsafe.load_file(path), str(path))
    message = str(info.value)
    assert "\n" not in message and name in message
    for part in expect[1:]:
        assert part in message, (part, message)


def test_yamlsafe_reports_wrong_type_with_key(tmp_path):
    path = tmp_path / "keymap.yaml"
    path.write_text("bindings: [1, 2]\n")
    data = yamlsafe.load_file(path)
    with pytest.raises(yamlsafe.YamlError) as info:
        yamlsafe.expect_mapping(data["bindings"], str(path), key="bindings")
    assert "keymap.yaml" in str(info.value) and "'bindings'" in str(info.value)
