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
            canonical="新建工会组织",  # as extract names it (its lexicon: 新建基层工会)
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
        text = f"过去一年，全县地区生产总值增长{value}%。今年的预期目标为：地区生产总值增长6%左右。"
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


# The county reports of the genres corpus (SOURCES.md gives each one's county and year), as a city
# office would hold them: one row per report, the county in 区县名称, its city in 所属城市.
COUNTY_REPORTS = [
    ("01_qizhengfugongzuobaogao.txt", 2006, "某旗", "呼伦贝尔市"),
    ("02_xianzhengfugongzuobaogao.txt", 2007, "泾县", "宣城市"),
    ("03_xianzhengfugongzuobaogao.txt", 2009, "汶上县", "济宁市"),
    ("04_xianzhengfugongzuobaogao.txt", 2009, "昔阳县", "晋中市"),
    ("05_xianzhengfugongzuobaogao.txt", 2011, "获嘉县", "新乡市"),
    ("06_xianzhengfugongzuobaogao.txt", 2011, "静宁县", "平凉市"),
    ("07_xianzhengfugongzuobaogao.txt", 2016, "平利县", "安康市"),
    ("08_xianzhengfugongzuobaogao.txt", 2017, "蠡县", "保定市"),
    ("09_xianzhengfugongzuobaogao.txt", 2018, "鹤庆县", "大理白族自治州"),
    ("10_xianzhengfugongzuobaogao.txt", 2020, "上杭县", "龙岩市"),
    ("11_xianzhengfugongzuobaogao.txt", 2021, "浙江某县", "某市"),
    ("12_quzhengfugongzuobaogao.txt", 2023, "张湾区", "十堰市"),
    ("13_quzhengfugongzuobaogao.txt", 2024, "湖南某区", "某市"),
]
# Read off the texts by hand: the year each county's report reviews, and its growth that year.
COUNTY_GDP_GROWTH = {
    "泾县": ("2006", 12),  # its 2006 growth
    "汶上县": ("2008", 27.7),  # 2008年，…成GDP 115億元，現價增長27.7%
    "获嘉县": ("2010", 13),  # 预计，…总值完成53.6亿元，增长13%
    "平利县": ("2015", 12.4),  # 2016 report, 2015年工作回顾: 全年實現生產總值67.9億元，增長12.4%
    "鹤庆县": ("2017", 11),  # 2018 report: 预计全年完成地区生产…亿元、同比增长11%
    "上杭县": ("2019", 8.6),  # 2020 report (text says 20XX年工作回顾): …区生产总值391亿元，增长8.6%
    "张湾区": ("2022", -2),  # its 2022 change
}
# The others state none: 某旗 and 静宁县 only a five-year 年均增长, 昔阳县's figures are cut out of the
# page (,同比增长16%;,%), 浙江某县 is a template (xxx亿元, x.x%), 蠡县 and 湖南某区 give no GDP growth.


def county_sheet(genres: Path, path: Path) -> Path:
    """The spreadsheet, built here from ../shared (never copied into the repository): each report, then
    an empty row for the year before (no text yet), and one report pasted twice under a wrong year."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["年份", "区县名称", "所属城市", "报告标题", "报告全文"])
    for name, year, county, city in COUNTY_REPORTS:
        ws.append(
            [year, county, city, f"{county}{year}年政府工作报告", (genres / name).read_text(encoding="utf-8")]
        )
        ws.append([year - 1, county, city, f"{county}{year - 1}年政府工作报告", None])
    again = (genres / COUNTY_REPORTS[2][0]).read_text(encoding="utf-8")
    ws.append([2010, "汶上县", "济宁市", "汶上县2010年政府工作报告", again])
    wb.save(path)
    return path


def test_county_spreadsheet_as_a_new_user(genres_dir: Path, tmp_path: Path) -> None:
    """`zongjie compare SHEET.xlsx --indicator 地区生产总值增长`: one row per county, named by its column,
    the period its figure refers to; empty cells and the repeated report are notes, not errors."""
    from openpyxl import load_workbook

    sheet = county_sheet(genres_dir, tmp_path / "各县政府工作报告.xlsx")
    out = tmp_path / "gdp.csv"
    result = CliRunner().invoke(
        app, ["compare", str(sheet), "--indicator", "地区生产总值增长", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "13 rows without text skipped (column '报告全文')" in result.output
    assert "1 row repeats the text of an earlier row, read once (row 26 = row 4)" in result.output
    assert "error" not in result.output
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["org"]: (r["period"], float(r["value"])) for r in rows} == COUNTY_GDP_GROWTH
    assert len(rows) == len(COUNTY_GDP_GROWTH)  # one row per county
    assert [r["period"] for r in rows] == sorted((r["period"] for r in rows), reverse=True)  # newest first
    assert {r["unit"] for r in rows} == {"%"}
    xlsx = tmp_path / "gdp.xlsx"
    result = CliRunner().invoke(
        app, ["compare", str(sheet), "-i", "地区生产总值增长", "--period", "2010", "-o", str(xlsx), "-q"]
    )
    assert result.exit_code == 0, result.output
    ws = load_workbook(xlsx)["比较"]
    [row] = list(ws.iter_rows(min_row=2, values_only=True))
    assert row[:5] == ("获嘉县", "2010", "地区生产总值", 13, "%")
    assert "总值完成53.6亿元" in row[7]
