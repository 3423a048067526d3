"""The Excel people open: Chinese sheets, headers and values, a 说明 sheet, and it reads back the same."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from bulk.io import read_records, write_records
from extract.batch import extract_paths
from extract.sheets import field_of, from_cell, header, to_cell
from tests.conftest import ROOT

SAMPLES = ROOT / "samples" / "reports"


def _records() -> list[dict]:
    return list(extract_paths([str(SAMPLES)]))


def test_samples_workbook_speaks_chinese(tmp_path: Path) -> None:
    records = _records()
    path = tmp_path / "figures.xlsx"
    write_records(records, path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["数字", "活动", "文档", "说明"]
    figures = list(wb["数字"].iter_rows(values_only=True))
    head = figures[0]
    assert head[:6] == ("来源文件", "单位名称", "时期", "章节", "原句", "原文")
    assert {"数值", "计量单位", "指标", "规范指标名", "目标或实际", "约数"} <= set(head)
    assert not [h for h in head if h.isascii()]  # no field name left as a header
    rows = [dict(zip(head, r, strict=True)) for r in figures[1:]]
    assert {r["目标或实际"] for r in rows} == {"目标", "实际"}
    assert {r["待填"] for r in rows} <= {"是", "否"}
    assert {r["约数"] for r in rows} - {None} <= {"以上", "不足", "约"}
    every_cell = [str(v) for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for v in r if v]
    assert not [v for v in every_cell if "#row=" in v or "#article=" in v]
    assert "各县工会2025年上半年主要数据.csv 第1行" in {Path(str(r["来源文件"])).name for r in rows}
    assert "2025年上半年" in {r["时期"] for r in rows}
    acts = list(wb["活动"].iter_rows(values_only=True))
    dates = {dict(zip(acts[0], r, strict=True))["日期"] for r in acts[1:]}
    assert "2025年4月12日" in dates
    guide = list(wb["说明"].iter_rows(values_only=True))
    assert guide[0] == ("工作表", "列名", "字段名", "含义")
    mapped = {(s, h): f for s, h, f, _ in guide[1:]}
    assert mapped[("数字", "目标或实际")] == "target" and mapped[("文档", "标题")] == "title"
    assert all(meaning for *_, meaning in guide[1:])


def test_workbook_reads_back_the_same_records(tmp_path: Path) -> None:
    records = _records()
    path = tmp_path / "r.xlsx"
    write_records(records, path)
    back = list(read_records(path))

    def key(r: dict) -> tuple:
        return (r["type"], r["source"], r.get("start") or 0)

    def filled(r: dict) -> dict:
        return {k: v for k, v in r.items() if v not in (None, "")}

    assert len(back) == len(records)
    for want, got in zip(sorted(records, key=key), sorted(back, key=key), strict=True):
        assert filled(got) == filled(want)


def test_cells_in_words_and_back() -> None:
    cases = [
        ("target", True, "目标"),
        ("target", False, "实际"),
        ("approx", "under", "不足"),
        ("period", "2025Q3", "2025年第三季度"),
        ("period", "2016-2020", "2016—2020年"),
        ("source", "各县.csv#row=22", "各县.csv 第23行"),
        ("change", {"value": 5.4, "unit": "%", "direction": "up"}, "增5.4%"),
        ("change", {"value": 2, "unit": "个百分点", "direction": "down"}, "减2个百分点"),
        ("participants", {"value": 150, "unit": "人", "approx": "over"}, "150人以上"),
        ("participants", {"value": 86, "unit": "人", "approx": None}, "86人"),
        ("figures", [20.5, 9.3, 11.7], "20.5、9.3、11.7"),
        ("severity", "warning", "提示"),
        ("date", "--03-06", "3月6日"),
    ]
    for field, value, cell in cases:
        assert to_cell(field, value) == cell
        assert from_cell(field, cell) == value
    assert field_of(header("canonical")) == "canonical" and header("地区生产总值增长") == "地区生产总值增长"
