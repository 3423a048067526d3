"""One store for every command: what `ingest` stores, `compare`, `audit`, `evaluate` and `draft` read, and a
correction made in the workbench wins in each of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from store import read_records
from tests.conftest import ROOT
from zongjie.cli import app
from zongjie.web import create_app
from zongjie.web.settings import Settings

runner = CliRunner()
SAMPLES = ROOT / "samples" / "reports"
CSV = "各县工会2025年上半年主要数据.csv"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "s.duckdb"
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "6 documents (6 new, 0 already stored)" in result.output
    return db


def _compare(db: Path, out: Path) -> dict[str, dict]:
    result = runner.invoke(app, ["compare", str(db), "--indicator", "新建基层工会组织", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return {r["org"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}


def test_ingest_stores_figures_that_compare_lists(store: Path, tmp_path: Path) -> None:
    rows = _compare(store, tmp_path / "c.jsonl")
    # The county spreadsheet's three rows (青川县 also says 38家 in its own report: one row per org).
    assert {org: (r["value"], r["unit"]) for org, r in rows.items()} == {
        "青川县总工会": (23, "家"), "石门县总工会": (31, "家"), "江口县总工会": (17, "家")}
    rows_of = {"青川县总工会": 0, "江口县总工会": 1, "石门县总工会": 2}
    assert all(r["source"].endswith(f"{CSV}#row={rows_of[org]}") for org, r in rows.items())


def test_records_of_a_store_have_the_contracts_fields_only(store: Path) -> None:
    records = list(read_records(store))
    kinds = {r["type"] for r in records}
    assert kinds == {"document", "figure", "activity"}
    figure = next(r for r in records if r["type"] == "figure")
    assert not {"key", "article", "n", "corrected"} & set(figure)
    assert {"source", "start", "end", "value", "unit", "indicator", "canonical", "target"} <= set(figure)


def _correct(db: Path, tmp_path: Path, source_end: str, indicator: str, fields: dict) -> dict:
    """A correction as a person makes it: in the workbench (its API), on the same store file."""
    settings = Settings(db=db, data_dir=tmp_path / "files")
    with TestClient(create_app(settings), base_url="http://127.0.0.1") as client:
        docs = client.get("/api/documents").json()
        for doc in docs:
            for fig in client.get(f"/api/documents/{doc['key']}/figures").json()["figures"]:
                if fig["indicator"] == indicator and doc["source"].endswith(source_end):
                    res = client.post(f"/api/figures/{fig['key']}/correction", json=fields)
                    assert res.status_code == 200, res.text
                    return res.json()
    raise AssertionError(f"no {indicator} in {source_end}")


def test_a_correction_in_the_workbench_wins_in_compare_audit_and_draft(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    assert runner.invoke(app, ["ingest", str(SAMPLES / CSV), "--db", str(db), "-q"]).exit_code == 0
    before = _compare(db, tmp_path / "before.jsonl")
    assert before["石门县总工会"]["value"] == 31
    audit = runner.invoke(app, ["audit", str(db), "-o", str(tmp_path / "a0.jsonl"), "-q"])
    assert audit.exit_code == 0 and (tmp_path / "a0.jsonl").read_text("utf-8") == ""

    fixed = _correct(db, tmp_path, f"{CSV}#row=2", "新建基层工会组织", {"value": 33})
    assert fixed["value"] == 33 and fixed["corrected"] is True and not {"article", "n"} & set(fixed)
    # 石门县: 发放慰问金72万元，其中县财政安排40万元，… — 40 read as 80 makes a part exceed its whole.
    _correct(db, tmp_path, f"{CSV}#row=2", "县财政安排", {"value": 80})

    after = _compare(db, tmp_path / "after.jsonl")
    assert after["石门县总工会"]["value"] == 33 and after["青川县总工会"]["value"] == 23

    audit = runner.invoke(app, ["audit", str(db), "-o", str(tmp_path / "a1.jsonl"), "-q"])
    assert audit.exit_code == 0, audit.output
    findings = [json.loads(line) for line in (tmp_path / "a1.jsonl").read_text("utf-8").splitlines()]
    assert [(f["kind"], f["claimed"], f["computed"]) for f in findings] == [("sum", 72, 80)]
    assert findings[0]["source"].endswith(f"{CSV}#row=2")

    out = tmp_path / "draft.md"
    draft = runner.invoke(app, ["draft", str(db), "--org", "石门县总工会", "-o", str(out)])
    assert draft.exit_code == 0, draft.output
    text = out.read_text("utf-8")
    assert "新建基层工会组织33家" in text and "新建基层工会组织31家" not in text
    assert "县财政安排80万元" in text


def test_evaluate_reads_a_store_with_its_corrections(tmp_path: Path) -> None:
    from store import Library

    db = tmp_path / "s.duckdb"
    report = SAMPLES / "青川县总工会2025年上半年工作总结.txt"
    assert runner.invoke(app, ["ingest", str(report), "--db", str(db), "-q"]).exit_code == 0
    figures = [r for r in read_records(db) if r["type"] == "figure"]
    gold = tmp_path / "gold.jsonl"  # the store's own reading as gold: every figure found
    gold.write_text("".join(json.dumps({
        "file": report.name, "start": r["start"], "end": r["end"], "value": r["value"], "unit": r["unit"],
        "approx": r["approx"], "indicator": [r["indicator"] or ""], "target": r["target"]}, ensure_ascii=False) + "\n"
        for r in figures), "utf-8")

    def f1() -> float:
        result = runner.invoke(app, ["evaluate", "extraction", str(db), "--gold", str(gold), "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)["f1"]

    assert f1() == 1.0
    with Library(db) as library:
        key = next(r["key"] for r in library.records() if r["type"] == "figure")
        library.correct(key, {"value": 99999})
    assert f1() < 1.0  # the corrected value no longer matches the gold's


def test_a_store_from_before_figures_were_stored_says_to_ingest_again(tmp_path: Path) -> None:
    from store.db import Store

    db = tmp_path / "old.duckdb"
    with Store(db) as s:  # documents and articles only, as `ingest` stored them before
        import corpus

        for doc in corpus.read([SAMPLES / CSV]):
            s.add(doc, corpus.split_articles(doc))
    result = runner.invoke(app, ["compare", str(db), "--indicator", "新建基层工会组织"])
    assert result.exit_code == 1
    assert "without their figures" in result.output and "zongjie ingest" in result.output
    again = runner.invoke(app, ["ingest", str(SAMPLES / CSV), "--db", str(db)])
    assert again.exit_code == 0 and "(0 new, 3 already stored)" in again.output
    assert "figures extracted" in again.output and " 0 figures" not in again.output
    assert len(_compare(db, tmp_path / "c.jsonl")) == 3
