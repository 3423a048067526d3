"""`zongjie compare` — being built; see the issue tracker."""

from __future__ import annotations

from zongjie.console import usage_error


def compare() -> None:
    """Not available yet in this version."""
    raise usage_error("`zongjie compare` is not available yet in this version")
