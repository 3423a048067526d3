"""`zongjie extract` — the main job: read, split, normalise, extract; write or show the records."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from zongjie.console import Outcome, err, out, progress, usage_error

if TYPE_CHECKING:
    from bulk.scale import BatchResult

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
    batch_files: Annotated[
        int, typer.Option(help="Files per task on average (a task writes one part of a .parquet output).")
    ] = 64,  # bulk.plan.BATCH_FILES, not imported here: that loads the pipeline for every command
) -> None:
    """Extract every figure and dated activity, with the sentence, section and offsets it came from.

    With -o OUT.parquet, OUT.parquet is a folder of parts, one per batch of files, that pandas and DuckDB
    read as one table; run the same command again after an interruption and it continues where it stopped.
    """
    from bulk.io import FORMATS, write_records
    from bulk.scale import Events, Options, collect, write_dataset
    from extract.batch import Tally
    from extract.errors import EngineError, OutputError, WorkerDied

    if engine not in ("local", "dask"):
        raise usage_error(f"--engine must be local or dask, not {engine!r}")
    if scheduler and engine != "dask":
        raise usage_error("--scheduler goes with --engine dask")
    if output is not None and output.suffix.lower() not in FORMATS:
        raise usage_error(f"{output}: unknown output format (use one of {', '.join(FORMATS)})")
    if batch_files < 1:
        raise usage_error("--batch-files must be at least 1")
    jobs = jobs or os.cpu_count() or 1
    dataset = output is not None and output.suffix.lower() == ".parquet"
    to_screen = output is None
    outcome = Outcome()
    tally = Tally()
    t0 = time.perf_counter()
    with progress("extracting", None, quiet=quiet) as bar:
        task = bar.task_ids[0]

        done = {"documents": 0, "resumed": 0}  # this run's own work: the rate leaves resumed batches out

        def start(files: int, resumed: int) -> None:
            bar.update(task, total=files)
            done["resumed"] = resumed
            if resumed and not quiet:
                outcome.note(f"{output}: {resumed} batches done by an earlier run are kept; continuing")

        def step(res: BatchResult) -> None:
            done["documents"] += res.counts.get("documents", 0)
            dt = time.perf_counter() - t0
            bar.update(task, advance=res.files, rate=f"{done['documents'] / dt:,.1f} docs/s" if dt else "")

        events = Events(
            on_start=start,
            on_batch=step,
            on_failure=lambda f: outcome.fail(f.message()),
            on_note=None if quiet else outcome.note,
        )
        opts = Options(engine, jobs, scheduler, text_column, batch_files, events)
        rows: list[Any] = []
        try:
            if dataset:
                write_dataset(paths, output, opts, tally)  # type: ignore[arg-type]
            elif output is not None:
                records = collect(paths, opts, tally)
                first = next(records, None)
                if first is None:  # every input failed, or none held a report: no empty file
                    bar.stop()
                    outcome.note(f"{output}: no records to write; nothing written")
                    output = None
                else:
                    write_records(itertools.chain([first], records), output)
            else:
                rows = _for_screen(collect(paths, opts, tally), limit)
        except KeyboardInterrupt:
            bar.stop()
            kept = (
                f"; the finished parts are kept in {output}: run the same command to continue"
                if dataset
                else ""
            )
            err.print(f"interrupted{kept}", soft_wrap=True)
            raise typer.Exit(130) from None
        except EngineError as exc:
            bar.stop()
            raise usage_error(str(exc)) from None
        except OutputError as exc:
            bar.stop()
            outcome.fail(str(exc))
            outcome.exit()
        except WorkerDied as exc:
            bar.stop()
            outcome.fail(f"{exc}{'; run the same command again to continue' if dataset else ''}")
            outcome.exit()
    dt = time.perf_counter() - t0
    if to_screen:
        _show(rows, limit, tally.figures)
    if not quiet:
        err.print(
            f"{tally.documents} documents, {tally.articles} articles, {tally.figures} figures, "
            f"{tally.activities} activities, {len(tally.failures)} failed, in {dt:.1f} s"
            + (f" ({done['documents'] / dt:,.1f} documents/s)" if dt and done["documents"] else "")
            + (f", {done['resumed']} batches kept from an earlier run" if done["resumed"] else "")
            + (f" → {output}" if output else ""),
            soft_wrap=True,
        )
    outcome.exit()


def _for_screen(records: Iterable[dict[str, object]], limit: int) -> list[dict[str, object]]:
    """What the terminal shows: every document record and the first ``limit`` figures (the rest
    only counted by the tally), so a long report is not held in memory to print 40 rows."""
    rows: list[dict[str, object]] = []
    figures = 0
    for r in records:
        if r["type"] == "document":
            rows.append(r)
        elif r["type"] == "figure":
            figures += 1
            if figures <= limit:
                rows.append(r)
    return rows


def _show(rows: list[dict[str, object]], limit: int, total: int) -> None:
    from rich.table import Table

    figures = [r for r in rows if r["type"] == "figure"]
    docs = [r for r in rows if r["type"] == "document"]
    t = Table(title="Documents", show_lines=False)
    for col in ("source", "title", "org", "level", "period", "chars"):
        t.add_column(col)
    for d in docs:
        t.add_row(*(str(d.get(c) or "") for c in ("source", "title", "org", "level", "period", "chars")))
    out.print(t)
    t = Table(title=f"Figures ({total}; first {min(limit, total)})")
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
