"""The comparison: one row per organisation and period for one indicator, ranked.

``compare_records`` is pure over records (dicts as ``extract`` writes them); reading inputs is
``compare.inputs``, writing is ``compare.excel`` / ``compare.chart``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import PurePath
from typing import Any

from compare.indicators import analyse
from compare.records import Comparison, Row
from compare.select import Candidate, candidates, headline
from compare.units import RATE_UNITS, base_of, convert, display_unit, split_unit


def documents_by_source(records: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    return {str(r.get("source")): r for r in records if r.get("type") == "document"}


def org_of(fig: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]]) -> str:
    """The figure's organisation, else its document's, else the file name (a report names itself)."""
    source = str(fig.get("source") or "")
    doc = docs.get(source, {})
    return str(fig.get("org") or doc.get("org") or PurePath(source.split("#", 1)[0]).stem or source)


def period_of(fig: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]]) -> str | None:
    doc = docs.get(str(fig.get("source") or ""), {})
    period = fig.get("period") or doc.get("period")
    return None if period is None else str(period)


def compare_records(
    records: Iterable[Mapping[str, Any]], wording: str, *, targets: bool = False
) -> Comparison:
    """One row per organisation and period stating ``wording`` (achieved figures, or goals with ``targets``)."""
    records = list(records)
    docs = documents_by_source(records)
    query = analyse(wording)
    canonical = query.canonical or query.text
    figures = [r for r in records if r.get("type", "figure") == "figure"]
    groups: dict[tuple[str, str | None], list[Candidate]] = {}
    for c in candidates(query, figures, targets=targets):
        groups.setdefault((org_of(c.figure, docs), period_of(c.figure, docs)), []).append(c)
    rows = []
    for (org, period), found in groups.items():
        best, upper, others = headline(found)
        if best is None:
            continue
        fig = best.figure
        rows.append(
            Row(
                org=org,
                period=period,
                indicator=best.indicator,
                canonical=canonical,
                value=best.value,
                unit=best.unit,
                base_value=best.base_value,
                base_unit=best.base_unit,
                approx=fig.get("approx"),
                target=bool(fig.get("target")),
                source=str(fig.get("source") or ""),
                sentence=str(fig.get("sentence") or ""),
                start=int(fig.get("start") or 0),
                end=int(fig.get("end") or 0),
                upper=None if upper is None else upper.value,
                others=tuple(c.label() for c in others),
            )
        )
    return rank(
        Comparison(wording=wording, canonical=canonical, targets=targets, unit=None, rows=tuple(rows))
    )


def rank(comparison: Comparison) -> Comparison:
    """Bring rows to the unit most of them state, add shares of the total, sort highest first."""
    rows = comparison.rows
    unit = display_unit([r.unit for r in rows])
    if unit is None:
        return comparison
    comparable: list[Row] = []
    for r in rows:
        if unit in RATE_UNITS or r.unit in RATE_UNITS:
            value = None if r.value is None or r.unit != unit else float(r.value)
        else:
            base, base_unit = base_of(r.value, r.unit, r.base_value, r.base_unit)
            value = convert(base, base_unit, unit)
        comparable.append(
            _with(r, comparable_value=value, comparable_unit=unit if value is not None else None)
        )
    additive = unit not in RATE_UNITS and split_unit(unit)[1] not in RATE_UNITS
    total = sum(r.comparable_value for r in comparable if r.comparable_value is not None)
    if additive and total > 0 and len(comparable) > 1:
        comparable = [
            _with(r, share=None if r.comparable_value is None else r.comparable_value / total)
            for r in comparable
        ]
    comparable.sort(key=lambda r: (r.comparable_value is None, -(r.comparable_value or 0.0), r.org))
    return Comparison(
        wording=comparison.wording,
        canonical=comparison.canonical,
        targets=comparison.targets,
        unit=unit,
        rows=tuple(comparable),
    )


def _with(row: Row, **changes: Any) -> Row:
    from dataclasses import replace

    return replace(row, **changes)
