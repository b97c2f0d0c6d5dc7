"""``briefing locate``: every path briefing uses for this user and corpus."""
from __future__ import annotations


def configure(parser) -> None:
    pass


def run(args) -> int:
    raise NotImplementedError
