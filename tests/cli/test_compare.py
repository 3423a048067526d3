"""`zongjie compare` end to end on an earlier extract output written by the test."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from tests.compare.build import figure
from zongjie.cli import app

CONTRACT_COLUMNS = [
    "org", "period", "indicator", "canonical", "value", "unit",
    "base_value", "base_unit", "approx", "target", "source", "sentence",
]  # fmt: skip


def write_records(path: Path) -> Path:
    a = "全县新建工会组织38家，发展会员3581人。"
    b = "全区新建基层工会组织52家，其中非公企业40家。"
    recs = [
        figure(
            a, "新建工会组织38家", "38", "家", "新建工会组织", org="甲县总工会", period="2024", source="a.txt"
        ),
        figure(
            a, "发展会员3581人", "3581", "人", "发展会员", org="甲县总工会", period="2024", source="a.txt"
        ),
        figure(
            b,
            "新建基层工会组织52家",
            "52",
            "家",
            "新建基层工会组织",
            org="乙区总工会",
            period="2024",
            source="b.txt",
        ),
        figure(
            b,
            "非公企业40家",
            "40",
            "家",
            "非公企业",
            org="乙区总工会",
            period="2024",
            source="b.txt",
            part_of=None,
        ),
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def test_compare_csv_and_xlsx(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    data = write_records(tmp_path / "figures.jsonl")
    runner = CliRunner()
    result = runner.invoke(
        app, ["compare", str(data), "--indicator", "新建工会", "-o", str(tmp_path / "c.csv")]
    )
    assert result.exit_code == 0, result.output
    with (tmp_path / "c.csv").open(encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames is not None and reader.fieldnames[:12] == CONTRACT_COLUMNS
        rows = list(reader)
    assert [(r["org"], r["value"], r["unit"], r["canonical"]) for r in rows] == [
        ("乙区总工会", "52", "家", "新建工会组织"),
        ("甲县总工会", "38", "家", "新建工会组织"),
    ]
    result = runner.invoke(
        app, ["compare", str(data), "-i", "新建工会组织", "-o", str(tmp_path / "c.xlsx"), "-q"]
    )
    assert result.exit_code == 0, result.output
    ws = load_workbook(tmp_path / "c.xlsx").active
    assert [c.value for c in ws[1]][:12] == CONTRACT_COLUMNS
    assert ws["A2"].value == "乙区总工会" and ws["E2"].value == 52


def test_compare_matrix(tmp_path: Path) -> None:
    data = write_records(tmp_path / "figures.jsonl")
    out = tmp_path / "m.csv"
    result = CliRunner().invoke(
        app, ["compare", str(data), "-i", "新建工会", "--matrix", "-o", str(out), "-q"]
    )
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["org"]: r["新建工会组织"] for r in rows} == {"甲县总工会": "38家", "乙区总工会": "52家"}


def test_missing_input_fails_but_the_rest_is_done(tmp_path: Path) -> None:
    data = write_records(tmp_path / "figures.jsonl")
    out = tmp_path / "c.csv"
    result = CliRunner().invoke(
        app, ["compare", str(data), str(tmp_path / "gone.jsonl"), "-i", "新建工会", "-o", str(out)]
    )
    assert result.exit_code == 1
    assert "gone.jsonl: no such file or folder" in result.output
    assert out.read_text(encoding="utf-8-sig").count("\n") == 3


def test_bad_output_suffix_is_a_usage_error(tmp_path: Path) -> None:
    data = write_records(tmp_path / "figures.jsonl")
    result = CliRunner().invoke(app, ["compare", str(data), "-i", "新建工会", "-o", str(tmp_path / "c.docx")])
    assert result.exit_code == 2


def test_raw_report_that_fails_is_named(tmp_path: Path) -> None:
    """Raw reports go through extraction; one that cannot be read is named, the others compared."""
    (tmp_path / "甲县.txt").write_text("甲县总工会2025年工作总结\n全年新建工会组织38家。\n", encoding="utf-8")
    (tmp_path / "乙县.txt").write_bytes(b"")
    out = tmp_path / "c.csv"
    result = CliRunner().invoke(app, ["compare", str(tmp_path), "--indicator", "新建工会组织", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "乙县.txt" in result.output
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["org"], r["value"]) for r in rows] == [("甲县总工会", "38")]
