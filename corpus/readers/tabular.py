"""Tabular corpora, one document per row: .csv/.tsv, .jsonl, .parquet, .xlsx — always streamed.

Rows are read a batch at a time (the csv module, pyarrow record batches, openpyxl in read-only mode),
so a corpus of millions of rows never sits in memory. The text column is the one named by the user,
else the first whose name says text (``columns.yaml``), else the one with the longest strings in the
first rows. The other columns become ``meta``, renamed where they mean something later layers use
(province/单位 → ``org``, 年份 → ``year``, 标题 → ``title``, publish_date → ``date``).

A row that cannot be used (not a JSON object) yields a ``Failure`` and the next row is read. A row
whose text cell is empty is no error (half the rows of a real sheet may have none): such rows are
skipped and counted, one note says how many. A row whose text repeats an earlier row's (the same
report pasted twice) is read once, and a note names the rows it repeats.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import itertools
import json
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.errors import ReadError
from corpus.lexicons import read_yaml
from corpus.readers.encoding import detect, normalise_newlines
from corpus.readers.text import too_large
from corpus.records import Document, Failure

if TYPE_CHECKING:
    from corpus.readers import ReadOptions

SAMPLE_ROWS = 50  # rows looked at to find the text column by its long strings
_SNIFF_BYTES = 1 << 20
_BATCH = 512
_CSV_FIELD_LIMIT = (1 << 31) - 1  # one cell may hold a whole report


@cache
def _lexicon() -> tuple[tuple[str, ...], dict[str, tuple[str, int]]]:

    data = read_yaml(files("corpus.readers").joinpath("columns.yaml").read_text(encoding="utf-8"))
    text_names = tuple(str(n).lower() for n in data["text"])
    meta_names = {
        str(name).lower(): (key, order)
        for key, names in data["meta"].items()
        for order, name in enumerate(names)
    }
    return text_names, meta_names


def _clean_name(name: object) -> str:
    return str(name).strip().lstrip("\ufeff").lower()


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 2026.0 from a spreadsheet or a pandas-written column is the year 2026
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    text = str(value).strip()
    return text or None


def choose_text_column(
    names: list[str], sample: list[Mapping[str, Any]], given: str | None, source: str
) -> str:
    """The column holding the documents' text (see the module docstring for the order)."""
    if given is not None:
        for name in names:
            if name == given or _clean_name(name) == _clean_name(given):
                return name
        raise ReadError(source, f"no column {given!r}; the columns are: {', '.join(map(str, names))}")
    text_names, _ = _lexicon()
    by_clean = {_clean_name(n): n for n in names}
    for wanted in text_names:
        if wanted in by_clean:
            return by_clean[wanted]
    lengths = {
        n: sum(len(v) for row in sample if isinstance(v := row.get(n), str)) / max(len(sample), 1)
        for n in names
    }
    best = max(names, key=lambda n: lengths[n], default=None)
    if best is None or lengths[best] == 0:
        raise ReadError(source, "no text column found; name one with --text-column")
    return best


def _meta(row: Mapping[str, Any], text_column: str) -> dict[str, str]:
    """The row's other cells; a column named in ``columns.yaml`` takes its key there.

    When two columns name one key (区县名称 and 地区 both say ``org``), the one listed first in
    ``columns.yaml`` takes it, whatever the column order; the other keeps its own name.
    """
    _, meta_names = _lexicon()
    meta: dict[str, str] = {}
    holder: dict[str, tuple[int, str]] = {}  # key → (rank, column name) of the column holding it
    for name, value in row.items():
        if name is None or name == text_column:
            continue
        text = _as_text(value)
        if text is None:
            continue
        own = str(name).strip().lstrip("\ufeff")
        key, order = meta_names.get(_clean_name(name), (own, 0))
        if key != own and key in holder:
            if holder[key][0] <= order:
                meta[own] = text
                continue
            meta[holder[key][1]] = meta[key]  # outranked: the earlier column keeps its own name
        meta[key] = text
        if key != own:
            holder[key] = (order, own)
    return meta


def _documents(
    rows: Iterable[Mapping[str, Any] | Failure | None], names: list[str], source: str, fmt: str, options: ReadOptions
) -> Iterator[Document | Failure]:
    """Rows → Documents, choosing the text column from the first rows without holding the rest."""
    it = iter(rows)
    sample = list(itertools.islice(it, SAMPLE_ROWS))
    good = [row for row in sample if isinstance(row, Mapping)]
    if not names:
        names = list(dict.fromkeys(k for row in good for k in row if k is not None))
    column = choose_text_column(names, good, options.text_column, source)
    empty = 0
    seen: dict[str, int] = {}  # hash of a row's text → the first row holding it
    repeats: list[tuple[int, int]] = []
    for index, row in enumerate(itertools.chain(sample, it)):
        if row is None:  # a blank line of a JSONL file: #row=N stays the line's number
            continue
        row_source = f"{source}#row={index}"
        if isinstance(row, Failure):
            yield Failure(row_source, row.stage, row.reason)
            continue
        value = row.get(column)
        text = _as_text(value)
        if text is None:
            empty += 1
            continue
        if not isinstance(value, str):
            kind = "a number" if isinstance(value, int | float) else f"a {type(value).__name__}"
            yield Failure(row_source, "read", f"column {column!r} holds {kind} ({text[:20]}), not text")
            continue
        if len(text) > options.max_text_bytes // 4 and len(text.encode("utf-8")) > options.max_text_bytes:
            yield Failure(row_source, "read", too_large(len(text.encode("utf-8")), options.max_text_bytes))
            continue
        text = normalise_newlines(text)
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
        if key in seen:
            repeats.append((index, seen[key]))
            continue
        seen[key] = index
        yield Document(source=row_source, text=text, format=fmt, meta=_meta(row, column))
    if empty:
        options.note(
            f"{source}: {empty} row{'s' if empty > 1 else ''} without text skipped (column {column!r})"
        )
    if repeats:
        shown = ", ".join(f"row {i} = row {j}" for i, j in repeats[:5]) + (" …" if len(repeats) > 5 else "")
        n = len(repeats)
        what = "1 row repeats" if n == 1 else f"{n} rows repeat"
        options.note(f"{source}: {what} the text of an earlier row, read once ({shown})")


def _sniff_encoding(path: Path, source: str) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES + 1)
    except OSError as exc:
        raise ReadError(source, f"cannot open: {exc.strerror or exc}") from exc
    if not head:
        raise ReadError(source, "empty file (0 bytes)")
    complete = len(head) <= _SNIFF_BYTES
    try:
        return detect(head[:_SNIFF_BYTES], complete=complete)
    except ValueError as exc:
        raise ReadError(source, f"cannot decode: {exc}") from exc


def read_csv(path: Path, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    encoding = _sniff_encoding(path, source)
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    try:
        with path.open(encoding=encoding, newline="", errors="strict") as fh:
            rows = _csv_rows(fh, delimiter, 0)
            header = next(rows, None)
            names = [n for n in header if n] if isinstance(header, list) else []
            if not names:
                raise ReadError(source, "no header row")
            dicts = (r if isinstance(r, Failure) else _row_dict(names, r) for r in rows)
            yield from _with_encoding(_documents(dicts, names, source, "csv", options), encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(source, f"not valid {encoding} at byte {exc.start} (mixed encodings?)") from exc
    except csv.Error as exc:
        raise ReadError(source, f"malformed CSV: {exc}") from exc


class _Tape:
    """The lines of a file as the csv reader takes them, keeping those of the row being read."""

    def __init__(self, lines: Iterator[str], lineno: int) -> None:
        self._lines = lines
        self.lineno = lineno
        self.row: list[str] = []

    def __iter__(self) -> _Tape:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.row.append(line)
        self.lineno += 1
        return line


def _csv_rows(lines: Iterator[str], delimiter: str, lineno: int) -> Iterator[list[str] | Failure]:
    """The rows of CSV ``lines`` (numbered from ``lineno`` + 1), blank ones skipped.

    A quote opened and never closed would make the rest of the file one cell: that row is a Failure
    naming its line, and the lines after it are read again as rows.
    """
    tape = _Tape(lines, lineno)
    reader = csv.reader(tape, delimiter=delimiter)
    while True:
        tape.row = []
        start = tape.lineno + 1
        row = next(reader, None)
        if row is None:
            return
        if len(tape.row) > 1 and sum(line.count('"') for line in tape.row) % 2:
            rest = tape.row[1:]
            yield Failure(
                "",
                "read",
                f"line {start}: a quote opened here is never closed (it would make the {len(rest):,} lines "
                "after it one cell); the row is skipped and those lines are read as rows",
            )
            yield from _csv_rows(iter(rest), delimiter, start)
            return
        if row:
            yield row


def _row_dict(names: list[str], row: list[str]) -> dict[str, Any]:
    """A row by column name, as ``csv.DictReader`` makes it (cells past the header dropped)."""
    return {name: (row[i] if i < len(row) else None) for i, name in enumerate(names)}


def _with_encoding(docs: Iterator[Document | Failure], encoding: str) -> Iterator[Document | Failure]:
    from dataclasses import replace

    for doc in docs:
        yield replace(doc, encoding=encoding) if isinstance(doc, Document) else doc


def _json_rows(lines: Iterable[bytes], encoding: str) -> Iterator[Mapping[str, Any] | Failure | None]:
    """One item per line: the object, a Failure naming the line, or None for a blank line (so that
    ``#row=N`` is the line's 0-based number). Each line is decoded alone: a line of bad bytes fails
    by itself instead of the whole file."""
    for lineno, raw in enumerate(lines, 1):
        try:
            line = raw.decode(encoding if lineno > 1 or encoding != "utf-8" else "utf-8-sig")
        except UnicodeDecodeError as exc:
            yield Failure("", "read", f"line {lineno}: not valid {encoding} (byte {exc.start + 1} of the line)")
            continue
        if not line.strip():
            yield None
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure("", "read", f"line {lineno}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            yield Failure("", "read", f"line {lineno}: a JSON {type(row).__name__}, not an object")
            continue
        yield row


def _jsonl_encoding(path: Path, source: str) -> str:
    """JSON Lines are UTF-8 (a BOM allowed); a file whose first megabyte is GB18030 or Big5 and not
    UTF-8 is read in that encoding. Bytes no encoding decodes make only their own lines fail."""
    try:
        encoding = _sniff_encoding(path, source)
    except ReadError as exc:
        if "empty file" in exc.reason:
            raise
        return "utf-8"
    if encoding in ("utf-8", "utf-8-sig", "ascii"):
        return "utf-8"
    if encoding.startswith("utf-16"):
        raise ReadError(source, "a JSON Lines file in UTF-16: save it as UTF-8")
    # A UTF-8 file with a line or two of GBK bytes may decode as GB18030 whole: most lines decide.
    with path.open("rb") as fh:
        lines = [line for line in fh.read(_SNIFF_BYTES).split(b"\n")[:-1] if not line.isascii()]
    utf8 = sum(_decodes(line, "utf-8") for line in lines)
    return "utf-8" if 2 * utf8 > len(lines) else encoding


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def read_jsonl(path: Path, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    encoding = _jsonl_encoding(path, source)
    try:
        with path.open("rb") as fh:
            yield from _with_encoding(_documents(_json_rows(fh, encoding), [], source, "jsonl", options), encoding)
    except OSError as exc:
        raise ReadError(source, f"cannot read: {exc.strerror or exc}") from exc


def read_parquet(path: Path, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise ReadError(source, f"not a readable Parquet file: {exc}") from exc

    def rows() -> Iterator[dict[str, Any]]:
        try:
            for batch in pf.iter_batches(batch_size=_BATCH):
                yield from batch.to_pylist()
        except (pa.ArrowException, OSError) as exc:
            raise ReadError(source, f"corrupt Parquet data: {exc}") from exc

    with pf:
        yield from _documents(rows(), list(pf.schema_arrow.names), source, "parquet", options)


def read_xlsx(path: Path, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    import warnings

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    from corpus.readers.office import check_zip

    check_zip(path, source, options, "Excel workbook")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and data validation it ignores
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ReadError(source, f"corrupt Excel workbook: {exc}") from exc
    try:
        sheet = wb.worksheets[0]
        values = sheet.iter_rows(values_only=True)
        header = next((r for r in values if any(v is not None for v in r)), None)
        if header is None:
            raise ReadError(source, "the first sheet is empty")
        names = [str(h).strip() if h is not None else f"column{i + 1}" for i, h in enumerate(header)]
        rows = (dict(zip(names, r, strict=False)) for r in values if any(v is not None for v in r))
        yield from _documents(rows, names, source, "xlsx", options)
    finally:
        wb.close()
