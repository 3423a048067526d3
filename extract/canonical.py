"""Canonical indicator names, shared across reports (first cut: the indicator itself)."""

from __future__ import annotations

from collections.abc import Sequence


def canonical_names(indicators: Sequence[str | None]) -> list[str | None]:
    return list(indicators)
