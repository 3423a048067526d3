"""What ``zongjie compare`` does, as one call: read INPUT..., compare, write the outputs asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from compare.audit import audit_records
from compare.errors import CompareError
from compare.excel import write_rows
from compare.inputs import load_records
from compare.matrix import Matrix, indicator_matrix
from compare.records import FINDING_FIELDS, ROW_FIELDS, Comparison, Finding
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
    title: str | None = None,
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

        bar_chart(comparison, chart, title=title)
        written.append(chart)
    return CompareResult(comparison=comparison, matrix=wide, written=tuple(written))


@dataclass(frozen=True, slots=True)
class AuditResult:
    findings: tuple[Finding, ...]
    figures: int
    written: tuple[Path, ...]


def run_audit(
    inputs: Sequence[str],
    *,
    out: Path | None = None,
    on_failure: Callable[[str], None],
    progress: Callable[[Iterable[str]], Iterable[str]] | None = None,
) -> AuditResult:
    """Read the inputs, check every sentence's arithmetic, write the findings to ``out`` if given."""
    if out is not None and not out.parent.exists():
        raise CompareError(f"{out}: folder {out.parent} does not exist")
    records = load_records(inputs, on_failure=on_failure, progress=progress)
    findings = tuple(audit_records(records))
    if out is not None:
        write_rows(out, FINDING_FIELDS, [f.record() for f in findings], sheet="audit")
    figures = sum(1 for r in records if r.get("type", "figure") == "figure")
    return AuditResult(findings=findings, figures=figures, written=(out,) if out else ())
