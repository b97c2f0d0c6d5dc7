"""The Whoosh sub-writers' sorting memory follows the machine's memory (a shared server)."""

from __future__ import annotations

import os

from briefing.core.index import whoosh_write


def _machine(monkeypatch, megabytes: int) -> None:
    pages = {"SC_PAGE_SIZE": 4096, "SC_PHYS_PAGES": megabytes * 256}
    monkeypatch.setattr(os, "sysconf", lambda name: pages[name])


def test_a_large_machine_gives_each_sub_writer_the_full_buffer(monkeypatch):
    _machine(monkeypatch, 24 * 1024)
    assert whoosh_write.sub_writer_mb(2) == whoosh_write.SUB_WRITER_MB


def test_sub_writers_together_take_at_most_a_tenth_of_memory(monkeypatch):
    _machine(monkeypatch, 4 * 1024)
    assert whoosh_write.sub_writer_mb(2) == 4 * 1024 // 20
    assert whoosh_write.sub_writer_mb(2) * 2 <= 4 * 1024 // 10


def test_never_below_whoosh_default(monkeypatch):
    _machine(monkeypatch, 1024)
    assert whoosh_write.sub_writer_mb(4) == 128


def test_no_sysconf_falls_back_to_whoosh_default(monkeypatch):
    def missing(name: str) -> int:
        raise ValueError(name)

    monkeypatch.setattr(os, "sysconf", missing)
    assert whoosh_write.sub_writer_mb(2) == 128
