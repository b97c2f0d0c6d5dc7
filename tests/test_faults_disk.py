"""A full disk under the cache (a 256 KB tmpfs; root only): one line naming the folder, and it works.

Complements the index branch's fault tests (kill -9, concurrent runs, searching during
commits, an unwritable cache in-process) with a real ENOSPC from a real filesystem.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from .conftest import briefing_cmd
from .hostile import assert_no_traceback, assert_terminal_safe

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small tmpfs needs root")


@pytest.fixture
def full_disk(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k,mode=0755", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.strip()})")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)


def test_full_disk_cache_is_one_line_and_search_still_works(full_disk, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(full_disk))
    for _attempt in range(2):  # the second run finds the half-written index of the first
        proc = subprocess.run(briefing_cmd() + ["search", "canola"], capture_output=True, timeout=300)
        err = proc.stderr.decode()
        assert_no_traceback(err)
        assert proc.returncode == 0, err
        out = proc.stdout.decode()
        assert "002_" in out and "004_" in out, out  # the two seed articles about canola
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert str(full_disk) in lines[0] and "No space left" in lines[0], lines[0]
        assert_terminal_safe(err)
