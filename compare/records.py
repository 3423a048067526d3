"""The compare layer's records: a comparison row, a whole comparison, an audit finding."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extract.schema import names, record


@dataclass(frozen=True, slots=True)
class Row:
    """One organisation and period: the headline figure for the indicator, as its report states it."""

    # The contract's columns of `compare -o`, then where, how it compares, what else the report said.
    org: str
    period: str | None
    indicator: str | None
    canonical: str
    value: float | int | None
    unit: str
    base_value: float | int | None
    base_unit: str | None
    approx: str | None
    target: bool
    source: str
    sentence: str
    start: int
    end: int
    comparable_value: float | None = None  # in ``comparable_unit``, shared by every row that has one
    comparable_unit: str | None = None
    share: float | None = None  # of the column total, where amounts add up (not for rates)
    upper: float | int | None = None  # the top of a stated range (增长5%—5.5%)
    others: tuple[str, ...] = ()  # the report's other mentions as worded: "全省生产总值增长5.7%"

    def record(self) -> dict[str, Any]:
        rec = record(self, None)
        rec["others"] = "；".join(self.others)
        return rec


@dataclass(frozen=True, slots=True)
class Comparison:
    """Rows ranked by comparable value, highest first; rows without one come last."""

    wording: str
    canonical: str
    targets: bool
    unit: str | None
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """Arithmetic a report claims that does not hold (CONTRACT.md ``type: "finding"``).

    ``claimed`` is the figure as stated, ``computed`` what the other stated figures give, ``figures``
    the values involved; ``start``/``end`` are the claimed figure's offsets.
    """

    source: str
    org: str | None
    kind: str  # sum | share | change | range
    severity: str  # error | warning
    sentence: str
    claimed: float
    computed: float
    figures: tuple[float, ...]
    start: int
    end: int
    message: str = ""

    def record(self) -> dict[str, Any]:
        return record(self, "finding")


ROW_FIELDS = names(Row)
FINDING_FIELDS = ("type", *names(Finding))
