"""Running briefing as other Unix users in tests (root only): temp users and a runtime they can use.

Tests run as root in CI. The repository's venv may live where other users cannot
reach it (its interpreter under /root, say), so ``UserRuntime`` checks whether an
unprivileged user can import briefing with this interpreter; if not, it copies
briefing and its dependencies into a world-readable temp folder and runs them
with a system interpreter of the same Python version. Nothing in the repository
is chmod-ed. ``temp_user`` creates a user with a home in a temp folder and
removes both afterwards.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

NOBODY = 65534
# top-level modules briefing and its dependencies import
MODULES = [
    "briefing",
    "rich",
    "textual",
    "whoosh",
    "yaml",
    "_yaml",
    "platformdirs",
    "markdown_it",
    "mdurl",
    "pygments",
    "linkify_it",
    "mdit_py_plugins",
    "typing_extensions",
    "uc_micro",
    # HTML extraction: trafilatura and what it imports (dateparser only for some dates)
    "trafilatura",
    "lxml",
    "lxml_html_clean",
    "justext",
    "htmldate",
    "courlan",
    "dateparser",
    "dateparser_data",
    "dateutil",
    "regex",
    "tzlocal",
    "tzdata",
    "pytz",
    "babel",
    "tld",
    "charset_normalizer",
    "certifi",
    "urllib3",
]
_counter = itertools.count()


def is_root() -> bool:
    return os.geteuid() == 0


def world_tmpdir(prefix: str) -> Path:
    """A new folder under /tmp that every user can traverse (0755); the caller removes it."""
    path = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    path.chmod(0o755)
    return path


@dataclass
class UserRuntime:
    """How another user runs briefing: ``argv`` prefix and environment additions."""

    argv: list[str]
    env: dict = field(default_factory=dict)
    copied: bool = False

    def command(self, *args: str) -> list[str]:
        return self.argv + list(args)

    def shell(self, *args: str) -> str:
        """The same as one shell command line (for ssh and tmux)."""
        import shlex

        env = " ".join(f"{k}={shlex.quote(v)}" for k, v in self.env.items())
        return (f"env {env} " if env else "") + " ".join(shlex.quote(a) for a in self.command(*args))


def _can_import(python: str, env: dict, uid: int = NOBODY) -> bool:
    probe = "import briefing, briefing.cli, rich, whoosh, yaml, platformdirs, textual"
    try:
        proc = subprocess.run(
            [
                "setpriv",
                f"--reuid={uid}",
                f"--regid={uid}",
                "--clear-groups",
                "--",
                "env",
                "-i",
                "PYTHONDONTWRITEBYTECODE=1",
                "HOME=/tmp",
            ]
            + [f"{k}={v}" for k, v in env.items()]
            + [python, "-c", probe],
            capture_output=True,
            timeout=60,
            cwd="/",
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0


def _same_version_pythons() -> list[str]:
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    found = []
    for folder in ("/usr/bin", "/usr/local/bin", "/opt/python/bin"):
        for name in (f"python{version}", "python3"):
            path = Path(folder) / name
            if path.exists() and os.access(path, os.X_OK):
                proc = subprocess.run(
                    [str(path), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                    capture_output=True,
                    text=True,
                )
                if proc.stdout.strip() == version and str(path.resolve()) not in found:
                    found.append(str(path))
    return found


def make_runtime(base: Path) -> UserRuntime:
    """A way for unprivileged users to run briefing (root only); copies into ``base`` if needed.

    Raises RuntimeError with the reason when no interpreter works for them.
    """
    direct = UserRuntime([sys.executable, "-m", "briefing"])
    if _can_import(sys.executable, {}):
        return direct
    lib = base / "pylib"
    lib.mkdir(parents=True)
    for name in MODULES:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None and not spec.submodule_search_locations:
            continue
        if spec.submodule_search_locations:
            src = Path(list(spec.submodule_search_locations)[0])
            shutil.copytree(src, lib / src.name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(spec.origin, lib / Path(spec.origin).name)
    # the bundled seeds and keymap presets sit next to the package in a checkout
    checkout = Path(importlib.util.find_spec("briefing").submodule_search_locations[0]).parent
    for data in ("seeds", "keymaps"):
        if (checkout / data).is_dir():
            shutil.copytree(checkout / data, lib / data)
    for dirpath, _dirnames, filenames in os.walk(base):
        os.chmod(dirpath, 0o755)
        for f in filenames:
            os.chmod(os.path.join(dirpath, f), 0o644 if not f.endswith(".so") else 0o755)
    env = {"PYTHONPATH": str(lib), "PYTHONDONTWRITEBYTECODE": "1"}
    for python in _same_version_pythons():
        if _can_import(python, env):
            return UserRuntime([python, "-m", "briefing"], env, copied=True)
    raise RuntimeError(
        f"no Python {sys.version_info.major}.{sys.version_info.minor} that an "
        f"unprivileged user can run (this one, {sys.executable}, is not reachable for them)"
    )


@dataclass
class TempUser:
    name: str
    uid: int
    gid: int
    home: Path

    def env(self, runtime: UserRuntime, **extra) -> dict:
        env = {
            "HOME": str(self.home),
            "USER": self.name,
            "LOGNAME": self.name,
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "COLUMNS": "100",
        }
        env.update(runtime.env)
        env.update(extra)
        return env

    def run(
        self, argv: list[str], env: dict, cwd: str = "/", timeout: float = 180
    ) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["runuser", "-u", self.name, "--", "env", "-i"] + [f"{k}={v}" for k, v in env.items()] + argv,
            capture_output=True,
            timeout=timeout,
            cwd=cwd,
        )


@contextmanager
def temp_user(parent: Path, shell: str = "/bin/bash"):
    """Create a Unix user with a home under ``parent`` (root only); remove it afterwards."""
    name = f"brf{os.getpid() % 100000}u{next(_counter)}"
    home = parent / f"home-{name}"
    subprocess.run(
        ["useradd", "--create-home", "--home-dir", str(home), "--shell", shell, "--user-group", name],
        check=True,
        capture_output=True,
    )
    # '*' (no password) rather than useradd's '!' (locked), so sshd accepts key logins
    subprocess.run(["usermod", "-p", "*", name], check=True, capture_output=True)
    import pwd

    entry = pwd.getpwnam(name)
    try:
        yield TempUser(name, entry.pw_uid, entry.pw_gid, home)
    finally:
        subprocess.run(["userdel", "-f", name], capture_output=True)
        subprocess.run(["groupdel", name], capture_output=True)
        shutil.rmtree(home, ignore_errors=True)
