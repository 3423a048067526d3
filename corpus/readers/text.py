"""Plain text files in UTF-8 (with or without BOM), GB18030/GBK or Big5."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.errors import ReadError
from corpus.readers.encoding import decode
from corpus.records import Document

if TYPE_CHECKING:
    from corpus.readers import ReadOptions

# Codec names as recorded in Document.encoding (the family, not Python's alias of the day).
ENCODING_NAMES = {"utf-8-sig": "utf-8-sig", "cp950": "big5", "big5hkscs": "big5"}


def too_large(size: int, limit: int) -> str:
    return f"too large for one document: {size / (1 << 20):.1f} MB > {limit / (1 << 20):g} MB limit"


def read_bytes_limited(path: Path, source: str, limit: int) -> bytes:
    """The whole file, refusing one over ``limit`` bytes before reading it."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise ReadError(source, too_large(size, limit))
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(source, f"cannot open: {exc.strerror or exc}") from exc


def read_text(path: Path, source: str, options: ReadOptions) -> Iterator[Document]:
    data = read_bytes_limited(path, source, options.max_text_bytes)
    text, encoding = decode(data, source)
    yield Document(source=source, text=text, format="txt", encoding=ENCODING_NAMES.get(encoding, encoding))
