from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from zongjie.cli import app

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "data" / "qingchuan-2025h1.yaml"
runner = CliRunner()


def test_draft_prints_text():
    r = runner.invoke(app, ["draft", str(SAMPLE)])
    assert r.exit_code == 0, r.output
    assert "青川区总工会2025年上半年工作总结" in r.stdout and "新建基层工会组织46家" in r.stdout


def test_draft_writes_docx(tmp_path):
    import docx

    out = tmp_path / "d.docx"
    r = runner.invoke(app, ["draft", str(SAMPLE), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert docx.Document(str(out)).paragraphs[0].text == "青川区总工会2025年上半年工作总结"


def test_draft_errors(tmp_path):
    r = runner.invoke(app, ["draft", str(tmp_path / "missing.yaml")])
    assert r.exit_code == 1 and "missing.yaml: no such file" in r.output
    r = runner.invoke(app, ["draft", str(SAMPLE), "-o", str(tmp_path / "x.pdf")])
    assert r.exit_code == 2 and "unknown output format .pdf" in r.output


def test_fill(tmp_path):
    template = tmp_path / "t.txt"
    template.write_text("上半年新建基层工会组织___家，转出xx家。\n", encoding="utf-8")
    out = tmp_path / "f.txt"
    r = runner.invoke(app, ["fill", str(template), "--data", str(SAMPLE), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "新建基层工会组织46家" in out.read_text(encoding="utf-8")
    said = " ".join(r.output.split())  # the console wraps long lines at the runner's width
    assert "转出" in said and "1 blanks filled, 1 taken out with its clause, 0 left" in said
    assert "已删去" in (tmp_path / "f.review.md").read_text(encoding="utf-8")


def test_draft_review_list_printed_and_written_beside(tmp_path):
    data = tmp_path / "d.jsonl"
    recs = [
        {"type": "document", "org": "柳溪镇总工会", "level": "乡镇", "period": "2025H1"},
        {"type": "figure", "org": "柳溪镇总工会", "indicator": "新建工会组织", "canonical": "新建工会组织",
         "value": 6, "unit": "家", "sentence": "上半年新建工会组织6家。"},
        {"type": "figure", "org": "柳溪镇总工会", "indicator": "标单位", "canonical": "标单位",
         "value": 60, "unit": "家", "sentence": "全镇建成达标单位60家。"},
        {"type": "figure", "org": "柳溪镇总工会", "indicator": "的目标", "canonical": "的目标",
         "value": 12, "unit": "%", "sentence": "高于年初12%的目标。"},
    ]
    data.write_text("\n".join(__import__("json").dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    out = tmp_path / "d.docx"
    r = runner.invoke(app, ["draft", str(data), "-o", str(out)])
    assert r.exit_code == 0, r.output
    said = "".join(r.output.split())
    review = (tmp_path / "d.review.md").read_text(encoding="utf-8")
    assert "待核对事项" in said and "的目标12%" in said and "的目标12%" in review
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "新建工会组织6家" in text and "的目标" not in text
    # never written as a phrase: widened to the word it cut (达标单位), and the review says what became of it
    assert "标单位" in review and "标单位60家" not in text.replace("达标单位60家", "")


def test_draft_several_organisations_needs_org(tmp_path):
    import json

    data = tmp_path / "two.jsonl"
    recs = [{"type": "document", "org": org} for org in ("甲县总工会", "乙县总工会")] + [
        {"type": "figure", "org": org, "indicator": "新建工会组织", "value": v, "unit": "家"}
        for org, v in (("甲县总工会", 3), ("乙县总工会", 5))
    ]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    r = runner.invoke(app, ["draft", str(data)])
    assert r.exit_code == 1 and "甲县总工会、乙县总工会" in r.output and "--org" in r.output
    r = runner.invoke(app, ["draft", str(data), "--org", "乙县总工会"])
    assert r.exit_code == 0 and "新建工会组织5家" in r.stdout and "3家" not in r.stdout
