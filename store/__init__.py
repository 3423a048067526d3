"""The store: documents, articles, figures, activities and people's corrections in one DuckDB file.

Public API:
- ``Library(db)`` — the store: ``add`` (split, extract, store), ``correct``, ``records``, …
- ``ingest(paths, db) -> Iterator[Added | Failure]`` — what ``zongjie ingest`` does
- ``read_records(path)`` — the records of any ``zongjie extract`` output or store, a person's
  correction winning over the extractor's reading
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from store.library import Added, Library, ingest

__all__ = ["Added", "Library", "ingest", "read_records"]


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records of an earlier output: a store (``.duckdb``, corrections applied, no store-only columns) or
    any file or folder ``zongjie extract`` writes (``bulk.io.read_records``)."""
    if Path(path).suffix.lower() == ".duckdb":
        from store.library import read_records as from_store

        return from_store(path)
    from bulk.io import read_records as from_file

    return from_file(path)
