"""Corrections in the store: a person's reading of a figure, the latest one kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import StoreError
from store.db import Store


def test_latest_correction_wins_and_unset_fields_stay_unset(tmp_path: Path) -> None:
    db = tmp_path / "z.duckdb"
    with Store(db) as store:
        store.correct("doc:12", {"value": 38, "unit": "家"})
        store.correct("doc:12", {"value": 39, "unit": "家", "indicator": "新建工会组织", "target": False})
        store.correct("doc:40", {"indicator": "发放慰问金"})
    with Store(db) as store:  # survives closing
        found = store.corrections()
    assert set(found) == {"doc:12", "doc:40"}
    assert {k: v for k, v in found["doc:12"].items() if k != "at"} == {
        "value": 39.0, "unit": "家", "indicator": "新建工会组织", "target": False}
    assert {k: v for k, v in found["doc:40"].items() if k != "at"} == {"indicator": "发放慰问金"}


def test_unknown_fields_are_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "z.duckdb") as store, pytest.raises(StoreError, match="no field sentence"):
        store.correct("doc:1", {"value": 1, "sentence": "x"})


def test_undo_brings_back_the_reading_before_and_keeps_the_history(tmp_path: Path) -> None:
    with Store(tmp_path / "z.duckdb") as store:
        store.correct("doc:12", {"value": 38, "unit": "家"})
        store.correct("doc:12", {"value": 39, "unit": "家"})
        assert store.undo_correction("doc:12")
        assert store.corrections()["doc:12"]["value"] == 38.0
        assert store.undo_correction("doc:12")
        assert "doc:12" not in store.corrections()  # the extractor's reading again
        assert not store.undo_correction("doc:12")
        history = store.correction_history("doc:12")
        assert [(h["n"], h["value"], h["undone_at"] is not None) for h in history] == [(1, 38.0, True), (2, 39.0, True)]
        store.correct("doc:12", {"value": 40})
        assert [h["n"] for h in store.correction_history("doc:12", live_only=True)] == [3]
