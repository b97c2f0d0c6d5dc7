"""Turning core objects into Rich text. Shared by the TUI and the one-shot commands."""
