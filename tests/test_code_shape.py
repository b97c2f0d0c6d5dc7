"""tools/code_shape.py: long modules and functions are found, and a '# shape:' reason waives them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "code_shape.py"


def shape(*paths: Path, limits: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), *limits, *map(str, paths)], capture_output=True, text=True, check=False
    )


def function(name: str, body_lines: int, indent: str = "") -> str:
    body = "".join(f"{indent}    x{i} = {i}\n" for i in range(body_lines))
    return f"{indent}def {name}():\n{body}"


def test_a_module_over_the_limit_is_reported_unless_its_first_line_says_why(tmp_path: Path) -> None:
    long = tmp_path / "long.py"
    long.write_text("".join(f"x{i} = {i}\n" for i in range(401)))
    exact = tmp_path / "exact.py"
    exact.write_text("".join(f"x{i} = {i}\n" for i in range(400)))
    result = shape(long, exact)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{long}:1: module has 401 lines (max 400; or '# shape: <why>' on line 1)"
    ]

    long.write_text("# shape: generated table, one entry a line\n" + long.read_text())
    assert shape(long, exact).returncode == 0
    long.write_text("#!/usr/bin/env python3\n" + long.read_text())  # after a #! line too
    assert shape(long).returncode == 0

    long.write_text("# shape:\n" + long.read_text().split("\n", 2)[2])  # no reason: not waived
    assert shape(long).returncode == 1


def test_a_function_over_the_limit_is_reported_unless_the_line_above_says_why(tmp_path: Path) -> None:
    module = tmp_path / "funcs.py"
    module.write_text(function("exact", 79) + "\n\nclass K:\n" + function("method", 80, indent="    "))
    result = shape(module)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{module}:84: function method has 81 lines (max 80; or '# shape: <why>' on the line above it)"
    ]

    module.write_text(
        "import functools\n\n\n# shape: one state machine, its states read best together\n"
        "@functools.cache\n" + function("long", 100)
    )
    assert shape(module).returncode == 0

    module.write_text(
        '# shape: a module waiver does not waive its functions\n"""Doc."""\n\n\n' + function("long", 100)
    )
    assert "function long has 101 lines" in shape(module).stdout


def test_nested_functions_count_in_their_parent_and_alone(tmp_path: Path) -> None:
    module = tmp_path / "nested.py"
    module.write_text("def outer():\n" + function("inner", 85, indent="    "))
    lines = shape(module).stdout.splitlines()
    assert [line.split(": ", 1)[1].split(" (")[0] for line in lines] == [
        "function outer has 87 lines",
        "function inner has 86 lines",
    ]


def test_limits_folders_and_a_missing_path(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text(function("f", 10))
    (tmp_path / "pkg" / ".hidden").mkdir()
    (tmp_path / "pkg" / ".hidden" / "b.py").write_text(function("g", 10))
    assert shape(tmp_path / "pkg").returncode == 0
    result = shape(tmp_path / "pkg", limits=("--max-function", "5"))
    assert result.returncode == 1 and "a.py:1: function f has 11 lines" in result.stdout
    assert "b.py" not in result.stdout  # hidden folders are skipped
    missing = shape(tmp_path / "nope")
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr
