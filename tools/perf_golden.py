"""Golden outputs for speed work: index corpora, dump what the commands print, compare.

A speedup must not change any output. This indexes each corpus with empty XDG dirs
of its own (under OUT/xdg), then saves what ``show``, ``entities``, ``facts``,
``facts --briefing``, ``stories`` and a few searches print as JSON::

    python tools/perf_golden.py OUT CORPUS ...          # write OUT/<corpus name>/*.json
    python tools/perf_golden.py OUT CORPUS ... --check GOLDEN   # and compare with GOLDEN

Run by hand (never by pytest); keep OUT and GOLDEN under /work/cache (third-party
corpora). ``--check`` exits 1 and names every file that differs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

COMMANDS: dict[str, list[str]] = {
    "show": ["show", "--json"],
    "entities": ["entities", "--json"],
    "facts": ["facts", "--json"],
    "briefing": ["facts", "--briefing", "--json"],
    "stories": ["stories", "--json"],
    "search-said": ["search", "--json", "--limit", "50", "said"],
    "search-phrase": ["search", "--json", "--limit", "50", '"the government"'],
    "search-title": ["search", "--json", "--limit", "50", "title:new"],
}


def dump(out: Path, corpus: Path, briefing: str) -> float:
    """Index ``corpus`` from scratch and write each command's output; the index's seconds."""
    name = corpus.name if corpus.name != "corpus" else corpus.parent.name
    target = out / name
    xdg = out / "xdg" / name
    shutil.rmtree(xdg, ignore_errors=True)
    target.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100")
    for var in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[var] = str(xdg / var.lower())
    started = time.monotonic()
    subprocess.run([briefing, "--corpus", str(corpus), "index", "--quiet"], env=env, check=True)
    seconds = time.monotonic() - started
    for label, args in COMMANDS.items():
        proc = subprocess.run(
            [briefing, "--corpus", str(corpus), *args], env=env, capture_output=True, check=False
        )
        (target / f"{label}.json").write_bytes(proc.stdout + f"\nexit {proc.returncode}\n".encode())
    return seconds


def compare(out: Path, golden: Path, names: list[str]) -> list[str]:
    """The files of ``out`` that differ from (or are missing in) ``golden``."""
    bad = []
    for name in names:
        for label in COMMANDS:
            mine, theirs = out / name / f"{label}.json", golden / name / f"{label}.json"
            if not theirs.exists() or mine.read_bytes() != theirs.read_bytes():
                bad.append(f"{name}/{label}.json")
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("corpora", type=Path, nargs="+")
    parser.add_argument("--check", type=Path, metavar="GOLDEN")
    parser.add_argument("--briefing", default=str(Path(sys.executable).with_name("briefing")))
    args = parser.parse_args(argv)
    names = []
    for corpus in args.corpora:
        seconds = dump(args.out, corpus.resolve(), args.briefing)
        names.append(corpus.name if corpus.name != "corpus" else corpus.parent.name)
        print(f"{names[-1]}: indexed in {seconds:.1f} s")
    if args.check is None:
        return 0
    bad = compare(args.out, args.check, names)
    for item in bad:
        print(f"differs: {item}")
    print("same output" if not bad else f"{len(bad)} files differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
