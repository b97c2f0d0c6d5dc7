"""Packaging: the wheel carries the seeds byte-identical and an installed copy finds them."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile

from .conftest import REPO, SEEDS


def test_wheel_ships_seeds_and_installed_copy_finds_them(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(REPO)],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("briefing-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        shipped = {n.rsplit("/", 1)[-1]: zf.read(n) for n in zf.namelist() if "/share/briefing/seeds/" in n}
    assert shipped == {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")}

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    found = subprocess.run(
        [str(python), "-c", "from briefing.core.corpus import bundled_seeds; print(bundled_seeds())"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
    )
    located = found.stdout.strip()
    assert located.startswith(str(env_dir)) and located.endswith("share/briefing/seeds")
