"""PATH arguments → batches of files, each with a key that names its output part.

Batch boundaries are content-defined: a batch ends after a file whose name hashes to 0 modulo the
batch size (so batches hold ``batch_files`` files on average), or when it reaches four times that
many files or ``batch_bytes`` bytes. Adding or removing one report in an archive therefore changes
the batch around it only, not every batch after it, and a re-run re-extracts just that batch.

A batch's key is the SHA-256 of what decides its records: each file's source (the name records carry),
resolved path, size and modification time, the ``--text-column`` option, and a fingerprint of the
extractor's own code and lexicons. Size and mtime stand in for the bytes, the way make and rsync
decide what changed: hashing the bytes would make the planner read the whole corpus before the first
task starts (on a cluster, read it twice over the network). A file rewritten in place keeps neither
its size nor its mtime in practice; a ``touch`` costs one batch re-extracted, never a wrong record.
Because the extractor's fingerprint is in the key, parts made by an older extractor are never reused.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from corpus.records import Failure

BATCH_FILES = 64
BATCH_BYTES = 32 << 20
_MAX_SPREAD = 4  # a batch never holds more than this many times batch_files files


@dataclass(frozen=True, slots=True)
class Batch:
    """Files extracted together and written as one part. ``files`` are (path to read, source)."""

    key: str
    files: tuple[tuple[str, str], ...]
    size: int


@cache
def code_fingerprint() -> str:
    """A hash of the corpus and extract packages' files (code, lexicons, models) as installed."""
    import corpus
    import extract

    h = hashlib.sha256()
    for package in (corpus, extract):
        root = Path(str(package.__file__)).parent
        for f in sorted(root.rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts:
                h.update(f.relative_to(root).as_posix().encode())
                h.update(f.read_bytes())
    return h.hexdigest()


def _boundary(source: str, batch_files: int) -> bool:
    digest = hashlib.blake2b(source.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % batch_files == 0


def batches(
    paths: Iterable[str | Path],
    *,
    text_column: str | None = None,
    batch_files: int = BATCH_FILES,
    batch_bytes: int = BATCH_BYTES,
    on_failure: Callable[[Failure], None] | None = None,
    on_note: Callable[[str], None] | None = None,
) -> Iterator[Batch]:
    """The batches of every file the PATHs name, in input order (a stream: nothing is listed ahead)."""
    from corpus.files import Input, expand

    salt = f"{code_fingerprint()}\0{text_column or ''}\0"
    files: list[tuple[str, str]] = []
    stats: list[str] = []
    size = 0

    def cut() -> Batch:
        key = hashlib.sha256((salt + "\0".join(stats)).encode()).hexdigest()[:32]
        return Batch(key, tuple(files), size)

    for item in expand(paths, on_note):
        if not isinstance(item, Input):
            if on_failure:
                on_failure(item)
            continue
        path = os.path.abspath(item.path)
        try:
            st = os.stat(path)
        except OSError as exc:
            if on_failure:
                on_failure(Failure(item.source, "read", f"cannot stat ({exc.strerror or exc})"))
            continue
        files.append((path, item.source))
        stats.append(f"{item.source}\t{path}\t{st.st_size}\t{st.st_mtime_ns}")
        size += st.st_size
        full = len(files) >= batch_files * _MAX_SPREAD or size >= batch_bytes
        if full or _boundary(item.source, batch_files):
            yield cut()
            files, stats, size = [], [], 0
    if files:
        yield cut()
