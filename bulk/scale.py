"""Bulk extraction: batches of files run as tasks on local processes or a Dask cluster.

Both engines run the same task, ``run_batch``, on the same batches (``bulk.plan``): the worker
reads its batch's files itself, extracts each document and either writes the batch's part of a
partitioned Parquet output (``bulk.parts``) or returns the records to the caller. A file that fails
to read, split or extract becomes a Failure of that batch, never an exception, so one bad file never
fails its batch.

``write_dataset`` is resumable: a batch whose part exists is not run again, and parts appear only
when whole, so stopping a run at any moment (Ctrl-C, a killed worker, a crash) and starting it again
continues where it stopped without duplicating a record. ``collect`` returns the records in input
order, for single-file outputs and the terminal.

Memory stays flat: the planner streams the file list, at most ``2 × workers`` batches are in flight,
and a worker holds one row group of records at a time while writing.

With ``scheduler``, workers must see the input files and the output folder at the same absolute paths
as this process (a shared file system): the task carries paths, not bytes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from bulk.plan import BATCH_FILES, Batch, batches
from corpus.records import Failure
from extract.batch import Record, Tally, document_records
from extract.errors import EngineError, WorkerDied

Engine = str  # "local" | "dask"


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one task did. ``records`` only when the caller collects them."""

    key: str
    files: int
    counts: dict[str, int]
    failures: tuple[Failure, ...]
    notes: tuple[str, ...] = ()
    records: tuple[Record, ...] | None = None
    spool: str | None = None  # the file holding the records instead (``bulk.spool``)


@dataclass(frozen=True, slots=True)
class Events:
    """Where a run reports as it goes; every callback optional."""

    on_start: Callable[[int, int], None] | None = None  # (files to do, batches resumed)
    on_batch: Callable[[BatchResult], None] | None = None
    on_failure: Callable[[Failure], None] | None = None
    on_note: Callable[[str], None] | None = None


@dataclass(frozen=True, slots=True)
class Options:
    """How to run: ``jobs`` worker processes here, or a Dask cluster (``scheduler``, or a local one)."""

    engine: Engine = "local"
    jobs: int = 1
    scheduler: str | None = None
    text_column: str | None = None
    batch_files: int = BATCH_FILES
    events: Events = field(default_factory=Events)


def _batch(batch: Batch, text_column: str | None) -> tuple[Iterator[Record], Callable[..., BatchResult]]:
    """The records of every file of ``batch`` (a stream: read, split and extract as they are asked for),
    and the function that makes the batch's result once they have all been taken."""
    import corpus
    from corpus.readers import ReadOptions

    notes: list[str] = []
    failures: list[Failure] = []
    tally = Tally()
    options = ReadOptions(text_column=text_column, on_note=notes.append)

    def records() -> Iterator[Record]:
        for path, source in batch.files:
            for doc in corpus.read_one(Path(path), source, options):
                if isinstance(doc, Failure):
                    failures.append(doc)
                else:
                    yield from document_records(doc, tally, failures.append, notes.append)

    def result(**extra: Any) -> BatchResult:
        counts = tally.counts()
        return BatchResult(batch.key, len(batch.files), counts, tuple(failures), tuple(notes), **extra)

    return records(), result


def run_batch(batch: Batch, text_column: str | None, out: str | None, spool: str | None = None) -> BatchResult:
    """The task: read, split and extract every file of ``batch``; write its part into ``out``, or
    return the records when ``out`` is None: in a spool file under the folder ``spool`` (see
    ``bulk.spool``) when one is given, else in the result itself."""
    records, result = _batch(batch, text_column)
    if out is None and spool is None:
        recs = tuple(records)
        return result(records=recs)
    if out is None:
        from bulk import spool as spooling

        return result(spool=str(spooling.write(Path(spool), batch.key, records)))  # type: ignore[arg-type]
    from bulk import parts

    def summary() -> tuple[list[Failure], dict[str, int]]:
        done = result()
        return list(done.failures), done.counts

    parts.write_part(Path(out), batch.key, records, summary)
    return result()


def _unwritable(out: str | Path, exc: OSError) -> Exception:
    from extract.errors import OutputError

    return OutputError(f"{out}: cannot write ({exc.strerror or exc})")


def _lost(batch: Batch, exc: BaseException) -> BatchResult:
    """A task that raised (a write that failed, a Dask worker killed more often than it retries)."""
    reason = f"batch {batch.key} failed: {type(exc).__name__}: {exc}"
    return BatchResult(
        batch.key, len(batch.files), {}, tuple(Failure(s, "batch", reason) for _, s in batch.files)
    )


def _drive(
    todo: Iterator[Batch],
    submit: Callable[[Batch], Any],
    first_done: Callable[[list[Any]], Any],
    window: int,
    ordered: bool,
) -> Iterator[BatchResult]:
    """Keep ``window`` tasks in flight; results in submission order (``ordered``) or as they finish."""
    from concurrent.futures.process import BrokenProcessPool

    pending: list[tuple[Any, Batch]] = []

    def fill() -> None:
        while len(pending) < window:
            batch = next(todo, None)
            if batch is None:
                return
            pending.append((submit(batch), batch))

    fill()
    while pending:
        i = 0 if ordered else [f for f, _ in pending].index(first_done([f for f, _ in pending]))
        fut, batch = pending.pop(i)
        try:
            res = fut.result()
        except BrokenProcessPool as exc:
            raise WorkerDied(f"a worker process died (killed, or out of memory): {exc}") from exc
        except Exception as exc:
            res = _lost(batch, exc)
        yield res
        fill()


def _ignore_interrupt() -> None:
    """Workers leave Ctrl-C to the parent, which stops submitting and lets running batches finish
    (whole parts, or none), instead of each worker dying mid-write with its own traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _local(
    todo: Iterator[Batch],
    task: Callable[[Batch], BatchResult],
    jobs: int,
    ordered: bool,
    parquet: bool = False,
) -> Iterator[BatchResult]:
    if jobs <= 1:  # in this process: no pool to start, and a profile shows the real work
        for batch in todo:
            try:
                yield task(batch)
            except Exception as exc:
                yield _lost(batch, exc)
        return
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # forkserver: workers fork from a clean process that imported the pipeline once (shared pages,
    # no threads of ours — progress bar, Dask — copied into a child half-locked, as fork could).
    # Arrow's Parquet writer only for a dataset: importing it is ~0.4 s before the first worker starts.
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["pyarrow.parquet"] * parquet + ["bulk.warm", "bulk.scale"])
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_ignore_interrupt)
    try:
        first = lambda fs: next(iter(wait(fs, return_when=FIRST_COMPLETED).done))  # noqa: E731
        yield from _drive(todo, partial(pool.submit, task), first, 2 * jobs, ordered)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _local_cluster(jobs: int) -> Any:
    """A LocalCluster whose workers fork from a server that loaded the pipeline (as the local engine's
    do) instead of each spawning a fresh interpreter: they start ready and share those pages."""
    import dask.config
    from distributed import LocalCluster
    from distributed.utils import get_mp_context

    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        get_mp_context().set_forkserver_preload(["distributed", "pyarrow.parquet", "bulk.warm", "bulk.scale"])
        # None turns the dashboard off (distributed's documentation), though its annotation says str.
        return LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None  # pyright: ignore[reportArgumentType]
        )


def _dask(
    todo: Iterator[Batch],
    task: Callable[[Batch], BatchResult],
    jobs: int,
    scheduler: str | None,
    ordered: bool,
) -> Iterator[BatchResult]:
    from distributed import Client, wait

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = _local_cluster(jobs)
            client = Client(cluster)
    except (OSError, TimeoutError, RuntimeError) as exc:
        if cluster is not None:
            cluster.close()
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise EngineError(f"cannot reach {where}: {exc}") from exc
    try:
        # distributed types its sync/async methods as coroutines; a Client made outside asyncio returns values.
        window = 2 * max(1, sum(client.nthreads().values()))  # pyright: ignore[reportAttributeAccessIssue]

        def submit(batch: Batch) -> Any:
            return client.submit(task, batch, key=f"zongjie-batch-{batch.key}", pure=False)

        first = lambda fs: next(iter(wait(fs, return_when="FIRST_COMPLETED").done))  # noqa: E731  # pyright: ignore[reportAttributeAccessIssue]
        yield from _drive(todo, submit, first, window, ordered)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _engine(
    todo: Iterator[Batch],
    task: Callable[[Batch], BatchResult],
    opts: Options,
    ordered: bool,
    parquet: bool = False,
) -> Iterator[BatchResult]:
    if opts.engine == "dask":
        return _dask(todo, task, opts.jobs, opts.scheduler, ordered)
    return _local(todo, task, opts.jobs, ordered, parquet)


def _report(res: BatchResult, tally: Tally, events: Events) -> None:
    tally.add(res.counts)
    for note in res.notes:
        if events.on_note:
            events.on_note(note)
    for f in res.failures:
        tally.failures.append(f)
        if events.on_failure:
            events.on_failure(f)
    if events.on_batch:
        events.on_batch(res)


def write_dataset(
    paths: Iterable[str | Path], out: str | Path, opts: Options, tally: Tally | None = None
) -> Tally:
    """Extract every input into the partitioned Parquet folder ``out``, resuming an earlier run."""
    from bulk import parts

    out = Path(out).absolute()
    tally = tally if tally is not None else Tally()
    ev = opts.events
    paths = list(paths)
    plan = partial(batches, paths, text_column=opts.text_column, batch_files=opts.batch_files)
    try:
        parts.prepare(out)
    except OSError as exc:
        raise _unwritable(out, exc) from None
    # First pass: what is left to do (for the progress bar), nothing kept but the count.
    todo_files = resumed = 0
    for b in plan():
        if parts.done(out, b.key) is None:
            todo_files += len(b.files)
        else:
            resumed += 1
    if ev.on_start:
        ev.on_start(todo_files, resumed)
    keys: list[str] = []
    seen: set[str] = set()
    path_failures: list[Failure] = []

    def path_failed(f: Failure) -> None:
        path_failures.append(f)
        _report(BatchResult("", 0, {}, (f,)), tally, Events(on_failure=ev.on_failure))

    def todo() -> Iterator[Batch]:
        for b in plan(on_failure=path_failed, on_note=ev.on_note):
            if b.key in seen:  # the same files named twice: their records once
                continue
            seen.add(b.key)
            keys.append(b.key)
            counts = parts.done(out, b.key)
            if counts is None:
                yield b
            else:
                tally.add(counts)
                for f in parts.read_errors(out, b.key):
                    tally.failures.append(f)
                    if ev.on_failure:
                        ev.on_failure(f)

    task = partial(run_batch, text_column=opts.text_column, out=str(out))
    try:
        for res in _engine(todo(), task, opts, ordered=False, parquet=True):
            _report(res, tally, ev)
            if not parts.part_path(out, res.key).is_file():  # the task itself failed: its files are errors
                parts.write_errors(out, res.key, res.failures)
        parts.write_errors(out, parts.PATHS_PART, path_failures)
        totals = {**tally.counts(), "failures": len(tally.failures)}
        parts.finish(out, keys, totals)
    except OSError as exc:
        _sweep(out, opts)
        raise _unwritable(out, exc) from None
    except BaseException:
        # Interrupted: the engine is closed (its local workers finished or stopped), so no writer of
        # ours is left. Workers of an external cluster may still finish a task: leave theirs.
        _sweep(out, opts)
        raise
    return tally


def _sweep(out: Path, opts: Options) -> None:
    from bulk import parts

    if opts.scheduler is None:
        with contextlib.suppress(OSError):
            parts.sweep(out)


COLLECT_BYTES = 1 << 20


def collect(paths: Iterable[str | Path], opts: Options, tally: Tally | None = None) -> Iterator[Record]:
    """Every record of every input, in input order, extracted by the chosen engine.

    The workers write each batch's records to a spool file in a temporary folder, which this process
    reads back a chunk at a time in input order, so neither side ever holds a batch's records whole
    (one long report may make hundreds of thousands). Workers of an external Dask cluster
    (``scheduler``) may not see this machine's disk: they send their records back in the result.
    With the local engine and one job there are no workers: the records stream from the extractor.

    Batches here hold at most ``COLLECT_BYTES`` of files: the records come back in input order whatever
    the batches, and batches of up to 64 files made for Parquet parts can leave one worker most of the work
    (the provincial reports x6 plan as 147, 23 and 16 files: one worker did 79 % of a --jobs 2 run).
    """
    import tempfile

    from bulk import spool

    tally = tally if tally is not None else Tally()
    ev = opts.events
    paths = list(paths)
    if ev.on_start:
        files = sum(
            len(b.files) for b in batches(paths, text_column=opts.text_column, batch_files=opts.batch_files)
        )
        ev.on_start(files, 0)

    def failed(f: Failure) -> None:
        _report(BatchResult("", 0, {}, (f,)), tally, Events(on_failure=ev.on_failure))

    todo = batches(
        paths,
        text_column=opts.text_column,
        batch_files=opts.batch_files,
        batch_bytes=COLLECT_BYTES,
        on_failure=failed,
        on_note=ev.on_note,
    )
    if opts.engine == "local" and opts.jobs <= 1:
        # One process: the records go straight from the extractor to the caller. A spool would pickle
        # every record to disk and back for nothing (about 3 % of a --jobs 1 run).
        for batch in todo:
            yield from _streamed(batch, opts.text_column, tally, ev)
        return
    with tempfile.TemporaryDirectory(prefix="zongjie-spool-") as folder:
        where = None if opts.scheduler else folder
        task = partial(run_batch, text_column=opts.text_column, out=None, spool=where)
        for res in _engine(todo, task, opts, ordered=True):
            _report(res, tally, ev)
            if res.spool is not None:
                yield from spool.read(Path(res.spool))
            else:
                yield from res.records or ()


def _streamed(batch: Batch, text_column: str | None, tally: Tally, events: Events) -> Iterator[Record]:
    """The records of ``batch`` extracted in this process as the caller takes them; the batch is
    reported (``_report``) once they are all out. A batch that raises is reported failed as a whole,
    as a task of the engines would be (the records it yielded before are out already)."""
    records, result = _batch(batch, text_column)
    try:
        yield from records
    except Exception as exc:
        res = _lost(batch, exc)
    else:
        res = result()
    _report(res, tally, events)
