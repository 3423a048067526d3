"""`zongjie serve`: loopback by default, the store and limits passed on, a folder refused as --db."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from zongjie.cli import app

runner = CliRunner()


def test_serve_starts_uvicorn_on_loopback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: dict[str, object] = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: started.update(kw, app=app))
    db = tmp_path / "w.duckdb"
    result = runner.invoke(app, ["serve", "--db", str(db), "--port", "8123", "--max-upload-mb", "5"])
    assert result.exit_code == 0, result.output
    assert (started["host"], started["port"]) == ("127.0.0.1", 8123)
    settings = started["app"].state.settings  # type: ignore[attr-defined]
    assert settings.db == db and settings.data_dir == tmp_path / "w-files" and settings.limit_label == "5 MB"
    assert (tmp_path / "w-files" / "uploads").is_dir() and db.exists()
    assert "http://127.0.0.1:8123/" in result.output


def test_serve_refuses_a_folder_as_store(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder" in result.output
