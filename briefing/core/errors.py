"""Errors a user can cause: each carries a one-line message naming the thing and the fix."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input or setup; the CLI prints it as one line and exits 2."""

    exit_code = 2


class CorpusError(UserError):
    """The corpus path is missing or unreadable."""


class QueryError(UserError):
    """A search query that cannot be parsed or run."""


class ConfigError(UserError):
    """A config, keymap or entity file that cannot be used."""
