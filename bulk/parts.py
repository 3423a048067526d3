"""A partitioned Parquet output: one part file per batch, written atomically, read as one table.

``zongjie extract … -o OUT.parquet`` makes OUT.parquet a folder::

    OUT.parquet/
        part-<batch key>.parquet          the records of one batch (its counts in the file's metadata)
        _errors/part-<batch key>.parquet  the inputs of that batch that failed: source, stage, reason
        _errors/part-paths.parquet        PATH arguments that named nothing readable
        _manifest.json                    written when a run completes: the parts in input order, totals

pandas (``pd.read_parquet("OUT.parquet")``) and pyarrow skip names starting with ``_`` or ``.``, so they
read the records only; DuckDB reads ``read_parquet('OUT.parquet/*.parquet')`` and
``read_parquet('OUT.parquet/_errors/*.parquet')``. Every part has the same schema (``schema()``): the
fields of document, figure and activity records, so parts concatenate without type conflicts.

A part is written under a hidden temporary name and renamed when complete: a part that exists is whole,
which is what makes a run resumable. The errors part is renamed into place before the records part, so a
batch counted as finished never lacks its errors.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from corpus.records import Failure
from extract.errors import OutputError

PART_PREFIX = "part-"
# Only names this module makes are ever listed or removed: a folder of someone else's part files
# (Spark's part-00000-<uuid>.parquet) is refused, never cleaned.
OUR_PART = re.compile(r"^part-(?:[0-9a-f]{32}|paths)\.parquet$")
OUR_TMP = re.compile(r"^\.part-(?:[0-9a-f]{32}|paths)\.parquet\.\d+-[0-9a-f]{8}\.tmp$")
ERRORS_DIR = "_errors"
MANIFEST = "_manifest.json"
PATHS_PART = "paths"  # the errors part of PATH arguments that failed before any batch
_META_KEY = b"zongjie"
_ROW_GROUP = 5000  # records buffered before a row group is written: bounds a worker's memory


def record_fields() -> tuple[str, ...]:
    """Every field a document, figure or activity record has, in a stable order (``extract.schema``)."""
    from extract.schema import record_columns

    return tuple(c.name for c in record_columns())


def schema() -> Any:
    """The Arrow schema of every records part (``extract.schema``: nested fields are JSON text)."""
    from extract.schema import arrow_schema, record_columns

    return arrow_schema(record_columns())


def _cell(kind: str | None, value: Any) -> Any:
    if value is None:
        return None
    if kind == "float":
        return float(value)
    if kind == "int":
        return int(value)
    if kind == "bool":
        return bool(value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _columns(rows: list[Mapping[str, Any]], names: tuple[str, ...]) -> dict[str, list[Any]]:
    unknown = {k for r in rows for k in r} - set(names)
    if unknown:
        raise OutputError(f"records carry fields the Parquet schema lacks: {', '.join(sorted(unknown))}")
    from extract.schema import kinds

    kind = kinds()
    return {n: [_cell(kind.get(n), r.get(n)) for r in rows] for n in names}


def _tmp(final: Path) -> Path:
    # Unique per writer: a task retried elsewhere must not write into the same temporary file.
    return final.with_name(f".{final.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")


def part_path(out: Path, key: str) -> Path:
    return out / f"{PART_PREFIX}{key}.parquet"


def errors_path(out: Path, key: str) -> Path:
    return out / ERRORS_DIR / f"{PART_PREFIX}{key}.parquet"


def write_part(out: Path, key: str, records: Iterable[Mapping[str, Any]], summary: Any) -> None:
    """Stream ``records`` into the part of batch ``key``; then ``summary()`` gives (failures, counts).

    Records go out in row groups of ``_ROW_GROUP``, so a batch of any size holds one group in memory.
    Nothing is visible under the final names until the whole batch is written.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    sch = schema()
    names = tuple(sch.names)
    final = part_path(out, key)
    tmp = _tmp(final)
    try:
        with pq.ParquetWriter(tmp, sch) as writer:
            buf: list[Mapping[str, Any]] = []
            for rec in records:
                buf.append(rec)
                if len(buf) >= _ROW_GROUP:
                    writer.write_table(pa.table(_columns(buf, names), schema=sch))
                    buf = []
            if buf:
                writer.write_table(pa.table(_columns(buf, names), schema=sch))
            failures, counts = summary()
            writer.add_key_value_metadata({_META_KEY: json.dumps(counts)})
        write_errors(out, key, failures)
        os.replace(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)


def write_errors(out: Path, key: str, failures: Iterable[Failure]) -> None:
    """The errors part of batch ``key`` (none when nothing failed), atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    failures = list(failures)
    final = errors_path(out, key)
    if not failures:
        final.unlink(missing_ok=True)
        return
    final.parent.mkdir(exist_ok=True)
    table = pa.table(
        {
            "source": [f.source for f in failures],
            "stage": [f.stage for f in failures],
            "reason": [f.reason for f in failures],
        }
    )
    tmp = _tmp(final)
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)


def done(out: Path, key: str) -> dict[str, int] | None:
    """The counts of batch ``key`` if its part is already written (a resumed run skips it), else None."""
    import pyarrow.parquet as pq

    path = part_path(out, key)
    if not path.is_file():
        return None
    try:
        meta = pq.read_metadata(path).metadata or {}
        return dict(json.loads(meta[_META_KEY]))
    except (OSError, KeyError, ValueError):  # not a part this version wrote: do the batch again
        return None


def read_errors(out: Path, key: str) -> list[Failure]:
    import pyarrow.parquet as pq

    path = errors_path(out, key)
    if not path.is_file():
        return []
    return [Failure(r["source"], r["stage"], r["reason"]) for r in pq.read_table(path).to_pylist()]


def is_dataset(path: Path) -> bool:
    """Whether ``path`` is a folder of parts this module wrote."""
    return path.is_dir() and ((path / MANIFEST).is_file() or bool(_ours(path)))


def _ours(folder: Path) -> list[Path]:
    return sorted(f for f in folder.glob(f"{PART_PREFIX}*.parquet") if OUR_PART.match(f.name))


def parts(path: Path) -> list[Path]:
    """The record parts of a dataset: in input order after a complete run, else by name."""
    manifest = path / MANIFEST
    if manifest.is_file():
        names = json.loads(manifest.read_text("utf-8"))["parts"]
        return [path / n for n in names]
    return _ours(path)


def read_dataset(path: Path) -> Iterator[dict[str, Any]]:
    """Every record of a dataset as written (nested fields still JSON text), part after part."""
    import pyarrow.parquet as pq

    for part in parts(path):
        for batch in pq.ParquetFile(part).iter_batches():
            yield from batch.to_pylist()


def prepare(out: Path) -> None:
    """Ready ``out`` for a run: a folder, its old manifest gone (until this run completes).

    Raises OutputError for a folder that holds anything but an earlier output of this module."""
    if out.is_file():  # a single-file .parquet from an earlier version: the dataset replaces it
        out.unlink()
    if out.is_dir():
        foreign = [
            f.name
            for f in out.iterdir()
            if f.name not in (ERRORS_DIR, MANIFEST) and not OUR_PART.match(f.name) and not f.name.startswith(".")
        ]
        if foreign:
            raise OutputError(
                f"{out}: a folder holding other files ({', '.join(sorted(foreign)[:3])}…); "
                "give a new name or an earlier output of zongjie extract"
            )
    (out / ERRORS_DIR).mkdir(parents=True, exist_ok=True)
    (out / MANIFEST).unlink(missing_ok=True)


def finish(out: Path, keys: list[str], totals: Mapping[str, int]) -> None:
    """After a complete run: drop parts of earlier runs that this one did not make, and leftover
    temporary files of killed writers; write the manifest that lists the parts in input order."""
    wanted = {f"{PART_PREFIX}{k}.parquet" for k in keys}
    wanted_errors = {*wanted, f"{PART_PREFIX}{PATHS_PART}.parquet"}
    for folder, keep in ((out, wanted), (out / ERRORS_DIR, wanted_errors)):
        for f in _ours(folder):
            if f.name not in keep:
                f.unlink(missing_ok=True)
    sweep(out)
    names = [f"{PART_PREFIX}{k}.parquet" for k in keys if part_path(out, k).is_file()]  # not failed tasks
    tmp = _tmp(out / MANIFEST)
    try:
        tmp.write_text(json.dumps({"parts": names, **totals}, ensure_ascii=False, indent=1), "utf-8")
        os.replace(tmp, out / MANIFEST)
    finally:
        tmp.unlink(missing_ok=True)


def sweep(out: Path) -> None:
    """Remove temporary files of writers that were killed. Only when no writer of this output runs."""
    for folder in (out, out / ERRORS_DIR):
        for f in folder.glob(f".{PART_PREFIX}*.tmp"):
            if OUR_TMP.match(f.name):
                f.unlink(missing_ok=True)
