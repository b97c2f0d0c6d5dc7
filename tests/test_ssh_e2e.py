"""End to end through a real SSH session: sshd on 127.0.0.1, a test user, briefing in tmux.

The test starts its own ``sshd`` (free high port on loopback, its own host key and
config in a temp folder), logs in with a generated key as a user it creates (root
only; CI runs as root), runs briefing over ``ssh -tt`` inside a private tmux server
and asserts on the captured screen; then it stops sshd and removes the user.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from .hostile import write_hostile_corpus
from .tmux import Tmux, have_tmux
from .users import is_root, make_runtime, temp_user, world_tmpdir

SSHD = shutil.which("sshd") or "/usr/sbin/sshd"

pytestmark = [
    pytest.mark.skipif(not is_root(), reason="the SSH test creates a login user, which needs root"),
    pytest.mark.skipif(
        not os.path.exists(SSHD), reason="openssh-server is not installed (.ci/run installs it)"
    ),
    pytest.mark.skipif(
        shutil.which("ssh") is None or shutil.which("ssh-keygen") is None,
        reason="openssh-client is not installed (.ci/run installs it)",
    ),
    pytest.mark.skipif(not have_tmux(), reason="tmux is not installed (.ci/run installs it)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sshd:
    """sshd in the foreground (-D -e) with its own config, host key and pid file."""

    def __init__(self, folder: Path, user: str) -> None:
        self.folder = folder
        self.port = free_port()
        self.host_key = folder / "host_ed25519"
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(self.host_key)], check=True)
        self.config = folder / "sshd_config"
        self.config.write_text(f"""\
Port {self.port}
ListenAddress 127.0.0.1
HostKey {self.host_key}
PidFile {folder}/sshd.pid
AuthorizedKeysFile .ssh/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin no
AllowUsers {user}
StrictModes yes
PrintMotd no
PrintLastLog no
X11Forwarding no
AllowTcpForwarding no
""")
        self.log = folder / "sshd.log"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 20) -> None:
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # privilege separation dir
        check = subprocess.run([SSHD, "-t", "-f", str(self.config)], capture_output=True, text=True)
        assert check.returncode == 0, f"sshd config rejected: {check.stderr}"
        self.proc = subprocess.Popen(
            [SSHD, "-f", str(self.config), "-D", "-e"], stdout=subprocess.DEVNULL, stderr=open(self.log, "wb")
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"sshd exited {self.proc.returncode}: {self.log.read_text()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"sshd did not listen on 127.0.0.1:{self.port}: {self.log.read_text()}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.proc = None


@pytest.fixture(scope="module")
def base():
    path = world_tmpdir("briefing-ssh-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def runtime(base):
    try:
        return make_runtime(base / "runtime")
    except RuntimeError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def session(base, runtime):
    """(ssh argv prefix, user, sshd) with sshd running; everything removed afterwards."""
    with temp_user(base) as user:
        client_key = base / "client_ed25519"
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(client_key)], check=True)
        ssh_dir = user.home / ".ssh"
        ssh_dir.mkdir(mode=0o700)
        shutil.copy(f"{client_key}.pub", ssh_dir / "authorized_keys")
        os.chmod(ssh_dir / "authorized_keys", 0o600)
        os.chown(ssh_dir, user.uid, user.gid)
        os.chown(ssh_dir / "authorized_keys", user.uid, user.gid)
        (base / "sshd").mkdir()
        sshd = Sshd(base / "sshd", user.name)
        known = base / "known_hosts"
        known.write_text(f"[127.0.0.1]:{sshd.port} " + Path(f"{sshd.host_key}.pub").read_text())
        sshd.start()
        ssh = [
            "ssh",
            "-F",
            "/dev/null",
            "-i",
            str(client_key),
            "-p",
            str(sshd.port),
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "BatchMode=yes",
            "-o",
            "StrictHostKeyChecking=yes",
            "-o",
            f"UserKnownHostsFile={known}",
            "-o",
            "ConnectTimeout=10",
            f"{user.name}@127.0.0.1",
        ]
        try:
            yield ssh, user, sshd
        finally:
            sshd.stop()


@pytest.fixture(scope="module")
def corpus(base):
    hostile = write_hostile_corpus(base / "hc" / "corpus", big=False)
    path = base / "news"
    path.mkdir()
    for label in ("escapes", "markup", "plain"):
        shutil.copy2(hostile.loads[label], path / hostile.loads[label].name)
    for dirpath, _dirnames, filenames in os.walk(path):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            os.chmod(os.path.join(dirpath, name), 0o644)
    return path


def test_ssh_login_works_on_loopback(session):
    ssh, user, _sshd = session
    proc = subprocess.run(ssh + ["id -un"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == user.name


def test_briefing_over_ssh_in_tmux_shows_articles_and_no_escape_leaks(session, runtime, corpus, base):
    ssh, user, _sshd = session
    remote = runtime.shell("--corpus", str(corpus), "show", "--no-entities")
    command = shlex.join(ssh[:1] + ["-tt"] + ssh[1:] + [remote])
    with Tmux(base / "tmux-show") as tmux:
        target = tmux.start(command, env={"TERM": "xterm-256color"})
        status = tmux.wait_exit(target, timeout=120)
        screen = tmux.screen(target, history=True)
        assert status == 0, screen
        flat = " ".join(screen.split())
        for title in ("A Plain Headline Here", "Markup", "Escapes"):
            assert title in flat, screen
        assert "[bold red]not bold[/bold red]" in flat
        # the planted OSC title change and OSC 52 clipboard write did nothing
        assert "pwned" not in tmux.info(target, "#{pane_title}")
        assert tmux.buffers().strip() == ""
        # on screen the escape characters are visible stand-ins
        assert "␛]0;pwned␇" in flat
