"""Comparable units: amounts stated as 万元, 亿元, 元 (or 万人, 人) brought to one unit.

One kind per table: a rate (%, 个百分点) is never ranked beside an amount (亿元), nor 元 beside 人.

A figure's ``base_value``/``base_unit`` (ANNOTATION.md: 41万元 → 410000 元) is the common ground; when
an older record lacks it, the unit's multiplier prefix (万, 亿, 万亿, 千, 百) gives it, by the
extractor's table of multipliers (one table for both layers). The display unit
is the one most rows state, so a table of provinces in 亿元 stays in 亿元.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

# Units with no base: a rate is only comparable with the same rate unit.
RATE_UNITS = frozenset({"%", "‰", "个百分点", "百分点", "倍"})
MAX_PREFIX = 2  # 万亿, 千万: the longest multiplier prefix


def split_unit(unit: str) -> tuple[float, str]:
    """万元 → (10000, 元); 个百分点 → (1, 个百分点); 元 → (1, 元)."""
    if unit in RATE_UNITS:
        return 1.0, unit
    # The multipliers are the extractor's own table (``extract.numerals``), the one its ``base_value``
    # was computed with: the longest prefix it knows wins (万亿元 → 1e12 元, not 万 × 亿元).
    from extract.numerals import multiplier

    for cut in range(min(len(unit) - 1, MAX_PREFIX), 0, -1):
        factor = multiplier(unit[:cut])
        if factor != 1:
            return float(factor), unit[cut:]
    return 1.0, unit


def unit_kind(unit: str | None) -> str:
    """What a unit measures, for keeping kinds apart: ``rate`` (%, 个百分点 …) or the base unit (元, 人)."""
    if not unit:
        return ""
    if unit in RATE_UNITS:
        return "rate"
    return split_unit(unit)[1]


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
