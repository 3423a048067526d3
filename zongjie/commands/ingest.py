"""`zongjie ingest` and `zongjie docs` — being built; see the issue tracker."""

from __future__ import annotations

from zongjie.console import usage_error


def ingest() -> None:
    """Not available yet in this version."""
    raise usage_error("`zongjie ingest` is not available yet in this version")


def docs() -> None:
    """Not available yet in this version."""
    raise usage_error("`zongjie docs` is not available yet in this version")
