"""`zongjie draft` and `zongjie fill` — being built; see the issue tracker."""

from __future__ import annotations

from zongjie.console import usage_error


def draft() -> None:
    """Not available yet in this version."""
    raise usage_error("`zongjie draft` is not available yet in this version")


def fill() -> None:
    """Not available yet in this version."""
    raise usage_error("`zongjie fill` is not available yet in this version")
