"""`zongjie audit` end to end: findings written as records that reopen."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.compare.test_audit import donation, founded, records
from zongjie.cli import app


def test_audit_writes_findings(tmp_path: Path) -> None:
    recs = records(*donation("12.70"), source="a.txt") + records(*founded("103"), source="b.txt")
    data = tmp_path / "figures.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    out = tmp_path / "findings.jsonl"
    result = CliRunner().invoke(app, ["audit", str(data), "-o", str(out)])
    assert result.exit_code == 0, result.output
    findings = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(findings) == 1
    f = findings[0]
    assert (f["type"], f["source"], f["kind"], f["severity"], f["claimed"], f["computed"]) == (
        "finding", "a.txt", "sum", "error", 41.0, 42.0,
    )  # fmt: skip
    assert f["figures"] == [41.0, 20.0, 9.3, 12.7] and f["sentence"].startswith("今年共发放慰问金41万元")


def test_audit_xlsx_and_usage(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    recs = records(*founded("110"))
    data = tmp_path / "figures.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    result = CliRunner().invoke(app, ["audit", str(data), "-o", str(tmp_path / "f.xlsx"), "-q"])
    assert result.exit_code == 0, result.output
    ws = load_workbook(tmp_path / "f.xlsx").active
    assert ws.title == "核查发现" and ws["A1"].value == "类型" and ws["A2"].value == "核查发现"
    assert ws["D1"].value == "核查类型" and ws["D2"].value == "占比" and ws["G2"].value == 110
    assert CliRunner().invoke(app, ["audit", str(data), "-o", str(tmp_path / "f.txt")]).exit_code == 2
