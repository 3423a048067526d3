"""One reader per file format, in one visible registry keyed by suffix.

A reader is ``(path, source, options) -> Iterator[Document | Failure]``: it opens ``path`` and yields
the Documents in it, ``source`` being the path as the user gave it. A file-level problem (empty,
truncated, encrypted, undecodable) raises ``ReadError``; a tabular corpus yields a ``Failure`` for a
row it cannot use and goes on with the next. Every reader normalises newlines to ``\\n``.

The reader modules import their heavy libraries (pdfplumber, python-docx, pyarrow, openpyxl) inside
the functions that need them, and this registry imports a reader module only when a file of its format
comes (a run over CSV files never loads the HTML, PDF and Office readers), so importing it is cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import UnsupportedFormat
from corpus.records import Document, Failure

MB = 1 << 20


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What a reader may be told. The defaults suit archives of work summaries."""

    # The column of a tabular corpus holding the text; None: found by its name or its long strings.
    text_column: str | None = None
    # A single report is never this big: a larger .txt/.html is refused rather than read into memory.
    max_text_bytes: int = 64 * MB
    # Zip-bomb guards for .docx/.xlsx: total uncompressed size and compression ratio.
    max_unzipped_bytes: int = 512 * MB
    max_zip_ratio: float = 200.0
    # Seconds LibreOffice may take to convert one .doc.
    convert_timeout: float = 180.0
    # Where readers report what they skipped (empty rows, …); None: nowhere.
    on_note: Callable[[str], None] | None = None

    def note(self, message: str) -> None:
        if self.on_note is not None:
            self.on_note(message)


Reader = Callable[[Path, str, ReadOptions], Iterator[Document | Failure]]

# suffix → (module of corpus.readers, its reader function)
READERS: dict[str, tuple[str, str]] = {
    ".txt": ("text", "read_text"),
    ".text": ("text", "read_text"),
    ".md": ("text", "read_text"),
    ".html": ("html", "read_html"),
    ".htm": ("html", "read_html"),
    ".xhtml": ("html", "read_html"),
    ".pdf": ("pdf", "read_pdf"),
    ".docx": ("office", "read_docx"),
    ".doc": ("office", "read_doc"),
    ".csv": ("tabular", "read_csv"),
    ".tsv": ("tabular", "read_csv"),
    ".jsonl": ("tabular", "read_jsonl"),
    ".ndjson": ("tabular", "read_jsonl"),
    ".parquet": ("tabular", "read_parquet"),
    ".xlsx": ("tabular", "read_xlsx"),
}


def suffix_of(path: Path) -> str:
    return path.suffix.lower()


def is_readable(path: Path) -> bool:
    return suffix_of(path) in READERS


def reader_for(path: Path, source: str) -> Reader:
    """The reader for ``path``; UnsupportedFormat naming the formats that are readable."""
    try:
        module, name = READERS[suffix_of(path)]
    except KeyError:
        kind = f"'{path.suffix}' files" if path.suffix else "files without a suffix"
        known = " ".join(sorted(READERS))
        raise UnsupportedFormat(source, f"cannot read {kind}; readable: {known}") from None
    reader: Reader = getattr(importlib.import_module(f"corpus.readers.{module}"), name)
    return reader


def read_file(path: Path, source: str, options: ReadOptions | None = None) -> Iterator[Document | Failure]:
    """Every Document in one file (raises ReadError/UnsupportedFormat for the file as a whole)."""
    return reader_for(path, source)(path, source, options or ReadOptions())
