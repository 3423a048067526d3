"""`zongjie compare` — one row per organisation and period for one indicator, ranked."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from zongjie.console import Outcome, out, tracked, usage_error

OUT_SUFFIXES = (".csv", ".xlsx", ".jsonl")


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
        Path | None, typer.Option("--chart", help="Draw a ranked bar chart to FILE.png.")
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="The chart's title (default: the indicator).")
    ] = None,
    targets: Annotated[
        bool, typer.Option("--targets", help="Compare goals (预期目标) instead of achieved figures.")
    ] = False,
    matrix: Annotated[
        bool, typer.Option("--matrix", help="Organisations × the most common indicators, as a wide table.")
    ] = False,
    top: Annotated[int, typer.Option("--top", min=1, help="How many indicators the --matrix shows.")] = 12,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No table and no progress bar.")] = False,
) -> None:
    """One row per organisation and period for INDICATOR: the headline figure each report states."""
    from compare.errors import CompareError
    from compare.run import run_compare

    if output is not None and output.suffix.lower() not in OUT_SUFFIXES:
        raise usage_error(f"{output}: the output must end in {', '.join(OUT_SUFFIXES)}")
    if chart is not None and chart.suffix.lower() != ".png":
        raise usage_error(f"{chart}: the chart must be a .png file")
    outcome = Outcome()
    try:
        result = run_compare(
            inputs,
            indicator,
            targets=targets,
            out=output,
            chart=chart,
            title=title,
            matrix=matrix,
            top=top,
            on_failure=outcome.fail,
            progress=lambda items: tracked(items, "reading", None, quiet=quiet),
        )
    except CompareError as exc:
        outcome.fail(str(exc))
        outcome.exit()
        return
    if not quiet:
        if result.matrix is not None:
            _print_matrix(result.matrix)
        else:
            _print_rows(result.comparison)
    if not result.comparison.rows and not matrix:
        outcome.note(f"no report states {indicator}{' as a target' if targets else ''}")
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
        if r.approx:
            value += {"over": "+", "under": "-", "about": "~"}.get(r.approx, "")
        table.add_row(
            str(n), r.org, r.period or "", value, r.unit, r.indicator or "", "; ".join(r.others), r.source
        )
    out.print(table)


def _print_matrix(matrix) -> None:  # type: ignore[no-untyped-def]
    table = Table(title="matrix", title_justify="left")
    for name in matrix.columns:
        table.add_column(name, overflow="fold")
    for rec in matrix.records():
        table.add_row(*[_shown(rec.get(c)) for c in matrix.columns])
    out.print(table)
