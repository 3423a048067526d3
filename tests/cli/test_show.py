"""`zongjie show`: writes one self-contained page; bad input fails with a one-line reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from zongjie.cli import app

runner = CliRunner()


def test_show_writes_the_page(tmp_path: Path) -> None:
    doc = tmp_path / "总结.txt"
    doc.write_text(
        "某县总工会2023年工作总结\n\n一、组织建设\n\n5月10日召开了全县基层工会主席会议,新建工会组织12家。\n",
        "utf-8",
    )
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["show", str(doc), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert str(out) in result.output
    assert "全县基层工会主席会议" in page and "<mark" in page


def test_show_without_output_uses_a_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or False)
    doc = tmp_path / "a.txt"
    doc.write_text("4月29日举办了全市职工保龄球比赛。", "utf-8")
    result = runner.invoke(app, ["show", str(doc)])
    assert result.exit_code == 0, result.output
    written = Path(result.stdout.strip().splitlines()[-1])
    assert written.suffix == ".html" and written.is_file()
    assert opened == [written.resolve().as_uri()]
    written.unlink()


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt" in result.output
