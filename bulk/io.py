"""Records in and out: ``.jsonl`` ``.csv`` ``.xlsx`` ``.parquet`` (a store is read by ``store.read_records``).

Writers take plain record dicts (``Figure.record()`` etc.), so every format carries the same fields.
Nested fields (``change``, ``participants``, ``figures``) are JSON text in the tabular formats.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from extract.errors import OutputError

FORMATS = (".jsonl", ".csv", ".xlsx", ".parquet")


def _flat(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v for k, v in rec.items()}


def _columns(records: list[dict[str, Any]]) -> list[str]:
    cols: dict[str, None] = {}
    for r in records:
        for k in r:
            cols.setdefault(k, None)
    return list(cols)


def write_records(records: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write records to ``path`` (format from its suffix) atomically; return how many were written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(f"{path}: unknown output format {suffix!r} (use one of {', '.join(FORMATS)})")
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".jsonl":
            n = 0
            with tmp.open("w", encoding="utf-8") as fh:
                encode = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps' own, made once, not per record
                for r in records:
                    fh.write(encode(r) + "\n")
                    n += 1
        elif suffix == ".xlsx":
            rows = list(records)
            n = len(rows)
            _write_xlsx(rows, tmp)
        else:
            rows = [_flat(r) for r in records]
            n = len(rows)
            if suffix == ".csv":
                _write_csv(rows, tmp)
            else:
                _write_parquet(rows, tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return n


def _write_csv(rows: list[dict[str, Any]], path: Path) -> None:
    import csv

    cols = _columns(rows)
    # utf-8-sig: Excel opens a BOM-marked CSV as UTF-8 instead of the local code page.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


_WIDTHS = {"sentence": 60, "text": 24, "source": 36, "indicator": 18, "section": 30, "title": 30, "event": 30,
           "message": 40, "others": 40}


def _write_xlsx(rows: list[dict[str, Any]], path: Path) -> None:
    """One sheet per record type (数字 活动 文档 核查发现), Chinese headers and values in words, and a 说明
    sheet mapping each header to its field name; ``read_records`` reads it back."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from extract import sheets

    wb = Workbook(write_only=False)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_type.setdefault(str(r.get("type") or "records"), []).append(r)
    order = ["figure", "activity", "document", "finding"]
    names = sorted(by_type, key=lambda t: (order.index(t) if t in order else len(order), t))
    wb.remove(wb.worksheets[0])
    shown: dict[str, list[str]] = {}
    for t in names or ["records"]:
        ws = wb.create_sheet(sheets.sheet_name(t))
        part = by_type.get(t, [])
        cols = [c for c in _columns(part) if c != "type" or t == "records"]
        shown[ws.title] = cols
        ws.append([sheets.header(c) for c in cols])
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in part:
            ws.append([_cell(sheets.to_cell(c, r.get(c))) for c in cols])
        ws.freeze_panes = "A2"
        if cols:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(1, len(part) + 1)}"
        for i, c in enumerate(cols, 1):
            ws.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(c, 12)
    sheets.add_guide(wb, shown)
    wb.save(path)


def _cell(v: Any) -> Any:
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def _write_parquet(rows: list[dict[str, Any]], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = _columns(rows)
    data: dict[str, list[Any]] = {c: [r.get(c) for r in rows] for c in cols}
    arrays = {}
    for c, vals in data.items():
        # Mixed int/float/None columns (value) must be one type for Arrow.
        if any(isinstance(v, float) for v in vals) and all(isinstance(v, int | float) or v is None for v in vals):
            vals = [None if v is None else float(v) for v in vals]
        arrays[c] = pa.array(vals)
    pq.write_table(pa.table(arrays), path)


def _unflat(rec: dict[str, Any]) -> dict[str, Any]:
    """A row of a tabular format as a record: NaN as null, JSON text back as JSON where the column is
    nested (``extract.schema``) or unknown to the schema (an audit's ``figures``)."""
    from extract.schema import kinds

    kind = kinds()
    out = {}
    for k, v in rec.items():
        if isinstance(v, float) and math.isnan(v):
            v = None
        if kind.get(k, "json") == "json" and isinstance(v, str) and v[:1] in "[{":
            try:
                v = json.loads(v)
            except json.JSONDecodeError:
                pass
        out[k] = v
    return out


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Read back what ``write_records`` (or ``zongjie extract``/``audit``) wrote; any readable format,
    and the partitioned Parquet folder ``zongjie extract -o OUT.parquet`` writes."""
    from bulk import parts

    path = Path(path)
    suffix = path.suffix.lower()
    if parts.is_dataset(path):  # a partitioned Parquet output (``extract -o OUT.parquet``)
        yield from (_unflat(rec) for rec in parts.read_dataset(path))
        return
    if not path.is_file():
        raise OutputError(f"{path}: no such file")
    try:
        if suffix == ".jsonl":
            with path.open(encoding="utf-8-sig") as fh:
                for n, line in enumerate(fh, 1):
                    if line.strip():
                        try:
                            yield json.loads(line)
                        except json.JSONDecodeError as exc:
                            raise OutputError(f"{path}:{n}: not a JSON record ({exc.msg})") from exc
        elif suffix == ".csv":
            import csv

            with path.open(encoding="utf-8-sig", newline="") as fh:
                for row in csv.DictReader(fh):
                    yield _typed(_unflat(row))
        elif suffix == ".xlsx":
            from openpyxl import load_workbook

            from extract import sheets

            wb = load_workbook(path, read_only=True)
            for ws in wb.worksheets:
                if ws.title == sheets.sheet_name("guide"):
                    continue
                rows = ws.iter_rows(values_only=True)
                header = next(rows, None)
                if not header:
                    continue
                fields = [sheets.field_of(str(h)) if h is not None else None for h in header]
                kind = sheets.kind_of_sheet(ws.title)
                for row in rows:
                    rec = {f: sheets.from_cell(f, v) for f, v in zip(fields, row, strict=False) if f}
                    if kind and "type" not in rec:
                        rec = {"type": kind, **rec}
                    yield _unflat(rec)
            wb.close()
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            for batch in pq.ParquetFile(path).iter_batches():
                for rec in batch.to_pylist():
                    yield _unflat(rec)
        else:
            raise OutputError(f"{path}: not a records file (use one of {', '.join(FORMATS)})")
    except OSError as exc:
        raise OutputError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _typed(rec: dict[str, Any]) -> dict[str, Any]:
    """CSV cells are strings: give numbers and booleans back their types (``extract.schema``)."""
    from extract.schema import kinds, required_text

    kind, text = kinds(), required_text()
    for k, v in list(rec.items()):
        if not isinstance(v, str):
            continue
        if kind.get(k) in ("int", "float"):
            if v == "":
                rec[k] = None
            else:
                try:
                    f = float(v)
                    rec[k] = int(f) if f.is_integer() and "." not in v else f
                except ValueError:
                    pass
        elif kind.get(k) == "bool":
            rec[k] = {"true": True, "false": False, "": None}.get(v.lower(), v)
        elif v == "" and k not in text:
            rec[k] = None
    return rec
