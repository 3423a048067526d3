"""INPUT... of ``compare`` and ``audit``: raw reports and earlier ``extract`` outputs alike.

An earlier output (``.jsonl``, ``.csv``, ``.xlsx``, ``.parquet`` whose rows have a ``type`` field, or
a ``.duckdb`` store, corrections applied) is read back with ``store.read_records``; anything else — files, folders,
globs of reports or of tabular corpora — goes through ``extract.extract_paths``. A corpus is thus
read once and compared many times. Failures are handed to ``on_failure`` and the rest goes on.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from corpus.errors import ZongjieError

RECORD_ONLY = frozenset({".duckdb"})
MAYBE_RECORDS = frozenset({".jsonl", ".csv", ".xlsx", ".parquet"})


def holds_records(path: Path) -> bool:
    """Whether a file is an earlier ``extract`` output: the store, a table with a ``type`` column, or the
    partitioned Parquet folder ``extract -o OUT.parquet`` writes."""
    from bulk.parts import is_dataset

    suffix = path.suffix.lower()
    if suffix in RECORD_ONLY or is_dataset(path):
        return True
    if suffix not in MAYBE_RECORDS or not path.is_file():
        return False
    return "type" in _columns(path)


def _columns(path: Path) -> list[str]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            with path.open(encoding="utf-8-sig") as fh:
                for line in fh:
                    if line.strip():
                        first = json.loads(line)
                        return list(first) if isinstance(first, dict) else []
            return []
        if suffix == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as fh:
                return next(csv.reader(fh), [])
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return list(pq.read_schema(path).names)
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        try:
            row = next(wb.worksheets[0].iter_rows(max_row=1, values_only=True), ())
            return [str(c) for c in row if c is not None]
        finally:
            wb.close()
    except (OSError, UnicodeDecodeError, ValueError):
        # Not readable as records: the corpus readers try it next and name the real reason.
        return []


def expand(inputs: Sequence[str]) -> Iterator[str]:
    """Globs expanded (sorted); files and folders as given."""
    from corpus.files import glob_matches

    for item in inputs:
        matches = glob_matches(item)
        yield from [item] if matches is None else matches


def load_records(
    inputs: Sequence[str],
    *,
    on_failure: Callable[[str], None],
    on_note: Callable[[str], None] | None = None,
    progress: Callable[[Iterable[str]], Iterable[str]] | None = None,
) -> list[Mapping[str, Any]]:
    """Every record (document, figure, activity) of the inputs, earlier outputs read back as they are.

    ``on_note`` hears what the readers skipped without failing (rows of a spreadsheet without text).
    """
    paths = list(expand(inputs))
    records: list[Mapping[str, Any]] = []
    raw: list[str] = []
    for item in progress(paths) if progress else paths:
        path = Path(item)
        if not path.exists():
            on_failure(f"{item}: no such file or folder")
            continue
        if holds_records(path):
            try:
                records.extend(_read_records(path))
            except (ZongjieError, OSError, ValueError) as exc:
                said = str(exc)  # a store's errors name the file already
                on_failure(said if said.startswith(f"{item}:") else f"{item}: {said}")
        else:
            raw.append(item)
    if raw:
        from extract import extract_paths

        records.extend(extract_paths(raw, on_failure=lambda f: on_failure(f.message()), on_note=on_note))
    return records


def _read_records(path: Path) -> Iterator[Mapping[str, Any]]:
    from store import read_records

    return read_records(path)
