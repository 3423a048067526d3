"""What ``zongjie compare`` does, as one call: read INPUT..., compare, write the outputs asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from compare.audit import audit_records
from compare.errors import CompareError
from compare.excel import Sheet, write_rows, write_workbook
from compare.inputs import load_records
from compare.matrix import Matrix, indicator_matrix
from compare.panel import Panel, panel
from compare.records import FINDING_FIELDS, ROW_FIELDS, Comparison, Finding
from compare.table import compare_records
from compare.tracking import TRACK_FIELDS, Track
from compare.tracking import target_vs_actual as target_vs_actual_rows

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
    panel: Panel | None = None
    tracks: tuple[Track, ...] | None = None


def _check_folders(*paths: Path | None) -> None:
    for path in (p for p in paths if p is not None):
        if not path.parent.exists():
            raise CompareError(f"{path}: folder {path.parent} does not exist")


def guide_notes(comparison: Comparison, *, period: str | None, tracking: bool = False) -> list[str]:
    """What the 说明 sheet says about a comparison: the indicator, which figures, which periods, the rule."""
    kind = "目标（计划、预期）" if comparison.targets else "实际完成数（不含目标）"
    when = f"{period}（只取所指时期为 {period} 的数字）" if period else "每个单一时期（五年合计等跨年数字只在指定时期时给出）"
    notes = [
        f"指标：{comparison.wording}（规范名：{comparison.canonical}）",
        f"数字：{'目标与实际' if tracking else kind}",
        f"时期：{when}；时期是数字所指的时期，不是报告的年份",
        "同一单位同一时期有几个数字时选一个：整体的数字优先于所辖地区或“其中”的分项；与指标名称完全相同的优先于相近的说法；"
        "当年的数字优先于“年均”“五年来”句子中的；应当说出这个数字的报告优先（实际数看下一年的报告，目标看当年的报告）；再取文中最先出现的。"
        "其余的列在“文中其他提法”。",
        "水平值（亿元、万人）与增速（%、个百分点）是两个指标，不放在一张表里；万元、亿元等按折算后的数比较。",
    ]
    if tracking:
        notes.append("完成：实际不低于目标（目标是区间时取下限；“以内”的目标实际不高于目标）；目标或实际缺一时空着。")
    return notes


def run_compare(
    inputs: Sequence[str],
    wording: str,
    *,
    targets: bool = False,
    period: str | None = None,
    out: Path | None = None,
    chart: Path | None = None,
    title: str | None = None,
    matrix: bool = False,
    by: str = "period",
    target_vs_actual: bool = False,
    top: int = 12,
    on_failure: Callable[[str], None],
    on_note: Callable[[str], None] | None = None,
    progress: Callable[[Iterable[str]], Iterable[str]] | None = None,
) -> CompareResult:
    """Read the inputs once; compare, and write what was asked for to ``out`` and ``chart``.

    ``target_vs_actual``: the targets beside the results (``compare.tracking``). ``matrix``: a wide
    table, organisations × periods of the indicator (``by="period"``, the panel) or × the most common
    indicators (``by="indicator"``). Otherwise one row per organisation and period.
    """
    _check_folders(out, chart)
    records = load_records(inputs, on_failure=on_failure, on_note=on_note, progress=progress)
    comparison = compare_records(records, wording, targets=targets, period=period)
    written: list[Path] = []
    if target_vs_actual:
        tracks = target_vs_actual_rows(records, wording, period=period)
        if out is not None:
            notes = guide_notes(comparison, period=period, tracking=True)
            write_rows(out, TRACK_FIELDS, [t.record() for t in tracks], sheet="tracking", notes=notes)
            written.append(out)
        if chart is not None:
            from compare.chart import tracking_chart

            tracking_chart(tracks, chart, title=title)
            written.append(chart)
        return CompareResult(comparison, None, tuple(written), tracks=tracks)
    wide = indicator_matrix(records, top=top, targets=targets) if matrix and by == "indicator" else None
    grid = panel(comparison) if (matrix and by == "period") or chart is not None else None
    if out is not None:
        notes = guide_notes(comparison, period=period)
        if wide is not None:
            write_rows(out, wide.columns, wide.records(), sheet="matrix", notes=notes)
        elif matrix and grid is not None:
            _write_panel(out, grid, notes)
        else:
            rows = [r.record() for r in comparison.rows]
            write_rows(out, ROW_FIELDS, rows, formats=ROW_FORMATS, notes=notes)
        written.append(out)
    if chart is not None:
        from compare.chart import bar_chart, line_chart

        if grid is not None and len(grid.periods) > 1:
            line_chart(grid, chart, title=title)
        else:
            bar_chart(comparison, chart, title=title)
        written.append(chart)
    return CompareResult(comparison, wide, tuple(written), panel=grid if matrix else None)


def _write_panel(out: Path, grid: Panel, notes: list[str]) -> None:
    """The panel: a wide table (CSV, JSONL), or in Excel the table and beside it every cell's sentence."""
    if out.suffix.lower() != ".xlsx":
        write_rows(out, grid.columns, grid.records())
        return
    unit = f"（单位：{grid.unit}）" if grid.unit else ""
    sources = [r.record() for r in grid.sources()]
    write_workbook(
        out,
        [
            Sheet("panel", grid.columns, grid.records(), {p: "#,##0.####" for p in grid.periods}),
            Sheet("panel_sources", ROW_FIELDS, sources, ROW_FORMATS),
        ],
        [*notes, f"面板：每行一个单位，每列一个时期，格中是{grid.canonical}{unit}；每格的原句在“面板出处”表"],
    )


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
