"""Excel and CSV outputs reopen with what was written, formatted for people."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from compare.errors import CompareError
from compare.excel import write_rows

COLUMNS = ("org", "value", "unit", "share")
ROWS = [
    {"org": "甲县总工会", "value": 41.5, "unit": "万元", "share": 0.52},
    {"org": "乙县总工会", "value": 38, "unit": "万元", "share": 0.48},
]


def test_xlsx_is_formatted(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "c.xlsx"
    write_rows(path, COLUMNS, ROWS, formats={"share": "0.00%"}, notes=["指标：慰问金"])
    wb = load_workbook(path)
    ws = wb.active
    assert ws.title == "比较" and wb.sheetnames == ["比较", "说明"]
    assert [c.value for c in ws[1]] == ["单位名称", "数值", "计量单位", "占合计比重"]
    guide = list(wb["说明"].iter_rows(values_only=True))
    assert guide[0][0] == "指标：慰问金"
    assert [(r[1], r[2]) for r in guide[3:]] == [
        ("单位名称", "org"), ("数值", "value"), ("计量单位", "unit"), ("占合计比重", "share")
    ]  # fmt: skip
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == "A1:D3"
    assert ws["A2"].value == "甲县总工会" and ws["B2"].value == 41.5
    assert ws["D2"].number_format == "0.00%" and ws["B2"].number_format == "#,##0.##"
    assert ws.column_dimensions["A"].width >= 10  # five CJK characters are ten columns wide


def test_csv_reopens(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    write_rows(path, COLUMNS, ROWS)
    with path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[1] == {"org": "乙县总工会", "value": "38", "unit": "万元", "share": "0.48"}


def test_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CompareError, match="unsupported output format"):
        write_rows(tmp_path / "c.txt", COLUMNS, ROWS)
