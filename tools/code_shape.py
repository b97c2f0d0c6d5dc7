"""Code shape: no module over 400 lines, no function over 80 lines (run by ``.ci/checks``).

Usage: ``python tools/code_shape.py [--max-module N] [--max-function N] PATH ...``;
each PATH is a ``.py`` file or a folder searched for them. Prints one line per finding
(``path:line: ...``) and exits 1 when there is any.

A module allowed to stay longer says why on its first line (after a ``#!`` line, if any),
``# shape: <reason>``; a
function allowed to stay longer says why on the line just above its ``def`` (above its
decorators, if any), ``# shape: <reason>``. The reason may not be empty. A function's
length runs from its ``def`` line to its last line (docstring and nested functions
included); a nested function is also measured on its own.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_MODULE = 400
MAX_FUNCTION = 80
WAIVER = re.compile(r"^\s*#\s*shape:\s*(\S.*)$")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def waived(line: str) -> bool:
    """``# shape: <reason>`` with a reason."""
    return WAIVER.match(line) is not None


def check_source(path: str, source: str, max_module: int, max_function: int) -> list[Finding]:
    """The findings for one module's text."""
    lines = source.splitlines()
    findings: list[Finding] = []
    top = lines[1] if lines and lines[0].startswith("#!") and len(lines) > 1 else (lines[0] if lines else "")
    if len(lines) > max_module and not waived(top):
        findings.append(
            Finding(
                path, 1, f"module has {len(lines)} lines (max {max_module}; or '# shape: <why>' on line 1)"
            )
        )
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as exc:
        return [*findings, Finding(path, exc.lineno or 1, f"cannot parse: {exc.msg}")]
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        end = node.end_lineno or node.lineno
        length = end - node.lineno + 1
        if length <= max_function:
            continue
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        above = lines[first - 2] if first >= 2 else ""
        if not waived(above):
            findings.append(
                Finding(
                    path,
                    node.lineno,
                    f"function {node.name} has {length} lines (max {max_function}; "
                    "or '# shape: <why>' on the line above it)",
                )
            )
    return sorted(findings, key=lambda f: f.line)


def python_files(paths: list[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*.py") if not any(part.startswith(".") for part in p.parts)
            )
        elif path.is_file():
            yield path
        else:
            raise FileNotFoundError(f"{raw}: no such file or folder")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="files or folders to check")
    parser.add_argument("--max-module", type=int, default=MAX_MODULE)
    parser.add_argument("--max-function", type=int, default=MAX_FUNCTION)
    args = parser.parse_args(argv)
    findings: list[Finding] = []
    try:
        files = list(python_files(args.paths))
    except FileNotFoundError as exc:
        print(f"code_shape: {exc}", file=sys.stderr)
        return 2
    for path in files:
        source = path.read_text(encoding="utf-8")
        findings += check_source(str(path), source, args.max_module, args.max_function)
    for finding in findings:
        print(finding)
    if findings:
        print(f"code_shape: {len(findings)} finding(s) in {len(files)} files", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
