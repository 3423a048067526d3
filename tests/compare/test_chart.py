"""The bar chart draws with a CJK font and stays small."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.errors import CompareError
from compare.records import Comparison, Row
from compare.table import rank


def comparison() -> Comparison:
    rows = tuple(
        Row(
            org=org,
            period="2025",
            indicator="新建工会组织",
            canonical="新建工会组织",
            value=v,
            unit="家",
            base_value=None,
            base_unit=None,
            approx=None,
            target=False,
            source=f"{org}.txt",
            sentence="",
            start=0,
            end=2,
        )
        for org, v in (("甲县总工会", 38), ("乙县总工会", 52), ("丙区总工会", 17))
    )
    return rank(Comparison("新建工会组织", "新建工会组织", False, None, rows))


def test_bar_chart(tmp_path: Path) -> None:
    from compare.chart import bar_chart, cjk_font

    try:
        cjk_font()
    except CompareError as exc:
        pytest.skip(f"no CJK font on this machine: {exc}")
    path = tmp_path / "c.png"
    assert bar_chart(comparison(), path) == 3
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) < 300_000


def test_missing_font_file_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from compare import chart

    chart.cjk_font.cache_clear()
    monkeypatch.setenv("ZONGJIE_CJK_FONT", "/nonexistent/font.ttf")
    try:
        with pytest.raises(CompareError, match="ZONGJIE_CJK_FONT"):
            chart.cjk_font()
    finally:
        chart.cjk_font.cache_clear()
