"""`zongjie ingest` and `zongjie docs`: a store that reopens, re-runs that add nothing, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from store.db import Store
from tests.corpus.fixtures import HEADING1, S1, S2, S3, UNION_ROWS, make_csv, make_docx, write_text
from zongjie import console
from zongjie.cli import app

runner = CliRunner()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "工会 档案"
    write_text(root / "2024 总结.txt", f"{HEADING1}\n{S1}\n{S2}", "gbk")
    make_docx(root / "上半年.docx", [("heading", HEADING1), ("para", S3)])
    make_csv(root / "各区.csv", UNION_ROWS[1:])
    return root


def test_ingest_then_docs_then_again(tmp_path: Path, archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "z.duckdb"
    result = runner.invoke(app, ["ingest", str(archive), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "4 documents (4 new, 0 already stored)" in result.output
    with Store(db, read_only=True) as store:
        assert store.query("SELECT count(*) AS n FROM documents") == [{"n": 4}]
        orgs = {r["org"] for r in store.query("SELECT meta->>'org' AS org FROM documents")}
    assert {"西城区总工会", "朝阳区总工会"} <= orgs

    again = runner.invoke(app, ["ingest", str(archive), "--db", str(db), "--quiet"])
    assert again.exit_code == 0, again.output
    assert "4 documents (0 new, 4 already stored)" in again.output and "(0 new)" in again.output

    monkeypatch.setattr(console.out, "_width", 200)  # a wide terminal: no cell is folded
    listing = runner.invoke(app, ["docs", "--db", str(db)])
    assert listing.exit_code == 0, listing.output
    assert "各区.csv#row=1" in listing.output and "上半年.docx" in listing.output
    assert "4 documents" in listing.output


def test_failures_are_one_line_each_and_exit_1(tmp_path: Path, archive: Path) -> None:
    (archive / "坏的.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    (archive / "空.txt").write_bytes(b"")
    db = tmp_path / "z.duckdb"
    result = runner.invoke(app, ["ingest", str(archive), str(tmp_path / "missing.txt"), "--db", str(db)])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {archive}/坏的.pdf: truncated or corrupt PDF (no %%EOF at the end)",
        f"error: {archive}/空.txt: empty file (0 bytes)",
        f"error: {tmp_path}/missing.txt: no such file or folder",
    ]
    assert "4 documents (4 new, 0 already stored)" in result.output and "3 failed" in result.output
    with Store(db, read_only=True) as store:
        assert len(store.query("SELECT * FROM errors")) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest"], "Missing argument"),
        (["docs", "--db", "nowhere.duckdb"], "no store here"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output


def test_a_file_that_is_not_a_store(tmp_path: Path, archive: Path) -> None:
    db = write_text(tmp_path / "notes.duckdb", S1 * 100)
    result = runner.invoke(app, ["ingest", str(archive), "--db", str(db)])
    assert result.exit_code == 1
    assert "not a DuckDB store" in result.output


def test_a_failed_write_stores_nothing_and_a_rerun_repairs(
    tmp_path: Path, archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corpus.errors import StoreError

    db = tmp_path / "z.duckdb"
    real = Store._insert

    def disk_full(self: Store, table: str, rows: list) -> int:
        real(self, table, rows)
        if table == "articles":  # the documents went in: the transaction must take them back out
            raise StoreError(f"{self.path}: Could not write file: No space left on device")
        return len(rows)

    monkeypatch.setattr(Store, "_insert", disk_full)
    failed = runner.invoke(app, ["ingest", str(archive), "--db", str(db)])
    assert failed.exit_code == 1 and "No space left on device" in failed.output
    assert "Traceback" not in failed.output
    monkeypatch.undo()
    with Store(db, read_only=True) as store:
        assert store.query("SELECT count(*) AS n FROM documents") == [{"n": 0}]  # whole or absent

    # A store an older version left with documents but no articles: the next run repairs it.
    runner.invoke(app, ["ingest", str(archive), "--db", str(db)])
    with Store(db) as store:
        articles = store.query("SELECT count(*) AS n FROM articles")[0]["n"]
        store.query("DELETE FROM articles WHERE source LIKE '%各区.csv%'")
    again = runner.invoke(app, ["ingest", str(archive), "--db", str(db), "--quiet"])
    assert again.exit_code == 0, again.output
    assert "4 documents (0 new, 2 already stored, 2 stored before without their articles, now repaired)" in (
        again.output
    )
    with Store(db, read_only=True) as store:
        assert store.query("SELECT count(*) AS n FROM articles")[0]["n"] == articles
