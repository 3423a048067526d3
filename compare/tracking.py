"""Targets against what was achieved: per organisation and year, the goal its report set for that year
beside the result its next report states.

Both sides come from ``compare_records`` (one headline per organisation and figure period, chosen
by the same rule), goals with ``targets=True``. The actual is the one a report other than the
target's states: a 2012 report sets 2012's goal (生产总值增长9%左右) and the 2013 report states
2012's result (同比增长9.6%).

Whether a target was met: the actual is at least the target (the bottom of a range: 5%—5.5% is met
by 5.2%); a ceiling (approx ``under``: 控制在3%以内) is met by an actual at most the target. 左右 and
以上 count as the number itself. Sides in different kinds of unit (万人 vs %) are not compared.
Only single years are tracked (not 2016-2020, not halves).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from compare.records import Row
from compare.table import compare_records, period_key
from compare.units import base_of, unit_kind

TRACK_FIELDS: tuple[str, ...] = (
    "org",
    "period",
    "indicator",
    "target",
    "target_approx",
    "target_high",
    "actual",
    "met",
    "target_source",
    "actual_source",
    # after the contract's columns
    "unit",
    "actual_approx",
    "target_sentence",
    "actual_sentence",
)


@dataclass(frozen=True, slots=True)
class Track:
    """One organisation and year: the target set for it and the result stated for it."""

    org: str
    period: str
    indicator: str
    unit: str
    target: float | int | None
    target_approx: str | None
    target_high: float | int | None
    actual: float | int | None
    actual_approx: str | None
    met: bool | None
    target_source: str | None
    actual_source: str | None
    target_sentence: str | None
    actual_sentence: str | None

    def record(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in TRACK_FIELDS}


def _single_year(period: str | None) -> bool:
    return bool(period) and len(str(period)) == 4 and str(period).isdigit()


def was_met(target: Row, actual: Row) -> bool | None:
    """The rule of the module docstring; None when the two cannot be compared."""
    if target.value is None or actual.value is None or unit_kind(target.unit) != unit_kind(actual.unit):
        return None
    goal, _ = base_of(target.value, target.unit, target.base_value, target.base_unit)
    got, _ = base_of(actual.value, actual.unit, actual.base_value, actual.base_unit)
    if goal is None or got is None:
        return None
    eps = 1e-9 * max(1.0, abs(goal))
    if target.approx == "under":
        top = goal
        if target.upper is not None:
            top, _ = base_of(target.upper, target.unit, None, None)
        return bool(got <= (top or goal) + eps)
    return bool(got >= goal - eps)


def target_vs_actual(
    records: Iterable[Mapping[str, Any]], wording: str, *, period: str | None = None
) -> tuple[Track, ...]:
    """Every organisation and year with a target or a result for ``wording``, oldest year first."""
    records = list(records)
    goals = compare_records(records, wording, targets=True, period=period)
    results = compare_records(records, wording, targets=False, period=period)
    by_key: dict[tuple[str, str], list[Row | None]] = {}
    for row in goals.rows:
        if _single_year(row.period):
            by_key.setdefault((row.org, str(row.period)), [None, None])[0] = row
    for row in results.rows:
        if _single_year(row.period):
            by_key.setdefault((row.org, str(row.period)), [None, None])[1] = row
    tracks = []
    for (org, year), (goal, got) in by_key.items():
        if goal is not None and got is not None and got.source == goal.source:
            got = None  # a report does not state the result of the year it sets goals for
        if goal is None and got is None:
            continue
        unit = (goal or got).unit  # type: ignore[union-attr]
        tracks.append(
            Track(
                org=org,
                period=year,
                indicator=goals.canonical,
                unit=unit,
                target=None if goal is None else goal.value,
                target_approx=None if goal is None else goal.approx,
                target_high=None if goal is None else goal.upper,
                actual=None if got is None else got.value,
                actual_approx=None if got is None else got.approx,
                met=None if goal is None or got is None else was_met(goal, got),
                target_source=None if goal is None else goal.source,
                actual_source=None if got is None else got.source,
                target_sentence=None if goal is None else goal.sentence,
                actual_sentence=None if got is None else got.sentence,
            )
        )
    tracks.sort(key=lambda t: (t.org, period_key(t.period)))
    return tuple(tracks)
