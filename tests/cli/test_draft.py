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
    assert "转出" in said and "1 blanks filled, 1 left" in said
