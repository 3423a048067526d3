"""Units for matching: the same spelling on both sides, and the base-unit form of an amount.

Gold files carry only ``value``/``unit``; predictions carry ``base_value``/``base_unit`` as the
extractor computed them. To fall back to base units fairly, both sides are also put into base form
here, by one small table of multipliers (``multipliers.tsv``): a unit that starts with a multiplier
and has a unit after it is rewritten (41 万元 → 410000 元, 1 万名 → 10000 名). A unit that is only
the multiplier (5 万) is left alone: there is nothing to base it on.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache
from importlib import resources

from corpus.normalise import to_simplified

# Float noise in values (58.46 vs 58.460000001) and in base conversions (1.2 × 10000).
REL_TOL, ABS_TOL = 1e-6, 1e-9


@cache
def _multipliers() -> tuple[tuple[str, int], ...]:
    rows = []
    text = resources.files("evaluation").joinpath("multipliers.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            prefix, factor = line.split("\t")[:2]
            rows.append((prefix, int(factor)))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def clean_unit(unit: str | None) -> str:
    """Simplified, NFKC, no surrounding space: ％ → %, 萬元 → 万元."""
    if not unit:
        return ""
    return unicodedata.normalize("NFKC", to_simplified(unit)).strip()


def to_base(value: float | None, unit: str) -> tuple[float | None, str]:
    """The amount in its base unit; multipliers are peeled one after another (万千瓦 → 千瓦 → 瓦)."""
    changed = True
    while changed and value is not None:
        changed = False
        for prefix, factor in _multipliers():
            if unit.startswith(prefix) and len(unit) > len(prefix):
                value, unit, changed = value * factor, unit[len(prefix) :], True
                break
    return value, unit


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def as_number(raw: object) -> float | None:
    """A value as read from JSON, CSV or a spreadsheet cell: 41, "41", "58.46", "" → None."""
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return None if isinstance(raw, float) and math.isnan(raw) else float(raw)
    text = str(raw).strip().replace(",", "")
    if not text or text.lower() in {"nan", "none", "null"}:
        return None
    try:
        return float(text)
    except ValueError:
        return None
