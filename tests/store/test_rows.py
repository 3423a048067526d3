"""Store rows ↔ records ↔ Figure: a round trip loses nothing, and corrections win."""

from __future__ import annotations

from extract.records import Activity, Change, Figure
from store.rows import (
    activity_of,
    activity_record,
    activity_rows,
    figure_of,
    figure_record,
    figure_rows,
)

FIG = Figure(
    source="a.txt", start=12, end=14, text="新建工会组织38家", value=38, unit="家", indicator="新建工会组织",
    canonical="新建工会组织", sentence="新建工会组织38家。", section="一、组织建设", org="某县总工会",
    period="2025H1", topic="组织建设", change=Change(5.0, "%", "up"),
)


def test_a_figure_survives_the_store_unchanged() -> None:
    [row] = figure_rows("art", [FIG])
    assert row["key"] == "art:12" and row["value"] == 38.0 and isinstance(row["change"], str)
    rec = figure_record(row, {})
    assert rec["type"] == "figure" and rec["value"] == 38 and rec["change"] == {"value": 5.0, "unit": "%", "direction": "up"}
    assert rec["corrected"] is False and "article" not in rec and "n" not in rec
    assert figure_of(rec) == FIG


def test_corrections_replace_only_the_fields_set() -> None:
    [row] = figure_rows("art", [FIG])
    row = {**row, "base_value": 38.0, "base_unit": "家"}
    rec = figure_record(row, {"art:12": {"indicator": "新建基层工会组织"}})
    assert (rec["value"], rec["indicator"], rec["base_value"], rec["corrected"]) == (38, "新建基层工会组织", 38, True)
    rec = figure_record(row, {"art:12": {"value": 39.0, "target": True}})
    assert (rec["value"], rec["unit"], rec["indicator"], rec["target"], rec["corrected"]) == (
        39, "家", "新建工会组织", True, True)
    assert rec["base_value"] is None and rec["base_unit"] is None  # of the old reading


def test_an_activity_survives_the_store() -> None:
    people = Figure(source="a.txt", start=0, end=0, text="", value=120, unit="人", approx="over")
    act = Activity(source="a.txt", start=0, end=20, date="2025-04-29", action="举办", event="全市职工保龄球比赛",
                   participants=people, sentence="…", org="某县总工会")
    [row] = activity_rows("art", [act])
    rec = activity_record(row)
    assert rec["participants"] == {"value": 120, "unit": "人", "approx": "over"}
    assert activity_of(rec) == act


def test_store_tables_have_the_records_columns() -> None:
    """The figures and activities tables are made from the record dataclasses: every field a column."""
    import tempfile
    from pathlib import Path

    from store.db import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "z.duckdb") as store:
        for table, rec in (("figures", FIG.record()), ("activities", Activity(
                source="a", start=0, end=1, date="2025-04", action="召开", event="会议").record())):
            cols = [r["column_name"] for r in store.query(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table])]
            assert cols == ["key", "article", "n", *(k for k in rec if k != "type")]
