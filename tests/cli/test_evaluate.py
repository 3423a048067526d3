"""`zongjie evaluate`: the commands wire files to the scores and print tables, JSON and files that reopen."""

from __future__ import annotations

import json

from openpyxl import load_workbook
from typer.testing import CliRunner

from zongjie.cli import app

runner = CliRunner()

GOLD = [
    {"file": "a.txt", "value": 41, "unit": "家", "approx": None, "indicator": ["新建工会组织"], "target": False,
     "placeholder": False, "optional": False, "quote": "新建工会组织41家"},
    {"file": "a.txt", "value": 2764, "unit": "人", "approx": None, "indicator": ["净增会员"], "target": False,
     "placeholder": False, "optional": False, "quote": "净增会员2764人"},
]


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _setup(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("今年新建工会组织41家，净增会员2764人。", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    _write_jsonl(gold, GOLD)
    pred = tmp_path / "pred.jsonl"
    _write_jsonl(pred, [
        {"type": "document", "source": str(src), "chars": 20},
        {"type": "figure", "source": str(src), "value": 41, "unit": "家", "indicator": "新建工会组织",
         "target": False, "approx": None, "placeholder": False, "sentence": "今年新建工会组织41家,"},
        {"type": "figure", "source": str(src), "value": 2024, "unit": "年", "indicator": None,
         "target": False, "approx": None, "placeholder": False, "sentence": "2024年工作"},
    ])
    return gold, pred


def test_extraction_json(tmp_path):
    gold, pred = _setup(tmp_path)
    res = runner.invoke(app, ["evaluate", "extraction", str(pred), "--gold", str(gold), "--json"])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout)
    assert (rec["precision"], rec["recall"]) == (0.5, 0.5)
    assert rec["indicator_accuracy"] == rec["target_accuracy"] == rec["approx_accuracy"] == 1.0
    assert rec["files"]["a.txt"]["matched"] == 1


def test_extraction_errors_and_csv(tmp_path):
    gold, pred = _setup(tmp_path)
    out = tmp_path / "scores.xlsx"
    res = runner.invoke(app, ["evaluate", "extraction", str(pred), "--gold", str(gold), "--show-errors",
                              "-o", str(out)], env={"COLUMNS": "160"})
    assert res.exit_code == 0, res.output
    assert "miss" in res.stdout and "2764人" in res.stdout  # the missed gold figure
    assert "extra" in res.stdout and "2024年工作" in res.stdout  # the extra with its sentence
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("file", "precision", "recall", "f1")
    assert [r[0] for r in rows[1:]] == ["a.txt", "total"]
    assert rows[-1][1] == 0.5


def test_extraction_bad_gold_names_file_and_exits_1(tmp_path):
    gold, pred = _setup(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"file": "b.txt", "unit": "家"}\n', encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "extraction", str(pred), "--gold", str(gold), "--gold", str(bad), "--json"])
    assert res.exit_code == 1
    assert "bad.jsonl:1" in res.stderr and "value" in res.stderr
    assert json.loads(res.stdout)["precision"] == 0.5  # the rest was scored


def test_wrong_output_suffix_is_a_usage_error(tmp_path):
    gold, pred = _setup(tmp_path)
    res = runner.invoke(app, ["evaluate", "extraction", str(pred), "--gold", str(gold), "-o", str(tmp_path / "x.pdf")])
    assert res.exit_code == 2


def test_draft_many_against_one_reference(tmp_path):
    ref = tmp_path / "ref.txt"
    ref.write_text("今年新建工会组织41家，净增会员2764人。", encoding="utf-8")
    same = tmp_path / "same.md"
    same.write_text("今年新建工會組織４１家，淨增會員2764人。", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("慰问演出精彩纷呈", encoding="utf-8")
    out = tmp_path / "drafts.csv"
    res = runner.invoke(app, ["evaluate", "draft", str(same), str(other), "--reference", str(ref), "--json",
                              "-o", str(out)])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout)
    assert [p["rouge1"] for p in rec["pairs"]] == [1.0, 0.0]
    assert rec["rouge1"] == 0.5 and rec["fact_precision"] is None
    assert out.read_text(encoding="utf-8-sig").splitlines()[-1].startswith("mean,")


def test_draft_with_data(tmp_path):
    ref = tmp_path / "ref.txt"
    ref.write_text("今年新建工会组织41家，净增会员2764人。", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("今年新建工会组织41家，净增会员2674人。", encoding="utf-8")
    data = tmp_path / "data.yaml"
    data.write_text("figures:\n  - {indicator: 新建工会组织, value: 41, unit: 家}\n"
                    "  - {indicator: 净增会员, value: 2764, unit: 人}\n", encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "draft", str(draft), "-r", str(ref), "--data", str(data), "--json"])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout)
    assert (rec["fact_precision"], rec["fact_recall"]) == (0.5, 0.5)  # 2674 is an altered number


def test_draft_reference_count_mismatch_is_usage_error(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("工会", encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "draft", str(a), str(a), str(a), "-r", str(a), "-r", str(a)])
    assert res.exit_code == 2


def test_draft_with_extract_records_as_data(tmp_path):
    """`--data` takes an extract .jsonl; a number under another indicator does not count (binding)."""
    recs = [
        {"type": "figure", "source": "r.txt", "indicator": "新建工会组织", "canonical": "新建工会组织",
         "value": 41, "unit": "家"},
        {"type": "figure", "source": "r.txt", "indicator": "净增会员", "canonical": "会员", "value": 2764, "unit": "人"},
    ]
    data = tmp_path / "r.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("今年新建工会组织41家，慰问职工2764人，受理来信4件次，慰问省、市劳模30人次。", encoding="utf-8")
    res = runner.invoke(app, ["evaluate", "draft", str(draft), "-r", str(draft), "--data", str(data), "--json"])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout)
    assert rec["fact_precision"] == 1 / 4 and rec["fact_recall"] == 0.5
    assert rec["pairs"][0]["fragments"] == 1  # 市劳模, a piece of 省、市劳模, read as what 30人次 counts


def test_draft_with_records_of_several_organisations_needs_org(tmp_path):
    """An `extract` output of two counties: the draft is scored against the county it was written for."""
    recs = [
        {"type": "figure", "source": "a.txt", "org": "甲县总工会", "indicator": "新建工会组织", "value": 41, "unit": "家"},
        {"type": "figure", "source": "a.txt", "org": "甲县总工会", "indicator": "净增会员", "value": 2764, "unit": "人"},
        {"type": "figure", "source": "b.txt", "org": "乙县总工会", "indicator": "新建工会组织", "value": 12, "unit": "家"},
    ]
    data = tmp_path / "both.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("今年新建工会组织12家，净增会员2764人。", encoding="utf-8")
    args = ["evaluate", "draft", str(draft), "-r", str(draft), "--data", str(data), "--json"]

    res = runner.invoke(app, args)
    assert res.exit_code == 1
    assert "2 organisations (甲县总工会、乙县总工会); pick one with --org" in res.stderr

    res = runner.invoke(app, [*args, "--org", "乙县总工会"])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout)
    assert (rec["fact_precision"], rec["fact_recall"]) == (0.5, 1.0)  # 12家 is 乙县's; 2764 is 甲县's, not its

    res = runner.invoke(app, [*args, "--org", "丙县总工会"])
    assert res.exit_code == 1 and "no records of 丙县总工会; the organisations are: 甲县总工会、乙县总工会" in res.stderr
