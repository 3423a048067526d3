"""The panel: organisations × periods for one indicator, one headline figure per cell.

Built from a comparison (``compare_records`` without ``period``: every organisation and single period,
each cell chosen by the headline rule), so a panel's cell is the row ``compare --period P`` gives.
Values are the comparable values (one unit for the whole panel), periods run oldest to newest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from compare.records import Comparison, Row
from compare.table import period_key


@dataclass(frozen=True, slots=True)
class Panel:
    wording: str
    canonical: str
    unit: str | None
    targets: bool
    orgs: tuple[str, ...]
    periods: tuple[str, ...]
    cells: dict[tuple[str, str], Row]

    @property
    def columns(self) -> tuple[str, ...]:
        return ("org", *self.periods)

    def value(self, org: str, period: str) -> float | None:
        row = self.cells.get((org, period))
        return None if row is None else row.comparable_value

    def records(self) -> list[dict[str, Any]]:
        """One row per organisation: its value in each period (empty where no report states it)."""
        return [{"org": org, **{p: self.value(org, p) for p in self.periods}} for org in self.orgs]

    def sources(self) -> list[Row]:
        """Every cell's row (value, unit, sentence, source), by organisation then period."""
        return [self.cells[(o, p)] for o in self.orgs for p in self.periods if (o, p) in self.cells]


def panel(comparison: Comparison) -> Panel:
    """The comparison's rows laid out as organisations × periods (rows without a period are left out)."""
    cells = {(r.org, r.period): r for r in comparison.rows if r.period and r.comparable_value is not None}
    periods = tuple(sorted({p for _, p in cells}, key=period_key))
    orgs = tuple(sorted({o for o, _ in cells}))
    return Panel(
        wording=comparison.wording,
        canonical=comparison.canonical,
        unit=comparison.unit,
        targets=comparison.targets,
        orgs=orgs,
        periods=periods,
        cells=cells,  # type: ignore[arg-type]
    )
