"""Comparable units: amounts stated as 万元, 亿元, 元 (or 万人, 人) brought to one unit.

A figure's ``base_value``/``base_unit`` (ANNOTATION.md: 41万元 → 410000 元) is the common ground; when
an older record lacks it, the unit's multiplier prefix (万, 亿, 万亿, 千, 百) gives it. The display unit
is the one most rows state, so a table of provinces in 亿元 stays in 亿元.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

MULTIPLIERS: tuple[tuple[str, float], ...] = (
    ("万亿", 1e12),
    ("亿", 1e8),
    ("千万", 1e7),
    ("百万", 1e6),
    ("万", 1e4),
    ("千", 1e3),
    ("百", 1e2),
)
# Units with no base: a rate is only comparable with the same rate unit.
RATE_UNITS = frozenset({"%", "‰", "个百分点", "百分点", "倍"})


def split_unit(unit: str) -> tuple[float, str]:
    """万元 → (10000, 元); 个百分点 → (1, 个百分点); 元 → (1, 元)."""
    if unit in RATE_UNITS:
        return 1.0, unit
    for prefix, factor in MULTIPLIERS:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return factor, unit[len(prefix) :]
    return 1.0, unit


def base_of(
    value: float | None, unit: str, base_value: float | None, base_unit: str | None
) -> tuple[float | None, str]:
    """The amount in its base unit, from the record's base fields or the unit's prefix."""
    if base_value is not None and base_unit:
        return float(base_value), base_unit
    if value is None:
        return None, unit
    factor, base = split_unit(unit)
    return float(value) * factor, base


def display_unit(units: Sequence[str]) -> str | None:
    """The unit most rows state (万元 over 元 when most say 万元); None when there are none."""
    counts = Counter(u for u in units if u)
    return counts.most_common(1)[0][0] if counts else None


def convert(base_value: float | None, base_unit: str, unit: str) -> float | None:
    """``base_value`` (in ``base_unit``) expressed in ``unit``; None when the two do not share a base."""
    if base_value is None:
        return None
    factor, base = split_unit(unit)
    if base != base_unit:
        return None
    return base_value / factor
