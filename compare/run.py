"""What ``zongjie compare`` does, as one call: read INPUT..., compare, write the outputs asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from compare.errors import CompareError
from compare.excel import write_rows
from compare.inputs import load_records
from compare.matrix import Matrix, indicator_matrix
from compare.records import ROW_FIELDS, Comparison
from compare.table import compare_records

ROW_FORMATS = {
    "value": "#,##0.####",
    "comparable_value": "#,##0.####",
    "share": "0.00%",
    "base_value": "#,##0.##",
}


@dataclass(frozen=True, slots=True)
class CompareResult:
    comparison: Comparison
    matrix: Matrix | None
    written: tuple[Path, ...]


def run_compare(
    inputs: Sequence[str],
    wording: str,
    *,
    targets: bool = False,
    out: Path | None = None,
    chart: Path | None = None,
    matrix: bool = False,
    top: int = 12,
    on_failure: Callable[[str], None],
    progress: Callable[[Iterable[str]], Iterable[str]] | None = None,
) -> CompareResult:
    """Read the inputs once; the comparison (and matrix) written to ``out``, the chart to ``chart``."""
    for path in (p for p in (out, chart) if p is not None):
        if not path.parent.exists():
            raise CompareError(f"{path}: folder {path.parent} does not exist")
    records = load_records(inputs, on_failure=on_failure, progress=progress)
    comparison = compare_records(records, wording, targets=targets)
    wide = indicator_matrix(records, top=top, targets=targets) if matrix else None
    written: list[Path] = []
    if out is not None:
        if wide is not None:
            write_rows(out, wide.columns, wide.records(), sheet="matrix")
        else:
            write_rows(out, ROW_FIELDS, [r.record() for r in comparison.rows], formats=ROW_FORMATS)
        written.append(out)
    if chart is not None:
        from compare.chart import bar_chart

        bar_chart(comparison, chart)
        written.append(chart)
    return CompareResult(comparison=comparison, matrix=wide, written=tuple(written))
