"""Real Unix users on one shared, root-owned, read-only corpus (needs root: CI runs as root).

- A file the user cannot read is one warning line; the rest loads (as an unprivileged user,
  since root reads a chmod 000 file anyway).
- Two users read the same root-owned corpus: it stays byte-for-byte untouched (checksums,
  modes and mtimes), both get results, and every file briefing writes for them is user-only.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from .conftest import SEEDS
from .hostile import assert_no_traceback, assert_terminal_safe, write_hostile_corpus
from .users import NOBODY, is_root, make_runtime, temp_user, world_tmpdir

pytestmark = pytest.mark.skipif(not is_root(), reason="creating Unix users and switching to them needs root")

# What each user runs on the shared corpus: one line per command (argv after `briefing`,
# exit codes that are fine, a string the output must contain). Add commands as they land.
USER_COMMANDS = [
    (["show", "--json"], {0}, "canola"),
    (["show"], {0}, "canola"),
]


@pytest.fixture(scope="module")
def base():
    path = world_tmpdir("briefing-users-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def runtime(base):
    try:
        return make_runtime(base / "runtime")
    except RuntimeError as exc:
        pytest.skip(str(exc))


def tree_listing(root: Path) -> dict[str, tuple]:
    """Every entry under root: (type, mode, uid, mtime_ns, sha256 of contents for files)."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            st = path.lstat()
            digest = ""
            if stat.S_ISREG(st.st_mode):
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            out[str(path.relative_to(root))] = (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode),
                                               st.st_uid, st.st_mtime_ns, digest)
    st = root.stat()
    out["."] = (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode), st.st_uid, st.st_mtime_ns, "")
    return out


def make_shared_corpus(path: Path) -> Path:
    """Root-owned, dirs 0755, files 0644: the seeds and one hostile article."""
    path.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy2(seed, path / seed.name)
    hostile = write_hostile_corpus(path.parent / "hostile-src", big=False)
    shutil.copy2(hostile.loads["escapes"], path / "escapes.txt")
    shutil.copy2(hostile.loads["markup"], path / "markup.md")
    for dirpath, dirnames, filenames in os.walk(path):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            os.chmod(os.path.join(dirpath, name), 0o644)
    return path


def user_files(home: Path) -> list[Path]:
    """Everything briefing created under a user's XDG folders (default locations)."""
    found = []
    for top in (home / ".config" / "briefing", home / ".cache" / "briefing",
                home / ".local" / "state" / "briefing", home / ".local" / "share" / "briefing"):
        if top.exists():
            found.append(top)
            for dirpath, dirnames, filenames in os.walk(top):
                found.extend(Path(dirpath) / n for n in dirnames + filenames)
    return found


def assert_user_only(paths: list[Path], uid: int) -> None:
    for path in paths:
        st = path.lstat()
        assert st.st_uid == uid, f"{path} is owned by uid {st.st_uid}, not the user {uid}"
        if stat.S_ISDIR(st.st_mode):
            assert stat.S_IMODE(st.st_mode) == 0o700, f"{path}: mode {oct(st.st_mode)} (want 0700)"
        elif stat.S_ISREG(st.st_mode):
            assert stat.S_IMODE(st.st_mode) & 0o077 == 0, f"{path}: mode {oct(st.st_mode)} (want 0600)"


def test_unreadable_file_is_one_warning_for_a_normal_user(base, runtime):
    hostile = write_hostile_corpus(base / "unreadable" / "corpus", big=False)
    for dirpath, dirnames, filenames in os.walk(base / "unreadable"):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            path = os.path.join(dirpath, name)
            if not os.path.islink(path) and path != str(hostile.unreadable):
                os.chmod(path, 0o644)
    assert stat.S_IMODE(hostile.unreadable.stat().st_mode) == 0
    xdg = base / "unreadable" / "xdg"
    xdg.mkdir()
    os.chown(xdg, NOBODY, NOBODY)
    env = {"HOME": str(xdg), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "XDG_CONFIG_HOME": f"{xdg}/c",
           "XDG_CACHE_HOME": f"{xdg}/k", "XDG_STATE_HOME": f"{xdg}/s", **runtime.env}
    from .hostile import run_as
    proc = run_as(NOBODY, runtime.command("--corpus", str(hostile.root), "show", "--json"), env)
    err = proc.stderr.decode()
    assert_no_traceback(err)
    assert proc.returncode == 0, err
    assert_terminal_safe(proc.stdout.decode())
    mine = [line for line in err.splitlines() if hostile.unreadable.name in line]
    assert len(mine) == 1 and "ermission denied" in mine[0], err
    paths = {a["path"] for a in json.loads(proc.stdout)}
    assert str(hostile.unreadable) not in paths
    assert str(hostile.loads["plain"]) in paths and str(hostile.loads["escapes"]) in paths


def test_two_users_share_a_read_only_corpus_and_keep_their_files_private(base, runtime):
    corpus = make_shared_corpus(base / "srv-news")
    before = tree_listing(corpus)
    with temp_user(base) as alice, temp_user(base) as bob:
        for user in (alice, bob):
            env = user.env(runtime)
            for argv, codes, expect in USER_COMMANDS:
                proc = user.run(runtime.command("--corpus", str(corpus), *argv), env, cwd=str(user.home))
                out, err = proc.stdout.decode(), proc.stderr.decode()
                assert_no_traceback(err, f"{user.name} {argv}")
                assert proc.returncode in codes, f"{user.name} {argv}: exit {proc.returncode}: {err}"
                assert expect in out, f"{user.name} {argv}: {expect!r} not in output"
                assert_terminal_safe(out, f"{user.name} {argv}")
                assert_terminal_safe(err, f"{user.name} {argv}")
            assert_user_only(user_files(user.home), user.uid)
        # the users cannot write the corpus, and nothing changed in it
        probe = alice.run(["sh", "-c", f"echo x > {corpus}/written-by-user.txt"], alice.env(runtime))
        assert probe.returncode != 0
    assert tree_listing(corpus) == before
