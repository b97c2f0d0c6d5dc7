"""An article's web address: checked before it is shown as a link or handed to a browser.

The address comes from the article (front matter ``url:``/``link:``, HTML
``<link rel=canonical>`` or ``og:url``): it is data. ``safe_url`` accepts only
``http``/``https`` with a host, no whitespace or control characters, and
percent-encodes anything outside printable ASCII, so the result can sit inside
an OSC 8 escape and be passed as one argument to a program. ``open_url`` starts
``$BROWSER`` (the usual colon-separated list, ``%s`` for the address) or
``xdg-open`` with the address as a single argv element: no shell ever sees it.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from collections.abc import Mapping
from urllib.parse import quote, urlsplit

MAX_URL = 2048
_SAFE = "/:?#[]@!$&'()*+,;=%~-._"


def safe_url(text: str) -> str | None:
    """``text`` as a web address fit to link to or open, else None."""
    text = (text or "").strip()
    if not text or len(text) > MAX_URL:
        return None
    if any(ord(c) < 0x21 or 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029" for c in text):
        return None  # whitespace and control characters (ESC, BEL, C1) are never part of a URL
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if parts.username or parts.password:
        return None  # user:password@host is a classic way to disguise where a link goes
    encoded = quote(text, safe=_SAFE)
    return encoded if len(encoded) <= MAX_URL else None


def remote_session(env: Mapping[str, str]) -> bool:
    """Over SSH without a display a browser would start on the server, not in front of the user."""
    over_ssh = bool(env.get("SSH_CONNECTION") or env.get("SSH_CLIENT") or env.get("SSH_TTY"))
    return over_ssh and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def browser_command(url: str, env: Mapping[str, str]) -> list[str] | None:
    """The argv that opens ``url``: the first usable ``$BROWSER`` entry, else xdg-open/open."""
    for entry in (env.get("BROWSER") or "").split(os.pathsep):
        try:
            words = shlex.split(entry)
        except ValueError:
            continue
        if not words or shutil.which(words[0]) is None:
            continue
        if any("%s" in w for w in words):
            return [w.replace("%s", url) for w in words]
        return [*words, url]
    for opener in ("xdg-open", "open"):
        path = shutil.which(opener)
        if path:
            return [path, url]
    return None


def open_url(url: str, env: Mapping[str, str] | None = None) -> str:
    """Open a checked address (see ``safe_url``) in a browser, detached, without a terminal.
    Returns "" when a browser was started, else why not (one line for the user)."""
    env = os.environ if env is None else env
    if remote_session(env):
        return "over SSH there is no browser here"
    argv = browser_command(url, env)
    if argv is None:
        return "no browser found (set $BROWSER or install xdg-open)"
    try:
        subprocess.Popen(  # noqa: S603 - argv list, no shell: the URL is one argument
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )
    except OSError as exc:
        return f"could not start {argv[0]} ({exc.strerror or exc})"
    return ""
