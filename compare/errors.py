"""Errors of the compare layer."""

from __future__ import annotations

from corpus.errors import ZongjieError


class CompareError(ZongjieError):
    """A comparison or audit could not be made or written (no CJK font, unwritable output …)."""
