"""Excel output for comparisons, matrices and findings: a sheet people can sort and filter at once.

Header row bold on a tinted fill, panes frozen below it, numbers formatted by column, widths fitted
to the content (a CJK character counts two), an autofilter over the whole table. Headers, sheet
names and values are in Chinese (``compare.words``: 单位名称, 目标/实际, 完成/未完成), each value's
sentence beside it, and a 说明 sheet says what was compared and maps each header to its field name.
CSV and JSONL keep the field names of CONTRACT.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compare.errors import CompareError
from compare.words import excel_order, header, in_words, meaning, sheet_name, words

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


@dataclass(frozen=True, slots=True)
class Sheet:
    """One table of a workbook: ``kind`` names it (``lexicons/headers.yaml``), ``columns`` are field names."""

    kind: str
    columns: Sequence[str]
    rows: Sequence[Mapping[str, Any]]
    formats: Mapping[str, str] = field(default_factory=dict)


def _fill_sheet(ws: Any, sheet: Sheet) -> tuple[str, ...]:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    columns = excel_order(sheet.kind, sheet.columns)
    headers = [header(c, sheet.kind) for c in columns]
    ws.title = sheet_name(sheet.kind)[:31]
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(vertical="center")
    widths = [_width(h) for h in headers]
    for row in sheet.rows:
        values = [_cell(in_words(c, row.get(c), sheet.kind)) for c in columns]
        ws.append(values)
        widths = [max(w, _width(v)) for w, v in zip(widths, values, strict=True)]
    for i, name in enumerate(columns, 1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = min(MAX_WIDTH, widths[i - 1] + 2)
        fmt = sheet.formats.get(name)
        if fmt is None and any(isinstance(r.get(name), float) for r in sheet.rows):
            fmt = NUMBER
        if fmt:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
                    cell.number_format = fmt
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    return columns


def write_workbook(path: Path, sheets: Sequence[Sheet], notes: Sequence[str] = ()) -> None:
    """Write the sheets, then a 说明 sheet: ``notes`` (what was compared and how), then every column
    of every sheet with its field name (CONTRACT.md) and what it means."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    guide_rows: list[tuple[str, str, str, str]] = []
    for i, sheet in enumerate(sheets):
        ws = wb.worksheets[0] if i == 0 else wb.create_sheet()
        for name in _fill_sheet(ws, sheet):
            guide_rows.append((ws.title, header(name, sheet.kind), name, meaning(name, sheet.kind)))
    guide = wb.create_sheet(sheet_name("guide"))
    for line in notes:
        guide.append([line])
        guide.cell(guide.max_row, 1).alignment = Alignment(wrap_text=False)
    if notes:
        guide.append([])
    guide.append(list(words().guide_headers))
    for cell in guide[guide.max_row]:
        cell.font = Font(bold=True)
    for row in guide_rows:
        guide.append(list(row))
    for letter, width in zip("ABCD", (12, 16, 18, 80), strict=True):
        guide.column_dimensions[letter].width = width
    try:
        wb.save(path)
    except OSError as exc:
        raise CompareError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def write_xlsx(
    path: Path,
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    *,
    sheet: str = "compare",
    formats: Mapping[str, str] | None = None,
    notes: Sequence[str] = (),
) -> None:
    """Write ``rows`` (dicts keyed by ``columns``) as one formatted sheet and its 说明."""
    write_workbook(path, [Sheet(sheet, columns, rows, dict(formats or {}))], notes)


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
    notes: Sequence[str] = (),
) -> None:
    """Write by suffix: ``.csv``, ``.xlsx`` or ``.jsonl``."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(path, columns, rows, sheet=sheet, formats=formats, notes=notes)
    elif suffix == ".csv":
        write_csv(path, columns, rows)
    elif suffix == ".jsonl":
        write_jsonl(path, rows)
    else:
        raise CompareError(
            f"{path}: unsupported output format {suffix or '(none)'}; use .csv, .xlsx or .jsonl"
        )
