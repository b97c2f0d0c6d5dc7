"""Packaging: the wheel carries the keymap presets and the reader's styles, and an install finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile

from .conftest import REPO


def test_wheel_ships_keymaps_and_styles_and_installed_copy_finds_them(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(REPO)],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("briefing-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    shipped = {n.rsplit("/", 1)[-1] for n in names if "/share/briefing/keymaps/" in n}
    assert (
        shipped
        == {p.name for p in (REPO / "keymaps").glob("*.yaml")}
        >= {"default.yaml", "vim.yaml", "emacs.yaml"}
    )
    assert "briefing/tui/styles/reader.tcss" in names

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    # dependencies come from this environment's site-packages (no .pth files: not our checkout)
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    found = subprocess.run(
        [
            str(python),
            "-c",
            "from briefing.core import keymaps; "
            "print(keymaps.preset_path('vim')); print(keymaps.resolve('vim').keys('nav.down'))",
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    located, keys = found.stdout.strip().splitlines()
    assert located.startswith(str(env_dir)) and located.endswith("share/briefing/keymaps/vim.yaml")
    assert keys == "['j', 'down']"
