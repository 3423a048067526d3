"""`zongjie compare` end to end on an earlier extract output written by the test."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from tests.compare.build import figure
from zongjie.cli import app

TRACK_COLUMNS = [
    "org", "period", "indicator", "target", "target_approx", "target_high",
    "actual", "met", "target_source", "actual_source",
]  # fmt: skip
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
    book = load_workbook(tmp_path / "c.xlsx")
    ws = book.active
    headers = [c.value for c in ws[1]]
    # Chinese headers; the sentence stands beside the value it states
    assert headers[:8] == ["单位名称", "时期", "指标", "数值", "计量单位", "约数", "区间上限", "原句"]
    assert ws["A2"].value == "乙区总工会" and ws["D2"].value == 52
    assert ws["H2"].value == "全区新建基层工会组织52家，其中非公企业40家。"
    assert ws.cell(2, headers.index("目标或实际") + 1).value == "实际"
    guide = list(book["说明"].iter_rows(values_only=True))
    assert guide[0][0] == "指标：新建工会组织（规范名：新建工会组织）"
    assert {r[2] for r in guide if len(r) > 2} >= set(CONTRACT_COLUMNS)  # every field named beside its header


def test_compare_matrix(tmp_path: Path) -> None:
    data = write_records(tmp_path / "figures.jsonl")
    out = tmp_path / "m.csv"
    result = CliRunner().invoke(
        app, ["compare", str(data), "-i", "新建工会", "--matrix", "--by", "indicator", "-o", str(out), "-q"]
    )
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["org"]: r["新建工会组织"] for r in rows} == {"甲县总工会": "38家", "乙区总工会": "52家"}


def write_years(path: Path) -> Path:
    """Two counties' reports of three years, each stating the year before's figure (and a goal)."""
    recs = []
    said = {
        ("甲县", 2021): "5.1",
        ("甲县", 2022): "6.3",
        ("甲县", 2023): "4.8",
        ("乙县", 2022): "7.2",
        ("乙县", 2023): "3.9",
    }
    for (org, year), value in said.items():
        text = f"过去一年，全县地区生产总值增长{value}%。今年主要预期目标是：地区生产总值增长6%左右。"
        src = f"{org}{year + 1}.txt"
        recs.append(
            figure(
                text,
                f"地区生产总值增长{value}%",
                value,
                "%",
                "地区生产总值",
                org=org,
                period=str(year),
                source=src,
            )
        )
        goal = figure(
            text,
            "地区生产总值增长6%",
            "6",
            "%",
            "地区生产总值",
            after=text.index("今年"),
            org=org,
            period=str(year + 1),
            source=src,
        )
        recs.append({**goal, "target": True, "approx": "about"})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def test_panel_of_counties_over_years(tmp_path: Path) -> None:
    """--matrix: counties × the years their figures refer to, oldest first; Excel with each cell's sentence."""
    from openpyxl import load_workbook

    data = write_years(tmp_path / "figures.jsonl")
    out = tmp_path / "panel.csv"
    result = CliRunner().invoke(
        app,
        [
            "compare",
            str(data),
            "-i",
            "地区生产总值增长",
            "--matrix",
            "-o",
            str(out),
            "--chart",
            str(tmp_path / "p.png"),
            "-q",
        ],
    )
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["org", "2021", "2022", "2023"]
        rows = {r["org"]: (r["2021"], r["2022"], r["2023"]) for r in reader}
    assert rows == {"甲县": ("5.1", "6.3", "4.8"), "乙县": ("", "7.2", "3.9")}
    assert (tmp_path / "p.png").read_bytes()[:4] == b"\x89PNG"
    xlsx = tmp_path / "panel.xlsx"
    result = CliRunner().invoke(
        app, ["compare", str(data), "-i", "地区生产总值增长", "--matrix", "-o", str(xlsx), "-q"]
    )
    assert result.exit_code == 0, result.output
    book = load_workbook(xlsx)
    assert book.sheetnames == ["面板", "面板出处", "说明"]
    assert [c.value for c in book["面板"][1]] == ["单位名称", "2021", "2022", "2023"]
    sources = list(book["面板出处"].iter_rows(min_row=2, values_only=True))
    assert sources[0][:4] == ("乙县", "2022", "地区生产总值", 7.2)
    assert sources[0][7] == "过去一年，全县地区生产总值增长7.2%。"


def test_period_and_target_vs_actual(tmp_path: Path) -> None:
    data = write_years(tmp_path / "figures.jsonl")
    out = tmp_path / "one.csv"
    result = CliRunner().invoke(
        app, ["compare", str(data), "-i", "地区生产总值增长", "--period", "2022", "-o", str(out), "-q"]
    )
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig") as fh:
        rows = [(r["org"], r["period"], r["value"], r["source"]) for r in csv.DictReader(fh)]
    assert rows == [("乙县", "2022", "7.2", "乙县2023.txt"), ("甲县", "2022", "6.3", "甲县2023.txt")]
    out = tmp_path / "track.csv"
    result = CliRunner().invoke(
        app,
        [
            "compare",
            str(data),
            "-i",
            "地区生产总值增长",
            "--target-vs-actual",
            "-o",
            str(out),
            "--chart",
            str(tmp_path / "t.png"),
            "-q",
        ],
    )
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames is not None and reader.fieldnames[:10] == TRACK_COLUMNS
        got = [
            (r["org"], r["period"], r["target"], r["target_approx"], r["actual"], r["met"]) for r in reader
        ]
    assert got == [
        ("乙县", "2022", "", "", "7.2", ""),
        ("乙县", "2023", "6", "about", "3.9", "False"),
        ("乙县", "2024", "6", "about", "", ""),
        ("甲县", "2021", "", "", "5.1", ""),
        ("甲县", "2022", "6", "about", "6.3", "True"),
        ("甲县", "2023", "6", "about", "4.8", "False"),
        ("甲县", "2024", "6", "about", "", ""),
    ]
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"


def test_bad_period_is_a_usage_error(tmp_path: Path) -> None:
    data = write_years(tmp_path / "figures.jsonl")
    result = CliRunner().invoke(app, ["compare", str(data), "-i", "地区生产总值增长", "--period", "去年"])
    assert result.exit_code == 2


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
    result = CliRunner().invoke(
        app, ["compare", str(tmp_path), "--indicator", "新建工会组织", "-o", str(out)]
    )
    assert result.exit_code == 1, result.output
    assert "乙县.txt" in result.output
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["org"], r["value"]) for r in rows] == [("甲县总工会", "38")]
