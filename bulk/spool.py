"""Spool files: a batch's records handed from a worker process to the writer through the disk.

A worker writes its records as pickled chunks of ``CHUNK`` records into one file; the process that
writes the output reads them back a chunk at a time and removes the file. Neither holds all the
records of a batch, however many one long report makes, and nothing large crosses the process pipe.
A spool file is written by this program and read by it, on the same machine, in the same run.
"""

from __future__ import annotations

import os
import pickle
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

CHUNK = 2000


def write(folder: Path, key: str, records: Iterable[dict[str, Any]]) -> Path:
    """Write ``records`` to a new spool file in ``folder``; its path."""
    path = folder / f"{key}-{os.getpid()}-{secrets.token_hex(4)}.spool"
    try:
        with path.open("wb") as fh:
            chunk: list[dict[str, Any]] = []
            for rec in records:
                chunk.append(rec)
                if len(chunk) >= CHUNK:
                    pickle.dump(chunk, fh, protocol=pickle.HIGHEST_PROTOCOL)
                    chunk = []
            if chunk:
                pickle.dump(chunk, fh, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def read(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a spool file, in order; the file is removed once read (or abandoned)."""
    try:
        with path.open("rb") as fh:
            while True:
                try:
                    chunk = pickle.load(fh)  # our own file, written by this run
                except EOFError:
                    return
                yield from chunk
    finally:
        path.unlink(missing_ok=True)
