"""`zongjie audit` — the arithmetic a report claims that does not hold."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from zongjie.console import Outcome, out, tracked, usage_error

OUT_SUFFIXES = (".jsonl", ".csv", ".xlsx")


def audit(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Reports (files, folders, globs) or earlier `extract` outputs (.jsonl, .parquet, .duckdb).",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the findings to OUT.jsonl, OUT.csv or OUT.xlsx."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No table and no progress bar.")] = False,
) -> None:
    """Sums, shares, changes and rates a report states that its own figures contradict."""
    from compare.errors import CompareError
    from compare.run import run_audit

    if output is not None and output.suffix.lower() not in OUT_SUFFIXES:
        raise usage_error(f"{output}: the output must end in {', '.join(OUT_SUFFIXES)}")
    outcome = Outcome()
    try:
        result = run_audit(
            inputs,
            out=output,
            on_failure=outcome.fail,
            progress=lambda items: tracked(items, "reading", None, quiet=quiet),
        )
    except CompareError as exc:
        outcome.fail(str(exc))
        outcome.exit()
        return
    if not quiet:
        table = Table(
            title=f"{len(result.findings)} findings in {result.figures} figures",
            title_justify="left",
            show_lines=True,
        )
        for name in ("severity", "kind", "claimed", "computed", "message", "sentence", "source"):
            table.add_column(name, overflow="fold")
        for f in result.findings:
            colour = "red" if f.severity == "error" else "yellow"
            table.add_row(
                f"[{colour}]{f.severity}[/{colour}]",
                f.kind,
                f"{f.claimed:g}",
                f"{f.computed:.4g}",
                f.message,
                f.sentence,
                f"{f.source}@{f.start}",
            )
        out.print(table)
    outcome.exit()
