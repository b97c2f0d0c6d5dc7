"""Real Unix users on one shared, root-owned, read-only corpus (needs root: CI runs as root).

- A file the user cannot read is one warning line; the rest loads (as an unprivileged user,
  since root reads a chmod 000 file anyway).
- Two users read the same root-owned corpus: it stays byte-for-byte untouched (checksums,
  modes and mtimes), both get results, and every file briefing writes for them is user-only;
  after root's ``briefing index --shared`` they use the shared index read-only, and a change
  the shared index has not caught up with gives one notice and a private index.
- A cache folder the user cannot write: one line naming it, and the command still works.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from .conftest import SEEDS, briefing_cmd
from .hostile import assert_no_traceback, assert_terminal_safe, write_hostile_corpus
from .users import NOBODY, is_root, make_runtime, temp_user, world_tmpdir

pytestmark = pytest.mark.skipif(not is_root(), reason="creating Unix users and switching to them needs root")

# What each user runs on the shared corpus: one line per command (argv after `briefing`,
# exit codes that are fine, a string the output must contain).
USER_COMMANDS = [
    (["search", "canola"], {0}, "canola"),
    (["search", "--json", "canola"], {0}, '"hits"'),
    (["show", "--json"], {0}, "canola"),
    (["entities"], {0}, ""),
    (["facts", "--briefing"], {0}, ""),
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
            out[str(path.relative_to(root))] = (
                stat.S_IFMT(st.st_mode),
                stat.S_IMODE(st.st_mode),
                st.st_uid,
                st.st_mtime_ns,
                digest,
            )
    st = root.stat()
    out["."] = (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode), st.st_uid, st.st_mtime_ns, "")
    return out


def make_shared_corpus(path: Path) -> Path:
    """Root-owned, dirs 0755, files 0644: the seeds and one hostile article."""
    path.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy2(seed, path / seed.name)
    hostile = write_hostile_corpus(path.parent / f"{path.name}-hostile-src", big=False)
    shutil.copy2(hostile.loads["escapes"], path / "escapes.txt")
    shutil.copy2(hostile.loads["markup"], path / "markup.md")
    for dirpath, _dirnames, filenames in os.walk(path):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            os.chmod(os.path.join(dirpath, name), 0o644)
    return path


def user_files(home: Path) -> list[Path]:
    """Everything briefing created under a user's XDG folders (default locations)."""
    found = []
    for top in (
        home / ".config" / "briefing",
        home / ".cache" / "briefing",
        home / ".local" / "state" / "briefing",
        home / ".local" / "share" / "briefing",
    ):
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
    for dirpath, _dirnames, filenames in os.walk(base / "unreadable"):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            path = os.path.join(dirpath, name)
            if not os.path.islink(path) and path != str(hostile.unreadable):
                os.chmod(path, 0o644)
    assert stat.S_IMODE(hostile.unreadable.stat().st_mode) == 0
    xdg = base / "unreadable" / "xdg"
    xdg.mkdir()
    os.chown(xdg, NOBODY, NOBODY)
    env = {
        "HOME": str(xdg),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": f"{xdg}/c",
        "XDG_CACHE_HOME": f"{xdg}/k",
        "XDG_STATE_HOME": f"{xdg}/s",
        **runtime.env,
    }
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


def run_user_commands(user, runtime, corpus) -> list[str]:
    """Every USER_COMMANDS line as ``user``; returns their stderr lines."""
    env = user.env(runtime)
    notes = []
    for argv, codes, expect in USER_COMMANDS:
        proc = user.run(runtime.command("--corpus", str(corpus), *argv), env, cwd=str(user.home))
        out, err = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
        assert_no_traceback(err, f"{user.name} {argv}")
        assert proc.returncode in codes, f"{user.name} {argv}: exit {proc.returncode}: {err}"
        assert expect in out, f"{user.name} {argv}: {expect!r} not in output"
        assert_terminal_safe(out, f"{user.name} {argv}")
        assert_terminal_safe(err, f"{user.name} {argv}")
        notes += err.splitlines()
    return notes


def locate(user, runtime, corpus) -> dict:
    proc = user.run(runtime.command("--corpus", str(corpus), "locate", "--json"), user.env(runtime))
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def without_shared_index(listing: dict) -> dict:
    return {k: v for k, v in listing.items() if k != "." and not k.startswith(".briefing-index")}


def test_two_users_share_a_read_only_corpus_and_keep_their_files_private(base, runtime, tmp_path):
    corpus = make_shared_corpus(base / "srv-news")
    before = tree_listing(corpus)
    with temp_user(base) as alice, temp_user(base) as bob:
        # 1. no shared index yet: alice gets a private index in her own cache, user-only
        notes = run_user_commands(alice, runtime, corpus)
        assert notes == [], notes
        where = locate(alice, runtime, corpus)
        assert where["in_use"]["status"] == "private"
        assert Path(where["private_index"]["path"]).is_relative_to(alice.home)
        mine = user_files(alice.home)
        assert any(p.name == "manifest.json" for p in mine), mine
        assert_user_only(mine, alice.uid)
        # the users cannot write the corpus, and nothing in it changed
        probe = alice.run(["sh", "-c", f"echo x > {corpus}/written-by-user.txt"], alice.env(runtime))
        assert probe.returncode != 0
        assert tree_listing(corpus) == before

        # 2. root builds the shared index; both users then use it read-only
        env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "root-cache"))
        built = subprocess.run(
            briefing_cmd() + ["index", "--shared", "--quiet", str(corpus)],
            capture_output=True,
            env=env,
            timeout=600,
        )
        assert built.returncode == 0, built.stderr
        shared_before = tree_listing(corpus / ".briefing-index")
        for user in (alice, bob):
            notes = run_user_commands(user, runtime, corpus)
            assert notes == [], notes
            where = locate(user, runtime, corpus)
            assert where["in_use"]["status"].startswith("shared"), where
            assert where["in_use"]["path"] == str(corpus / ".briefing-index")
            assert_user_only(user_files(user.home), user.uid)
        # bob never needed a private index of his own
        assert not (bob.home / ".cache" / "briefing" / "indexes").exists()
        assert tree_listing(corpus / ".briefing-index") == shared_before

        # 3. a change the cron job has not picked up yet: one notice, a private index, correct results
        target = corpus / "markup.md"
        target.write_text(
            target.read_text(encoding="utf-8") + "\nThe quokkanomics memo leaked today.\n", encoding="utf-8"
        )
        os.chmod(target, 0o644)
        proc = bob.run(runtime.command("--corpus", str(corpus), "search", "quokkanomics"), bob.env(runtime))
        err = proc.stderr.decode()
        assert proc.returncode == 0, err
        assert len(err.strip().splitlines()) == 1 and "shared index" in err, err
        assert "quokkanomics" in proc.stdout.decode()
        assert_user_only(user_files(bob.home), bob.uid)
        assert tree_listing(corpus / ".briefing-index") == shared_before
    after = without_shared_index(tree_listing(corpus))
    expected = without_shared_index(before)
    expected.pop("markup.md")
    after.pop("markup.md")
    assert after == expected


def test_unwritable_cache_as_a_normal_user_is_one_line_and_still_works(base, runtime):
    corpus = make_shared_corpus(base / "ro-cache-news")
    home = base / "ro-cache-home"
    cache = home / "cache"
    cache.mkdir(parents=True)
    (home / "state").mkdir()
    os.chmod(home, 0o755)
    os.chmod(cache, 0o555)  # root-owned, not writable by the user
    os.chown(home / "state", NOBODY, NOBODY)
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_CACHE_HOME": str(cache),
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_STATE_HOME": f"{home}/state",
        **runtime.env,
    }
    from .hostile import run_as

    proc = run_as(NOBODY, runtime.command("--corpus", str(corpus), "search", "canola"), env)
    err = proc.stderr.decode()
    assert_no_traceback(err)
    assert proc.returncode == 0, err
    assert "canola" in proc.stdout.decode().lower()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(cache) in lines[0], err
    assert os.listdir(cache) == []
