"""`zongjie extract` — the main job: read, split, normalise, extract; write or show the records."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Annotated

import typer

from zongjie.console import Outcome, err, out, progress, usage_error

PathsArg = Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or globs.", show_default=False)]


def extract(
    paths: PathsArg,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write records here; the suffix picks .jsonl .csv .xlsx .parquet."),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")] = 0,
    engine: Annotated[str, typer.Option(help="local (processes on this machine) or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (with --engine dask).")] = None,
    text_column: Annotated[
        str | None, typer.Option(help="Column holding the text in .csv/.jsonl/.parquet/.xlsx corpora.")
    ] = None,
    limit: Annotated[int, typer.Option(help="Rows to show on the terminal when there is no -o.")] = 40,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Extract every figure and dated activity, with the sentence, section and offsets it came from."""
    from extract.batch import Tally, extract_paths
    from extract.io import FORMATS, write_records

    if engine not in ("local", "dask"):
        raise usage_error(f"--engine must be local or dask, not {engine!r}")
    if engine == "dask":
        raise usage_error("--engine dask is not available in this version yet; use --engine local")
    if scheduler:
        raise usage_error("--scheduler goes with --engine dask")
    if output is not None and output.suffix.lower() not in FORMATS:
        raise usage_error(f"{output}: unknown output format (use one of {', '.join(FORMATS)})")
    jobs = jobs or os.cpu_count() or 1
    outcome = Outcome()
    tally = Tally()
    t0 = time.perf_counter()
    with progress("extracting", None, quiet=quiet) as bar:
        task = bar.task_ids[0]

        def step() -> None:
            dt = time.perf_counter() - t0
            bar.update(task, advance=1, rate=f"{tally.documents / dt:,.1f} docs/s" if dt else "")

        records = extract_paths(
            paths,
            text_column=text_column,
            jobs=jobs,
            tally=tally,
            on_failure=lambda f: outcome.fail(f.message()),
            on_note=None if quiet else outcome.note,
            on_document=step,
        )
        if output is not None:
            write_records(records, output)
        else:
            rows = list(records)
    dt = time.perf_counter() - t0
    if output is None:
        _show(rows, limit)
    if not quiet:
        err.print(
            f"{tally.documents} documents, {tally.articles} articles, {tally.figures} figures, "
            f"{tally.activities} activities, {len(tally.failures)} failed, in {dt:.1f} s"
            + (f" → {output}" if output else "")
        )
    outcome.exit()


def _show(rows: list[dict[str, object]], limit: int) -> None:
    from rich.table import Table

    figures = [r for r in rows if r["type"] == "figure"]
    docs = [r for r in rows if r["type"] == "document"]
    t = Table(title="Documents", show_lines=False)
    for col in ("source", "title", "org", "level", "period", "chars"):
        t.add_column(col)
    for d in docs:
        t.add_row(*(str(d.get(c) or "") for c in ("source", "title", "org", "level", "period", "chars")))
    out.print(t)
    t = Table(title=f"Figures ({len(figures)}; first {min(limit, len(figures))})")
    for col in ("indicator", "value", "unit", "approx", "target", "section", "text"):
        t.add_column(col, overflow="fold")
    for f in figures[:limit]:
        t.add_row(
            str(f.get("indicator") or ""),
            str(f.get("value") if f.get("value") is not None else "___"),
            str(f.get("unit") or ""),
            str(f.get("approx") or ""),
            "目标" if f.get("target") else "",
            str(f.get("section") or "")[:24],
            str(f.get("text") or ""),
        )
    out.print(t)
