"""A corpus with every hostile case the shared-server issue lists, and checks on output.

``write_hostile_corpus(root)`` writes it and returns a ``HostileCorpus`` describing
what is where: the files that must load, those that must be skipped with a
warning, and the escape sequences and markup planted in article text. The
``assert_*`` helpers check command output for anything a terminal could act on.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

ESC = "\x1b"
# What a hostile article plants; none of these may reach a terminal as-is.
OSC52 = "\x1b]52;c;cHduZWQgY2xpcGJvYXJk\x07"  # clipboard write ("pwned clipboard")
OSC_TITLE = "\x1b]0;pwned\x07"  # window title change
OSC_TITLE_ST = "\x1b]2;pwned-st\x1b\\"  # title change ended by ST
CSI_RED = "\x1b[31;1mRED\x1b[0m"
CSI_CLEAR = "\x1b[2J\x1b[H"
C1_CSI = "\u009b31mC1RED\u009b0m"  # raw 8-bit CSI
C1_OSC = "\u009d0;c1title\u009c"  # raw 8-bit OSC ... ST
C0 = "bell\x07back\x08vt\x0bff\x0cso\x0esi\x0fdel\x7f"
NUL = "stray\x00nul"
BIDI = "\u202eevil-reversed\u202c \u2066isolate\u2069 \u200fmark"
INJECTED = [
    OSC52,
    OSC_TITLE,
    OSC_TITLE_ST,
    CSI_RED,
    CSI_CLEAR,
    C1_CSI,
    C1_OSC,
    "\x1b]52",
    "\x1b]0;",
    "\x1b]2;",
    "\x1b[31",
    "\x1b[2J",
    "\u009b",
    "\u009d",
    "\u202e",
    "\x07",
]

MARKUP = [
    "[bold red]not bold[/bold red]",
    "[link=file:///etc/passwd]click me[/link]",
    "[/]",
    "$variable",
    "[@click=app.quit]quit now[/]",
    "[b]also not bold[/b]",
    "${HOME}",
]

BIDI_CHARS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_C1 = re.compile("[\u0080-\u009f]")
_BIDI = re.compile("[" + BIDI_CHARS + "]")
# Rich's own sequences on a terminal: SGR styling, and for live displays (the progress
# bar) cursor show/hide, erase line and cursor movement. The planted ones are checked
# separately (``assert_no_injected``).
_RICH_OWN = re.compile(r"\x1b\[[0-9;:]*m|\x1b\[\?25[lh]|\x1b\[[0-9]*[ABCDGK]")

# A YAML "billion laughs": nine levels of aliases.
ALIAS_BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join(["*" + chr(97 + i)] * 9) + "]\n" for i in range(8)
)

BODY = (
    "Officials met on Tuesday to discuss the canola tariff dispute between the two countries. "
    "The talks ended without an agreement, and both sides said they would meet again next month."
)


@dataclass
class HostileCorpus:
    root: Path
    outside: Path  # a folder outside the corpus the symlinks point into
    loads: dict[str, Path] = field(default_factory=dict)  # name -> file that must load
    skipped: dict[str, Path] = field(default_factory=dict)  # name -> file that must be skipped
    unreadable: Path | None = None
    symlinks: list[Path] = field(default_factory=list)
    secret: str = "OUTSIDE-SECRET-TOKEN"


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def write_hostile_corpus(root: Path, big: bool = True) -> HostileCorpus:
    """Write the hostile corpus under ``root`` (a new folder). ``big=False`` omits the 50 MB file."""
    root = Path(root)
    root.mkdir(parents=True)
    outside = root.parent / (root.name + "-outside")
    outside.mkdir()
    hc = HostileCorpus(root, outside)
    _write(outside / "secret.txt", f"Secret Headline Outside\n\n{hc.secret} must never be read. {BODY}\n")

    hc.loads["escapes"] = _write(
        root / "escapes.txt",
        (
            f"Escapes {OSC_TITLE}In The Headline {CSI_RED}\n\n"
            f"A clipboard write {OSC52} sits in this sentence. {BODY}\n\n"
            f"A title change {OSC_TITLE_ST} and a screen clear {CSI_CLEAR} follow here. {BODY}\n\n"
            f"Eight-bit controls {C1_CSI} and {C1_OSC} and a next-line \u0085 too. {BODY}\n\n"
            f"Low controls {C0} and a {NUL} byte appear in this paragraph. {BODY}\n\n"
            f"Bidi overrides {BIDI} try to reorder this line. {BODY}\n"
        ),
    )
    hc.loads["markup"] = _write(
        root / "markup.md",
        (
            '---\ntitle: "[bold red]Markup[/] In [link=file:///etc/passwd]Title[/link] $title"\n'
            'outlet: "[@click=app.quit]Outlet[/]"\n---\n\n'
            + "".join(f"The text holds {m} as plain characters. {BODY}\n\n" for m in MARKUP)
        ),
    )
    # invalid UTF-8: 0x81 is undefined in cp1252, so this decodes as latin-1 and the
    # 0x9b byte becomes a raw C1 CSI (U+009B) that must not reach the terminal
    hc.loads["invalid_utf8"] = _write(
        root / "invalid_utf8.txt",
        (
            b"Invalid Encoding Headline Here\n\nBad bytes \xc3\x28 and \x81 and \x9b31mC1 here. "
            + BODY.encode()
            + b"\n\nAnother paragraph \xff\xfe follows. "
            + BODY.encode()
            + b"\n"
        ),
    )
    hc.loads["long_line"] = _write(
        root / "long_line.txt", "Long Line Headline\n\n" + ("word " * (2 * 1024 * 1024 // 5)) + "\n"
    )
    # a file name that is itself an escape sequence
    hc.loads["evil_name"] = _write(root / "name\x1b]0;pwned\x07\u202e.txt", f"Evil Name Headline\n\n{BODY}\n")
    # a file name that is not UTF-8 at all: 0x9b (8-bit CSI) and 0xff as raw bytes
    hc.loads["undecodable_name"] = _write(
        root / os.fsdecode(b"bad\x9b31mname\xff.txt"), f"Undecodable Name Headline\n\n{BODY}\n"
    )
    hc.loads["front_wrong_types"] = _write(
        root / "front_types.md",
        (
            "---\ntitle: [1, 2, 3]\ndate: {year: 2025}\noutlet: 12\nauthor: null\n---\n\n"
            f"Wrong Types Headline\n\n{BODY}\n"
        ),
    )
    hc.loads["front_alias_bomb"] = _write(
        root / "front_bomb.md", (f"---\n{ALIAS_BOMB}title: Bomb\n---\n\nAlias Bomb Headline\n\n{BODY}\n")
    )
    hc.loads["front_huge"] = _write(
        root / "front_huge.md",
        (
            "---\ntitle: Huge\n" + "".join(f"k{i}: {'x' * 60}\n" for i in range(2000)) + "---\n\n"
            f"Huge Front Matter Headline\n\n{BODY}\n"
        ),
    )
    hc.loads["front_broken"] = _write(
        root / "front_broken.md",
        (f"---\ntitle: [unclosed\n  - : : :\n---\n\nBroken Front Matter Headline\n\n{BODY}\n"),
    )
    hc.loads["plain"] = _write(root / "sub" / "plain.txt", f"A Plain Headline Here\n\n{BODY}\n")

    hc.skipped["binary"] = _write(
        root / "binary.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 4000 + b"data" * 100
    )
    # every byte value once: a single NUL in 256 bytes, and not valid UTF-8
    hc.skipped["all_bytes"] = _write(root / "all_bytes.txt", bytes(range(256)))
    hc.skipped["empty"] = _write(root / "empty.txt", b"")
    if big:
        chunk = (BODY + "\n\n").encode() * 1000
        with open(root / "huge.txt", "wb") as handle:
            handle.write(b"Huge File Headline\n\n")
            while handle.tell() < 50 * 1024 * 1024:
                handle.write(chunk)
        hc.skipped["huge"] = root / "huge.txt"
    hc.unreadable = _write(root / "unreadable.txt", f"Unreadable Headline\n\n{BODY}\n")
    os.chmod(hc.unreadable, 0)

    for link, target in (
        (root / "outside_link.txt", outside / "secret.txt"),
        (root / "outside_dir", outside),
        (root / "sub" / "up_link.txt", outside / "secret.txt"),
    ):
        link.symlink_to(target)
        hc.symlinks.append(link)
    return hc


def running_as_root() -> bool:
    return os.geteuid() == 0


# --- checks on output -----------------------------------------------------------------


def assert_terminal_safe(text: str, where: str = "output", allow_sgr: bool = False) -> None:
    """No ESC (0x1b), no C1 control, no bidi override, no BEL/BS in ``text``.

    With ``allow_sgr`` (a terminal with colour on), Rich's own sequences (SGR styling,
    cursor hide/show, erase line, cursor moves) are allowed and removed first; any
    other ESC fails.
    """
    if allow_sgr:
        text = _RICH_OWN.sub("", text)
    assert ESC not in text, f"raw ESC in {where}: {_around(text, ESC)!r}"
    m = _C1.search(text)
    assert m is None, f"C1 control U+{ord(m.group(0)):04X} in {where}: {_around(text, m.group(0))!r}"
    m = _BIDI.search(text)
    assert m is None, f"bidi control U+{ord(m.group(0)):04X} in {where}: {_around(text, m.group(0))!r}"
    for ch in "\x00\x07\x08\x0b\x0c\x0e\x0f\x7f":
        assert ch not in text, f"control {ch!r} in {where}: {_around(text, ch)!r}"


def assert_no_injected(raw: str, where: str = "output") -> None:
    """None of the planted escape sequences appears (for terminal output with colour on)."""
    for seq in INJECTED:
        assert seq not in raw, f"planted sequence {seq!r} reached {where}"


def assert_no_traceback(text: str, where: str = "output") -> None:
    assert "Traceback" not in text, f"traceback in {where}:\n{text[-3000:]}"
    assert not re.search(r"^\w+(Error|Exception): ", text, re.M), f"exception in {where}:\n{text[-3000:]}"


def _around(text: str, needle: str) -> str:
    i = text.find(needle)
    return text[max(0, i - 40) : i + 40]


# --- running as another user --------------------------------------------------------------


def run_as(
    user: str | int,
    argv: list[str],
    env: dict,
    cwd: str | None = None,
    timeout: float = 120,
    input: bytes | None = None,
) -> subprocess.CompletedProcess:
    """Run ``argv`` as another user (root only): by name via runuser, by uid via setpriv."""
    if isinstance(user, int):
        prefix = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", "--"]
    else:
        prefix = ["runuser", "-u", user, "--"]
    return subprocess.run(
        prefix + ["env", "-i"] + [f"{k}={v}" for k, v in env.items()] + argv,
        capture_output=True,
        timeout=timeout,
        cwd=cwd or "/",
        input=input,
    )
