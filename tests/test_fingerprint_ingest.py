"""Changing ingest invalidates stored analysis: every module ingest runs is in the fingerprint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefing.core.index import fingerprint


def test_every_core_module_ingest_imports_is_fingerprinted():
    # in a fresh interpreter, parse an HTML page and a text file, then list briefing.core modules
    code = (
        "import sys\n"
        "from briefing.core import ingest\n"
        "ingest.parse('a.html', '<html><body><article><h1>A Head</h1><p>Some text of a body that is "
        "long enough to count here.</p></article></body></html>', 'html')\n"
        "ingest.parse('a.txt', 'A Head\\n\\nSome text of a body here.\\n', 'txt')\n"
        "for name, mod in sorted(sys.modules.items()):\n"
        "    if name.startswith('briefing.core') and getattr(mod, '__file__', None):\n"
        "        print(mod.__file__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    used = {Path(line).resolve() for line in out.stdout.split()}
    hashed = {p.resolve() for p in fingerprint.pipeline_files()}
    # modules that only find files or hold errors do not change what an article becomes
    ignore = {"__init__.py", "scan.py", "errors.py"}
    missing = sorted(str(p) for p in used - hashed if p.name not in ignore)
    assert not missing, f"modules ingest uses but the fingerprint does not hash: {missing}"


def test_the_html_extractor_release_is_part_of_the_fingerprint():
    names = {p.name for p in fingerprint.pipeline_files()}
    assert {"htmlpage.py", "titles.py", "ingest.py", "cleaner.py"} <= names
    assert any("trafilatura" in str(p) for p in fingerprint.pipeline_files())


def test_a_changed_ingest_module_changes_the_fingerprint(monkeypatch, tmp_path):
    files = fingerprint.pipeline_files()
    original = next(p for p in files if p.name == "cleaner.py")
    copy = tmp_path / "cleaner.py"
    monkeypatch.setattr(fingerprint, "pipeline_files", lambda: [copy if p == original else p for p in files])

    def digest(data: bytes) -> str:
        copy.write_bytes(data)
        fingerprint.code_fingerprint.cache_clear()
        return fingerprint.code_fingerprint()

    try:
        same = digest(original.read_bytes())
        assert digest(original.read_bytes()) == same
        assert digest(original.read_bytes() + b"\n# one rule changed\n") != same
    finally:
        fingerprint.code_fingerprint.cache_clear()
