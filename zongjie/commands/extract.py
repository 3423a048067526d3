"""`zongjie extract` — being built."""

from __future__ import annotations

from zongjie.console import usage_error


def extract() -> None:
    """Not available yet in this version."""
    raise usage_error("`zongjie extract` is not available yet in this version")
