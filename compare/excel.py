"""Excel output for comparisons, matrices and findings: a sheet people can sort and filter at once.

Header row bold on a tinted fill, panes frozen below it, numbers formatted by column, widths fitted
to the content (a CJK character counts two), an autofilter over the whole table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from compare.errors import CompareError

MAX_WIDTH = 60
NUMBER = "#,##0.##"
PERCENT = "0.00%"


def _width(value: Any) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return value


def write_xlsx(
    path: Path,
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    *,
    sheet: str = "compare",
    formats: Mapping[str, str] | None = None,
) -> None:
    """Write ``rows`` (dicts keyed by ``columns``) as one formatted sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    formats = dict(formats or {})
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(vertical="center")
    widths = [_width(c) for c in columns]
    for row in rows:
        values = [_cell(row.get(c)) for c in columns]
        ws.append(values)
        widths = [max(w, _width(v)) for w, v in zip(widths, values, strict=True)]
    for i, name in enumerate(columns, 1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = min(MAX_WIDTH, widths[i - 1] + 2)
        fmt = formats.get(name)
        if fmt is None and any(isinstance(r.get(name), float) for r in rows):
            fmt = NUMBER
        if fmt:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
                    cell.number_format = fmt
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    try:
        wb.save(path)
    except OSError as exc:
        raise CompareError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def write_csv(path: Path, columns: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> None:
    """UTF-8 with BOM, so Excel opens the Chinese right."""
    import csv

    try:
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(["" if row.get(c) is None else _cell(row.get(c)) for c in columns])
    except OSError as exc:
        raise CompareError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def write_jsonl(path: Path, rows: Sequence[Mapping[str, Any]]) -> None:
    import json

    try:
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(dict(row), ensure_ascii=False) + "\n")
    except OSError as exc:
        raise CompareError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def write_rows(
    path: Path,
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    *,
    sheet: str = "compare",
    formats: Mapping[str, str] | None = None,
) -> None:
    """Write by suffix: ``.csv``, ``.xlsx`` or ``.jsonl``."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(path, columns, rows, sheet=sheet, formats=formats)
    elif suffix == ".csv":
        write_csv(path, columns, rows)
    elif suffix == ".jsonl":
        write_jsonl(path, rows)
    else:
        raise CompareError(
            f"{path}: unsupported output format {suffix or '(none)'}; use .csv, .xlsx or .jsonl"
        )
