"""`zongjie show` — being built; see the issue tracker."""

from __future__ import annotations

from zongjie.console import usage_error


def show() -> None:
    """Not available yet in this version."""
    raise usage_error("`zongjie show` is not available yet in this version")
