"""`zongjie compare` — one row per organisation and period for one indicator, ranked."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from zongjie.console import Outcome, out, tracked, usage_error

OUT_SUFFIXES = (".csv", ".xlsx", ".jsonl")
PERIOD = re.compile(r"(?:19|20)\d\d(?:H[12]|Q[1-4])?|(?:19|20)\d\d-(?:19|20)\d\d")
APPROX_MARKS = {"over": "以上", "under": "不足", "about": "左右"}


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return str(value)


def compare(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Reports (files, folders, globs) or earlier `extract` outputs (.jsonl, .parquet, .duckdb).",
            show_default=False,
        ),
    ],
    indicator: Annotated[
        str,
        typer.Option(
            "--indicator",
            "-i",
            help="The indicator as worded in reports, e.g. 地区生产总值增长 or 新建工会组织.",
        ),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the rows to OUT.csv, OUT.xlsx or OUT.jsonl.")
    ] = None,
    chart: Annotated[
        Path | None, typer.Option(
            "--chart",
            help="Draw FILE.png: ranked bars (one period), lines of organisations over the periods (several, "
            "or --matrix), target bars against the actual line (--target-vs-actual).",
        )
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="The chart's title (default: the indicator).")
    ] = None,
    targets: Annotated[
        bool, typer.Option("--targets", help="Compare goals (预期目标) instead of achieved figures.")
    ] = False,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            help="Keep the figures that refer to this period: a year 2021, a half 2021H1, a span 2016-2020 "
            "(spans only when asked for). Default: every single period, one row per organisation and period.",
        ),
    ] = None,
    target_vs_actual: Annotated[
        bool,
        typer.Option(
            "--target-vs-actual",
            help="Per organisation and year: the target its report set beside the actual its next report states.",
        ),
    ] = False,
    matrix: Annotated[
        bool,
        typer.Option("--matrix", help="A wide table: organisations × periods of INDICATOR (see --by)."),
    ] = False,
    by: Annotated[
        str,
        typer.Option(
            "--by", help="Columns of --matrix: 'period' (the panel) or 'indicator' (the most common indicators)."
        ),
    ] = "period",
    top: Annotated[int, typer.Option("--top", min=1, help="How many indicators --matrix --by indicator shows.")] = 12,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No table and no progress bar.")] = False,
) -> None:
    """One row per organisation and period for INDICATOR: the headline figure each report states.

    The period is the one the figure refers to (a 2022 report's 2021 results are 2021's), newest first.
    """
    from compare.errors import CompareError
    from compare.run import run_compare

    if output is not None and output.suffix.lower() not in OUT_SUFFIXES:
        raise usage_error(f"{output}: the output must end in {', '.join(OUT_SUFFIXES)}")
    if chart is not None and chart.suffix.lower() != ".png":
        raise usage_error(f"{chart}: the chart must be a .png file")
    if by not in ("period", "indicator"):
        raise usage_error(f"--by {by}: use 'period' or 'indicator'")
    if period is not None and not PERIOD.fullmatch(period):
        raise usage_error(f"--period {period}: use a year (2021), a half (2021H1), a quarter (2021Q3) or a span (2016-2020)")
    outcome = Outcome()
    try:
        result = run_compare(
            inputs,
            indicator,
            targets=targets,
            period=period,
            out=output,
            chart=chart,
            title=title,
            matrix=matrix,
            by=by,
            target_vs_actual=target_vs_actual,
            top=top,
            on_failure=outcome.fail,
            on_note=outcome.note,
            progress=lambda items: tracked(items, "reading", None, quiet=quiet),
        )
    except CompareError as exc:
        outcome.fail(str(exc))
        outcome.exit()
        return
    if not quiet:
        if result.tracks is not None:
            _print_tracks(result.tracks)
        elif result.matrix is not None:
            _print_matrix(result.matrix)
        elif result.panel is not None:
            _print_panel(result.panel)
        else:
            _print_rows(result.comparison)
    if result.tracks is not None and not result.tracks:
        outcome.note(f"no report states {indicator} as a target or a result")
    elif not result.comparison.rows and not matrix and result.tracks is None:
        when = f" for {period}" if period else ""
        outcome.note(f"no report states {indicator}{' as a target' if targets else ''}{when}")
    outcome.exit()


def _print_rows(comparison) -> None:  # type: ignore[no-untyped-def]
    kind = "目标" if comparison.targets else "实际"
    table = Table(title=f"{comparison.wording}（{kind}）", title_justify="left")
    for name, justify in (
        ("#", "right"),
        ("org", "left"),
        ("period", "left"),
        ("value", "right"),
        ("unit", "left"),
        ("indicator", "left"),
        ("others", "left"),
        ("source", "left"),
    ):
        table.add_column(name, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for n, r in enumerate(comparison.rows, 1):
        value = _shown(r.value) if r.upper is None else f"{_shown(r.value)}–{_shown(r.upper)}"
        table.add_row(
            str(n),
            r.org,
            r.period or "",
            value,
            r.unit + APPROX_MARKS.get(r.approx or "", ""),
            r.indicator or "",
            "；".join(r.others),
            _file(r.source),
        )
    out.print(table)


def _file(source: str | None) -> str:
    """A source as the terminal shows it: the file name (and its #row=N), not the whole path."""
    return Path(source).name if source else ""


def _print_tracks(tracks) -> None:  # type: ignore[no-untyped-def]
    table = Table(title="目标与实际", title_justify="left")
    for name in ("org", "period", "target", "actual", "unit", "met", "target_source", "actual_source"):
        table.add_column(name, overflow="fold")
    for t in tracks:
        goal = "" if t.target is None else _shown(t.target) + (f"–{_shown(t.target_high)}" if t.target_high else "")
        goal += APPROX_MARKS.get(t.target_approx or "", "") if goal else ""
        got = "" if t.actual is None else _shown(t.actual) + APPROX_MARKS.get(t.actual_approx or "", "")
        met = "" if t.met is None else ("完成" if t.met else "未完成")
        table.add_row(t.org, t.period, goal, got, t.unit, met, _file(t.target_source), _file(t.actual_source))
    out.print(table)


def _print_panel(panel) -> None:  # type: ignore[no-untyped-def]
    unit = f"（{panel.unit}）" if panel.unit else ""
    table = Table(title=f"{panel.wording}{unit}", title_justify="left")
    for name in panel.columns:
        table.add_column(name, overflow="fold")
    for rec in panel.records():
        table.add_row(*[_shown(rec.get(c)) for c in panel.columns])
    out.print(table)


def _print_matrix(matrix) -> None:  # type: ignore[no-untyped-def]
    table = Table(title="matrix", title_justify="left")
    for name in matrix.columns:
        table.add_column(name, overflow="fold")
    for rec in matrix.records():
        table.add_row(*[_shown(rec.get(c)) for c in matrix.columns])
    out.print(table)
