"""The reader's first open of a never-indexed folder, timed as a person sees it (run by hand).

Starts ``briefing`` on CORPUS in a private tmux server with fresh XDG folders (so nothing
is indexed yet), polls the screen and prints when the first screen is drawn, when the
first article is shown and when the first is listed, each time the source list's count
grows by a quarter, and when the whole list is there with an article open. A key sent while
indexing checks that the reader answers (the search bar takes "/" and a word, and says it
waits for the index).

    python tools/eval/first_open.py /work/cache/ingest/l3s/original --files 200 --size 120x40

``--files N`` copies the first N files (by name) to a temporary folder first. Figures
depend on the machine's load: run twice and read ``uptime`` beside them.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNT = re.compile(r"Sources \((\d+)(?: of (\d+))?(, indexing…)?")


def tmux(sock: str, *args: str) -> str:
    return subprocess.run(["tmux", "-S", sock, *args], capture_output=True, text=True, check=False).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--files", type=int, default=0, help="copy the first N files first")
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--limit", type=float, default=600.0, help="give up after this many seconds")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="first-open-"))
    corpus = args.corpus
    if args.files:
        corpus = work / "corpus"
        corpus.mkdir()
        for path in sorted(p for p in args.corpus.iterdir() if p.is_file())[: args.files]:
            shutil.copy(path, corpus / path.name)
    xdg = " ".join(f"{k}={work / 'xdg'}" for k in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"))
    briefing = Path(sys.executable).parent / "briefing"
    width, height = args.size.split("x")
    sock = str(work / "tmux.sock")
    reader = f"{briefing} --corpus {shlex.quote(str(corpus))}"
    command = f"env -u NO_COLOR -u COLUMNS -u LINES TERM=xterm-256color {xdg} {reader}"
    started = time.monotonic()
    tmux(sock, "new-session", "-d", "-x", width, "-y", height, command)
    seen: dict[str, float] = {}
    quarter, keyed = 0, False
    try:
        while time.monotonic() - started < args.limit:
            screen = tmux(sock, "capture-pane", "-p")
            now = time.monotonic() - started
            if screen.strip() and "paint" not in seen:
                seen["paint"] = now
                print(f"{now:7.2f} s  first screen")
            if ("key facts once indexed" in screen or "Key facts: " in screen) and "article" not in seen:
                seen["article"] = now  # an article's text in the article pane (a preview or the real one)
                print(f"{now:7.2f} s  first article shown")
            found = COUNT.search(screen)
            if found:
                listed, total, indexing = int(found.group(1)), int(found.group(2) or 0), found.group(3)
                if listed and "row" not in seen:
                    seen["row"] = now
                    print(f"{now:7.2f} s  first article listed ({found.group(0)})")
                if total and listed >= (quarter + 1) * total / 4 and indexing:
                    quarter = int(4 * listed / total)
                    print(f"{now:7.2f} s  {found.group(0)}")
                if indexing and not keyed and listed:
                    keyed = True
                    tmux(sock, "send-keys", "/", "-l", "the")
                if "still indexing" in screen and "keys" not in seen:
                    seen["keys"] = now
                    print(f"{now:7.2f} s  a search typed while indexing waits for the index (keys answered)")
                if not indexing and not total and "Indexing the corpus" not in screen and listed:
                    print(f"{now:7.2f} s  every article listed ({found.group(0)}), the index ready")
                    return 0
            if "Traceback" in screen:
                print(screen)
                return 1
            time.sleep(0.1)
        print(f"gave up after {args.limit:.0f} s:\n{tmux(sock, 'capture-pane', '-p')}")
        return 1
    finally:
        tmux(sock, "kill-server")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.pop("TMUX", None)
    raise SystemExit(main())
