"""One error hierarchy for the whole project.

It lives in the lowest layer so every later layer can raise and catch it. The CLI turns any
``ZongjieError`` into a one-line message naming the file and the reason.
"""

from __future__ import annotations


class ZongjieError(Exception):
    """Root of every error zongjie raises on purpose."""


class ReadError(ZongjieError):
    """A file could not be read: empty, undecodable, truncated, encrypted, a scan with no text."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFormat(ReadError):
    """No reader exists for this kind of file (or its converter is not installed)."""


class StoreError(ZongjieError):
    """The DuckDB store could not be opened or written."""
